import { z } from 'zod';
import { defineParameter } from '../policy/define.ts';

/** The region-profile values of the annual exam (core/policy/parameters.ts lists them). */
export const EXAM_PARAMETERS = {
  /**
   * §8 Q15: “one exam a year” as the calendar year (matches the 管理率 indicator, “年内”) or as 12 months since the
   * last exam. The due list and the completion rate follow it.
   */
  annualExamPeriod: defineParameter({
    label: '“每年一次”体检的计算方式',
    value: z.object({ mode: z.enum(['calendar-year', 'rolling-12-months']) }).strict(),
    summary: (v) => (v.mode === 'calendar-year' ? '按自然年：当年 1 月 1 日以来没有体检的 65 岁以上老人列为待检' : '按滚动 12 个月：距上次体检满 12 个月列为待检'),
  }),
};
