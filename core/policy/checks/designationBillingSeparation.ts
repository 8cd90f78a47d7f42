import { clinicOf, defineCheck, NO_CLINIC, result } from './define.ts';
import { DESIGNATION_LINK } from './designationInsuranceStaff.ts';

/**
 * 002 (十八): the fund pays medical services only, never 生活照护, so medical and care items are billed apart.
 * Looks at the declaration and at the encounters: no care item may have been billed to insurance.
 */
export const designationBillingSeparation = defineCheck({
  rule: 'designationBillingSeparation',
  domain: 'funds',
  run(v, home) {
    if (!v || !clinicOf(home)) return [result('not_applicable', v ? NO_CLINIC : '本地区未作要求')];
    const declared = home.designation?.billingSeparated === true;
    const e = home.encounters;
    const careInsured = e?.careInsured.length ?? 0;
    const fees = e ? `近 30 天诊疗费用中医疗项目 ${(e.medicalFen / 100).toFixed(2)} 元、照护项目 ${(e.careFen / 100).toFixed(2)} 元分列` : '尚无诊疗费用记录';
    const looked = `分开收费：${declared ? '已声明' : '未声明'}；${fees}${careInsured ? `；有 ${careInsured} 笔照护项目记入医保` : ''}。`;
    if (careInsured) return [result('violation', looked, '照护项目不得由医保支付，请更正这些诊疗记录的收费。', '#/encounters')];
    if (!declared) return [result('missing_data', looked, '请在“定点申报·定点准备”中确认医疗与照护分开收费的做法。', DESIGNATION_LINK)];
    return [result('ok', looked)];
  },
});
