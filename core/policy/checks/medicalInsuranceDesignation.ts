import { addMonths } from '../../shared/dayMath.ts';
import { CLINIC_LINK, clinicOf, defineCheck, NO_CLINIC, result } from './define.ts';

/**
 * When the clinic may apply to be a designated 医保 provider: after so many months of formal operation, the
 * evaluation taking at most so many (002 (十八), 003 第20条, 004 第14条). Whether it applied is the designation
 * area's business; this says from when it may.
 */
export const medicalInsuranceDesignation = defineCheck({
  rule: 'medicalInsuranceDesignation',
  domain: 'funds',
  run(v, home) {
    const clinic = clinicOf(home);
    if (!clinic) return [result('not_applicable', NO_CLINIC)];
    if (!clinic.openedOn) return [result('missing_data', `已内设${clinic.type}，未登记正式运营日期。`, '在“医务室信息”中填写正式运营日期。', CLINIC_LINK)];
    const earliest = addMonths(clinic.openedOn, v.applyAfterMonths);
    const terms = `正式运营满 ${v.applyAfterMonths} 个月可申请医保定点，定点评估不超过 ${v.evaluationMaxMonths} 个月`;
    if (home.today >= earliest) return [result('ok', `正式运营日期 ${clinic.openedOn}，${terms}：自 ${earliest} 起可以申请。`)];
    return [result('not_applicable', `正式运营日期 ${clinic.openedOn}，${terms}：最早 ${earliest} 可以申请。`)];
  },
});
