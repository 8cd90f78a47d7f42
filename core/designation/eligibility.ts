import { addMonths } from '../shared/dayMath.ts';
import type { Finding, RegionProfile, RuleKey } from '../policy/schema.ts';
import type { DesignationFacts } from '../policy/checks/home.ts';
import { barEnds } from './schema.ts';

/**
 * Whether the clinic may apply for 医保定点 today, and if not why and from when. Each item is a finding of the
 * rule checker's registry (the same as the 合规检查 page shows); this only reads them together.
 */
export const ELIGIBILITY_RULES: readonly RuleKey[] = [
  'medicalInsuranceDesignation',
  'designationPhysician',
  'designationInsuranceStaff',
  'designationRulesOnFile',
  'designationInfoSystem',
  'designationBillingSeparation',
  'designationBars',
];

/**
 * How the months are counted where the texts say only “正式运营3个月后”: the same day three months on, or that
 * month's last day when it has none (opened 11-30 → 02-28, or 02-29 in a leap year), and the clinic may apply
 * from that day. The screen and the print say so.
 */
export const MONTH_READING =
  '“正式运营满 3 个月”按日历月计算：自正式运营日期起 3 个月后的同一日起可以申请；该月没有这一日的，以该月最后一日为准（如 11 月 30 日开业，次年 2 月 28 日起可以申请，闰年为 2 月 29 日）。';

export interface Eligibility {
  eligible: boolean;
  today: string;
  /** The first day the clinic may apply when only time stands in the way; null when something must be fixed first (or now). */
  eligibleFrom: string | null;
  /** Every reason it may not apply today, in words (empty when it may). */
  reasons: string[];
  /** The first day the time-bound items alone allow (formal operation, bars), whatever else is missing. */
  timeAllowsFrom: string | null;
  items: Finding[];
  reading: string;
}

/** The earliest day the time-bound items allow: formal operation, bars with an end, the bar after a second failure. */
export function earliestByTime(profile: RegionProfile, openedOn: string | null, facts: DesignationFacts | null): string | null {
  const dates: string[] = [];
  const months = profile.rules.medicalInsuranceDesignation?.value.applyAfterMonths;
  if (openedOn && months !== undefined) dates.push(addMonths(openedOn, months));
  const bars = profile.rules.designationBars?.value;
  if (bars && facts) {
    const years = {
      fraud: bars.fraudYears,
      illegal_termination: bars.illegalTerminationYears,
      breach_termination: bars.breachTerminationYears,
      principal_termination: bars.principalTerminationYears,
    };
    for (const b of facts.bars) {
      const ends = barEnds(b.kind, b.occurredOn, b.endedOn, years);
      if (ends === null) return null;
      dates.push(ends);
    }
    if (facts.failedEvaluations.length >= 2) dates.push(addMonths(facts.failedEvaluations.at(-1)!.outcomeOn, 12 * bars.secondFailBarYears));
  }
  return dates.length ? dates.sort().at(-1)! : null;
}

export function judgeEligibility(findings: readonly Finding[], profile: RegionProfile, openedOn: string | null, facts: DesignationFacts | null, today: string): Eligibility {
  const items = findings.filter((f) => ELIGIBILITY_RULES.includes(f.rule));
  const blocking = items.filter((f) => f.status !== 'ok');
  const reasons = blocking.map((f) => `${f.label}：${f.looked}${f.fix ? ` ${f.fix}` : ''}`);
  if (!items.some((f) => f.rule === 'medicalInsuranceDesignation')) reasons.push('本地区配置未列医保定点申请条件。');
  const eligible = reasons.length === 0;
  // Only time stands in the way when every blocking item is time-bound (operation months or a bar with an end).
  const timeOnly = blocking.every((f) => (f.rule === 'medicalInsuranceDesignation' && openedOn !== null) || (f.rule === 'designationBars' && f.fix.startsWith('最早')));
  const from = earliestByTime(profile, openedOn, facts);
  return { eligible, today, timeAllowsFrom: from, eligibleFrom: !eligible && timeOnly && from !== null && from > today ? from : null, reasons, items, reading: MONTH_READING };
}
