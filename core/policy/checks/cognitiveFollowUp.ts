import { defineCheck } from './define.ts';
import { notRecorded } from './notRecorded.ts';

export const cognitiveFollowUp = defineCheck({
  rule: 'cognitiveFollowUp',
  domain: 'care',
  run: (v) => notRecorded('认知障碍筛查及其去向', `低风险：${v.lowRisk}；中高风险：${v.midHighRisk}`),
});
