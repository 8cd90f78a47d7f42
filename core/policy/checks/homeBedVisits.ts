import { defineCheck, result } from './define.ts';
import { notRecorded } from './notRecorded.ts';

/** 家庭病床 visited as often as the region requires (南京 每周 2 次, 000 三（二）), counted from the day it opened. */
export const homeBedVisits = defineCheck({
  rule: 'homeBedVisits',
  domain: 'medical',
  run: (v, home) => {
    const rule = `家庭病床每周上门 ${v.perWeek} 次`;
    if (!home.centre) return notRecorded('签约医疗机构开设的家庭病床', rule);
    const { open, short } = home.centre.homeBeds;
    if (open === 0) return [result('not_applicable', '今天没有开设中的家庭病床。')];
    if (short.length === 0) return [result('ok', `开设中的家庭病床 ${open} 张，上门次数均达到${rule}。`, '', '#/centre')];
    const list = short.map((h) => `${h.resident} 应上门 ${h.expected} 次、实际 ${h.visits} 次`).join('；');
    return [result('violation', `开设中的家庭病床 ${open} 张，${short.length} 张上门不足：${list}。`, `请签约医疗机构补足上门（${rule}），并核对来访登记。`, '#/centre')];
  },
});
