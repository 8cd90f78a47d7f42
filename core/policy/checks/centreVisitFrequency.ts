import { defineCheck } from './define.ts';
import { notRecorded } from './notRecorded.ts';

export const centreVisitFrequency = defineCheck({
  rule: 'centreVisitFrequency',
  domain: 'medical',
  run: (v) =>
    notRecorded(
      '签约社区卫生服务中心的来访',
      `${v.what}${v.minPerWeek ? `每周至少 ${v.minPerWeek} 次` : ''}${v.asAgreed ? '，具体内容、方式、频次按双方协议' : ''}`,
    ),
});
