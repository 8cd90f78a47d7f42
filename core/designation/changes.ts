import type { Db } from '../../db/open.ts';
import { stmt } from '../shared/statements.ts';
import { findInstitution } from '../institution/queries.ts';
import { clinicProfile } from '../clinic/queries.ts';
import { isoDay } from '../shared/dates.ts';
import { addWorkingDays } from './workingDays.ts';

/**
 * 重大信息变更 (第四十条): the information an agreement was signed on — names, the principal, the address, the
 * 诊疗科目, the scale and the kind — as the app records it. A change after signing must be reported to the agency
 * within so many working days; it is found by comparing what was recorded at signing with what is recorded now,
 * dated by the audit row that made it, so it is on the director's list as soon as the data changes.
 */
export const REPORTABLE = {
  institutionName: { label: '机构名称', entity: 'institution', key: 'name' },
  directorName: { label: '法定代表人（主要负责人）', entity: 'institution', key: 'directorName' },
  address: { label: '注册地址', entity: 'institution', key: 'address' },
  licensedBeds: { label: '机构规模（核定床位）', entity: 'institution', key: 'licensedBeds' },
  clinicName: { label: '医疗机构名称', entity: 'clinic', key: 'name' },
  clinicType: { label: '医疗机构类别', entity: 'clinic', key: 'type' },
  subjects: { label: '诊疗科目', entity: 'clinic', key: 'subjects' },
} as const;
export type ReportableField = keyof typeof REPORTABLE;

export type Facts = Record<ReportableField, unknown>;

export function currentFacts(db: Db): Facts {
  const i = findInstitution(db);
  const c = clinicProfile(db);
  return {
    institutionName: i?.name ?? null,
    directorName: i?.directorName ?? null,
    address: i?.address ?? null,
    licensedBeds: i?.licensedBeds ?? null,
    clinicName: c?.name ?? null,
    clinicType: c?.type ?? null,
    subjects: c?.subjects ?? null,
  };
}

const show = (v: unknown) => (Array.isArray(v) ? v.join('、') : v === null || v === undefined ? '（无）' : String(v));
const same = (a: unknown, b: unknown) => JSON.stringify(a) === JSON.stringify(b);

export interface DetectedChange {
  field: ReportableField;
  label: string;
  before: string;
  after: string;
  /** The day the record changed (the audit row that made the current value), local date. */
  changedOn: string;
  due: string;
  warning: string | null;
}

/** When the field took its current value after `since`: the first audit row of its entity that shows it. */
function changedOn(db: Db, field: ReportableField, value: unknown, since: string): string {
  const { entity, key } = REPORTABLE[field];
  const rows = stmt<{ at: string; after_json: string | null }>(
    db,
    'SELECT at, after_json FROM audit_log INDEXED BY audit_log_entity WHERE entity = ? AND at > ? ORDER BY at LIMIT 200',
  ).all(entity, since);
  for (const r of rows) {
    const after = r.after_json ? (JSON.parse(r.after_json) as Record<string, unknown>) : {};
    if (key in after && same(after[key], value)) return isoDay(new Date(r.at));
  }
  return isoDay(new Date(since));
}

/** The changes since signing not yet marked reported, each with its deadline in working days. */
export function detectChanges(db: Db, applicationId: number, signedFacts: Facts, signedAt: string, workingDays: number): DetectedChange[] {
  const now = currentFacts(db);
  const reported = stmt<{ field: string; value: string }>(db, 'SELECT field, value FROM designation_change_reports WHERE application_id = ?').all(applicationId);
  const out: DetectedChange[] = [];
  for (const field of Object.keys(REPORTABLE) as ReportableField[]) {
    if (same(signedFacts[field], now[field])) continue;
    if (reported.some((r) => r.field === field && r.value === JSON.stringify(now[field]))) continue;
    const on = changedOn(db, field, now[field], signedAt);
    const due = addWorkingDays(on, workingDays);
    out.push({ field, label: REPORTABLE[field].label, before: show(signedFacts[field]), after: show(now[field]), changedOn: on, due: due.date, warning: due.warning });
  }
  return out;
}
