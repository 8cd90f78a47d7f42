import { addMonths } from '../../shared/dayMath.ts';
import { BAR_KINDS, barEnds } from '../../designation/schema.ts';
import { clinicOf, defineCheck, NO_CLINIC, result } from './define.ts';
import { DESIGNATION_LINK } from './designationInsuranceStaff.ts';

/**
 * 第十二条 and 第九条: events that bar an application for a time (fraud, terminated agreements, 失信 while
 * listed), and no new application for so many years after failing the evaluation a second time. One finding
 * per bar in force; 'ok' when none is.
 */
export const designationBars = defineCheck({
  rule: 'designationBars',
  domain: 'funds',
  run(v, home) {
    if (!clinicOf(home)) return [result('not_applicable', NO_CLINIC)];
    const d = home.designation;
    const years = {
      fraud: v.fraudYears,
      illegal_termination: v.illegalTerminationYears,
      breach_termination: v.breachTerminationYears,
      principal_termination: v.principalTerminationYears,
    };
    const out = [];
    for (const bar of d?.bars ?? []) {
      const ends = barEnds(bar.kind, bar.occurredOn, bar.endedOn, years);
      if (ends !== null && ends <= home.today) continue;
      out.push(
        result(
          'violation',
          `${BAR_KINDS[bar.kind]}（${bar.occurredOn}${bar.note ? `，${bar.note}` : ''}）：${ends ? `${ends} 前不予受理` : '列入期间不予受理'}。`,
          ends ? `最早 ${ends} 可以申请。` : '移出失信名单后登记结束日期。',
          DESIGNATION_LINK,
        ),
      );
    }
    const fails = d?.failedEvaluations ?? [];
    if (fails.length >= 2) {
      const second = fails[fails.length - 1]!;
      const until = addMonths(second.outcomeOn, 12 * v.secondFailBarYears);
      if (until > home.today) {
        out.push(result('violation', `医保定点评估两次不合格（第二次 ${second.outcomeOn}）：${v.secondFailBarYears} 年内不得再申请。`, `最早 ${until} 可以再申请。`, '#/designation'));
      }
    }
    if (out.length) return out;
    return [result('ok', `未登记不予受理的情形${fails.length ? `；评估不合格 ${fails.length} 次` : ''}。`)];
  },
});
