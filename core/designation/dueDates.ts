import type { Db } from '../../db/open.ts';
import { addMonths } from '../shared/dayMath.ts';
import { evaluationClock } from './clock.ts';
import { homeProfile, param } from './params.ts';
import { applications, currentLtcLevels } from './queries.ts';
import { changesOf } from './workflow.ts';
import { APPLICATION_KINDS, ltcLevelLabel } from './schema.ts';

export interface DueDate {
  id: number | string;
  kind: string;
  due: string;
  title: string;
  todo: string;
  link: string;
}

/**
 * The dated obligations of the designation work, for the 总览's 待办期限 (core/deadlines/sources/designation.ts):
 * the evaluation deadline of an accepted application, the renewal of a signed agreement, the end of a suspension.
 */
export function applicationDueDates(db: Db, today: string): DueDate[] {
  const profile = homeProfile(db);
  const evaluation = param(profile, 'designationEvaluation').value.limit;
  const terms = param(profile, 'designationTerms').value;
  const out: DueDate[] = [];
  for (const a of applications(db)) {
    const what = `${APPLICATION_KINDS[a.kind]}申请 ${a.id}`;
    const link = `/designation?id=${a.id}`;
    if (a.status === 'evaluating' && a.acceptedOn) {
      const c = evaluationClock(a.acceptedOn, evaluation, a.supplements, today);
      if (!c.paused) out.push({ id: a.id, kind: '定点评估时限', due: c.due, title: what, todo: `经办机构应在此日前完成评估（受理 ${a.acceptedOn}${c.pausedDays ? `，补充材料暂停 ${c.pausedDays} 天` : ''}）；逾期请催办`, link });
    }
    if (a.status === 'signed' && a.agreementTo) {
      out.push({ id: a.id, kind: '定点协议续签', due: addMonths(a.agreementTo, -terms.renewalLeadMonths), title: `${what}（协议 ${a.agreementNo}，${a.agreementTo} 到期）`, todo: `协议期满前 ${terms.renewalLeadMonths} 个月申请续签`, link });
    }
    for (const c of changesOf(db, a, { evaluation, ...terms })) {
      out.push({ id: `${a.id}-${c.field}`, kind: '定点信息变更申报', due: c.due, title: `${what}：${c.label}（${c.before} → ${c.after}，${c.changedOn} 变更）`, todo: `重大信息变更须在 ${terms.changeReportWorkingDays} 个工作日内向经办机构申报${c.warning ? `；${c.warning}` : ''}`, link });
    }
    if (a.status === 'suspended' && a.suspendedUntil) {
      out.push({ id: a.id, kind: '定点协议中止期满', due: a.suspendedUntil, title: `${what}（${a.suspendedFrom} 起中止）`, todo: `中止不超过 ${terms.maxSuspensionDays} 天，到期未申请恢复的协议自动终止`, link });
    }
  }
  return out;
}

/** 长护险 conclusions that expire within the profile's reminder window (or have expired): re-assessment due. */
export function ltcExpiryDueDates(db: Db, today: string): DueDate[] {
  const reminderDays = param(homeProfile(db), 'ltcBenefit').value.reminderDays;
  const until = addDaysIso(today, reminderDays);
  return currentLtcLevels(db)
    .filter((r) => r.validUntil <= until)
    .map((r) => ({
      id: r.id,
      kind: '长护险评估到期',
      due: r.validUntil,
      title: `${r.bedLabel} 床 ${r.residentName} ${ltcLevelLabel(r.level)}`,
      todo: `评估结论有效期至 ${r.validUntil}，请提前申请重新评估（${r.agency}）`,
      link: `/designation?tab=ltc&resident=${r.residentId}`,
    }));
}

function addDaysIso(date: string, days: number): string {
  const d = new Date(`${date}T00:00:00Z`);
  d.setUTCDate(d.getUTCDate() + days);
  return d.toISOString().slice(0, 10);
}
