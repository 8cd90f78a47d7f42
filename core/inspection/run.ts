import dayjs from 'dayjs';
import type { Db } from '../../db/open.ts';
import { requireInstitution } from '../institution/queries.ts';
import type { HomeCheck } from '../policy/check.ts';
import { findProfile } from '../policy/queries.ts';
import { AUTHORITIES, type Finding, type FindingStatus } from '../policy/schema.ts';
import type { RecordEnv } from './define.ts';
import { PAPER_RECORDS, RECORD_CHECKS } from './registry.ts';
import { INSPECTION_STATUS, type Inspection, type InspectionItem, type InspectionStatus } from './schema.ts';

/** The rule checker's conclusions in the self-inspection's words: 缺少资料 is 无法判断. */
const FROM_FINDING: Record<FindingStatus, InspectionStatus> = {
  violation: 'fail',
  warning: 'attention',
  missing_data: 'unknown',
  ok: 'pass',
  not_applicable: 'na',
};

function fromFinding(f: Finding, n: number): InspectionItem {
  return {
    key: `rule:${f.rule}:${n}`,
    source: 'rule',
    label: f.label,
    authority: f.authority,
    status: FROM_FINDING[f.status],
    summary: f.looked,
    evidence: [],
    more: 0,
    fix: f.fix,
    link: f.link,
    basis: `${f.profile}：${f.cite}`,
    quote: f.quote,
    unverified: f.unverified,
    note: f.note,
  };
}

/** The moment the medication orders are looked at, as they store it (local 'YYYY-MM-DD HH:MM'). */
export const momentOf = (now: Date) => dayjs(now).format('YYYY-MM-DD HH:mm');

const STATUS_ORDER = Object.keys(INSPECTION_STATUS);

/** Items by reviewer (民政, 卫健, 医保), the worst first, then rules before records. */
export function sortItems(items: InspectionItem[]): InspectionItem[] {
  return [...items].sort(
    (a, b) =>
      STATUS_ORDER.indexOf(a.status) - STATUS_ORDER.indexOf(b.status) ||
      AUTHORITIES.indexOf(a.authority) - AUTHORITIES.indexOf(b.authority) ||
      (a.source === b.source ? 0 : a.source === 'rule' ? -1 : 1),
  );
}

export function countItems(items: readonly InspectionItem[]): Record<InspectionStatus, number> {
  const counts = Object.fromEntries(STATUS_ORDER.map((s) => [s, 0])) as Record<InspectionStatus, number>;
  for (const i of items) counts[i.status]++;
  return counts;
}

/**
 * 自查: every rule the checker knows (the findings of policy.check, passed in by handlers.ts: not copied) and every
 * record check of the inspection checklist, run at once on the home's data as of `today` / `moment`.
 */
export function runInspection(db: Db, today: string, moment: string, rules: HomeCheck): Inspection {
  const institution = requireInstitution(db);
  const profile = findProfile(institution.regionCode) ?? findProfile('national')!;
  const counter = new Map<string, number>();
  const items: InspectionItem[] = rules.findings.map((f) => {
    const n = (counter.get(f.rule) ?? 0) + 1;
    counter.set(f.rule, n);
    return fromFinding(f, n);
  });
  const env: RecordEnv = { today, moment, profile };
  for (const check of RECORD_CHECKS) {
    const r = check.judge(check.gather(db, env), env);
    items.push({
      key: `record:${check.key}`,
      source: 'record',
      label: check.label,
      authority: check.authority,
      status: r.status,
      summary: r.summary,
      evidence: r.evidence,
      more: Math.max(0, r.more),
      fix: r.fix,
      link: r.link,
      basis: check.basis,
      quote: '',
      unverified: r.unverified === true,
      note: r.note ?? null,
    });
  }
  const sorted = sortItems(items);
  return { ranOn: today, profile: rules.profile, items: sorted, counts: countItems(sorted), paper: [...PAPER_RECORDS] };
}
