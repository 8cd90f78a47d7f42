import { defineCheck, result } from './define.ts';

const yuan = (fen: number) => `${(fen / 100).toFixed(2)} 元`;

/**
 * Medical insurance pays for medical services only, never 生活照护 (002 (十八); 001 (八)). Fees are kept in two
 * kinds and a care item cannot be marked insured, so this shows the split and flags anything that got through.
 */
export const insurancePaysMedicalOnly = defineCheck({
  rule: 'insurancePaysMedicalOnly',
  domain: 'funds',
  run(v, home) {
    if (!v) return [result('not_applicable', '本地区无此规定。')];
    const e = home.encounters;
    if (e === null) return [result('missing_data', '本软件尚未记录诊疗收费。', '医疗项目与生活照护项目须分开收费，生活照护不得记入医保。')];
    const looked = `近 30 天（${e.since} 起）：医疗项目 ${yuan(e.medicalFen)}（其中记入医保 ${yuan(e.medicalInsuredFen)}），生活照护项目 ${yuan(e.careFen)}`;
    if (e.careInsured.length === 0) return [result('ok', `${looked}，生活照护项目均未记入医保。`)];
    return e.careInsured.slice(0, 5).map((r) =>
      result('violation', `${looked}；${r.date} ${r.resident} 的诊疗记录中有生活照护项目记入了医保。`, '生活照护费用不得由医保基金支付：请更正该条收费。', `#/encounters?id=${r.id}`),
    );
  },
});
