import { defineCheck, result } from './define.ts';

/**
 * How bedside rounds (上门巡诊) are charged: Changning settles them as outpatient care with no 上门费 (004 第3条);
 * national rule for public institutions is price plus a visit fee (001 (七)). Encounters refuse a visit fee where
 * the profile forbids it; this finds any recorded before, or under another profile.
 */
export const bedsideRoundsPricing = defineCheck({
  rule: 'bedsideRoundsPricing',
  domain: 'funds',
  run(v, home) {
    const e = home.encounters;
    if (e === null) return [result('missing_data', '本软件尚未记录床边巡诊。')];
    const looked = `近 30 天（${e.since} 起）床边巡诊 ${e.bedsideRounds} 次；近 12 个月（${e.visitFeesSince} 起）收取上门费的床边巡诊 ${e.bedsideVisitFeeCount} 次`;
    if (v.mode === 'price-plus-visit-fee') return [result('ok', `${looked}；按“医药服务价格+上门服务费”收费。`)];
    if (e.bedsideWithVisitFee.length === 0) return [result('ok', `${looked}；按医保门诊规定结算，免收上门费。`)];
    return e.bedsideWithVisitFee.slice(0, 5).map((r) =>
      result('violation', `${looked}：${r.date} ${r.resident} 的床边巡诊收取了上门费。`, '床边巡诊免收上门费：请删去该条记录中的上门费。', `#/encounters?id=${r.id}`),
    );
  },
});
