import { defineCheck } from './define.ts';
import { notRecorded } from './notRecorded.ts';

export const familyDoctorCoverage = defineCheck({
  rule: 'familyDoctorCoverage',
  domain: 'medical',
  run: (v) => notRecorded('老人的家庭医生签约', `${v.principle}${v.targetPercentAged65 !== null ? `，65 岁以上老人签约率不低于 ${v.targetPercentAged65}%` : ''}`),
});
