import { defineCheck, result } from './define.ts';

/** Who supervises what (001 (十四); 003 第17条): nothing for the home to do; the page groups findings by it. */
export const supervisionSplit = defineCheck({
  rule: 'supervisionSplit',
  domain: 'medical',
  run: (v) => [result('ok', `医疗服务由${v.medical}、养老服务由${v.care}、医保基金由${v.funds}监管；本页各项检查结果按此分组。`)],
});
