import { defineCheck } from './define.ts';
import { notRecorded } from './notRecorded.ts';

export const annualExam = defineCheck({
  rule: 'annualExam',
  domain: 'medical',
  run: (v) => notRecorded('老人的年度健康体检', `${v.minAge} 岁及以上老人每年 ${v.perYear} 次健康体检${v.tcmConstitution ? '及中医体质辨识' : ''}`),
});
