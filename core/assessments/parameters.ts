import { z } from 'zod';
import { defineParameter } from '../policy/define.ts';

/**
 * The region-profile values the assessments area computes with (core/policy/parameters.ts lists them; each profile
 * value carries its citation, and those the reference could not confirm are marked unverified → 待核实). The open
 * questions of the reference (clinical-scales.md §8) are explicit choices here, never silent defaults in code.
 */

const days = z.number().int().min(1).max(3650);

export const ASSESSMENT_PARAMETERS = {
  /** GB/T 42195 C.4: §8 Q1 (raise once or per rule) and Q2 (count risk events across types or per type). */
  abilityLevelChange: defineParameter({
    label: '能力等级变更：两项依据同时存在、照护风险事件计数',
    value: z
      .object({
        raisePerRule: z.boolean(),
        riskEventCounting: z.enum(['acrossTypes', 'sameType']),
        riskEventThreshold: z.number().int().min(1).max(10),
      })
      .strict(),
    summary: (v) =>
      `痴呆/精神障碍与照护风险事件两项依据同时存在时${v.raisePerRule ? '各提高一级' : '只提高一级'}；近30天照护风险事件${v.riskEventCounting === 'acrossTypes' ? '各类合计' : '同一类'} ${v.riskEventThreshold} 次及以上提高一级`,
  }),
  /** §8 Q3: how often the ability assessment is repeated and by how many assessors. */
  abilityReassessment: defineParameter({
    label: '老年人能力评估的复评间隔与评估员人数',
    value: z.object({ routineMonths: z.number().int().min(1).max(60), assessors: z.number().int().min(1).max(3) }).strict(),
    summary: (v) => `无变化时每 ${v.routineMonths} 个月常规复评一次，能力变化时即时评估；每次 ${v.assessors} 名评估员`,
  }),
  bradenBands: defineParameter({
    label: 'Braden 压力性损伤风险分级',
    value: z
      .object({ veryHighMax: z.number().int(), highMax: z.number().int(), moderateMax: z.number().int(), lowMax: z.number().int() })
      .strict()
      .refine((v) => v.veryHighMax < v.highMax && v.highMax < v.moderateMax && v.moderateMax < v.lowMax, '各级上限应逐级增大'),
    summary: (v) => `≤${v.veryHighMax} 极高危，${v.veryHighMax + 1}～${v.highMax} 高危，${v.highMax + 1}～${v.moderateMax} 中危，${v.moderateMax + 1}～${v.lowMax} 低危`,
  }),
  /** §8 Q14: whether exactly 45 is 中危 or 高危. */
  morseBands: defineParameter({
    label: 'Morse 跌倒风险分级',
    value: z
      .object({ moderateFrom: z.number().int().min(1), highFrom: z.number().int().min(2) })
      .strict()
      .refine((v) => v.moderateFrom < v.highFrom, '高危的起点应高于中危的起点'),
    summary: (v) => `0～${v.moderateFrom - 1} 低危，${v.moderateFrom}～${v.highFrom - 1} 中危，≥${v.highFrom} 高危`,
  }),
  /** §8 Q10: the education-adjusted MMSE cut-offs. */
  mmseCutoffs: defineParameter({
    label: 'MMSE 按文化程度的认知受损界值',
    value: z.object({ illiterate: z.number().int().min(0).max(30), primary: z.number().int().min(0).max(30), secondary: z.number().int().min(0).max(30) }).strict(),
    summary: (v) => `总分不高于界值为受损：文盲 ≤${v.illiterate}，小学 ≤${v.primary}，中学及以上 ≤${v.secondary}`,
  }),
  ad8Screening: defineParameter({
    label: 'AD8 痴呆筛查界值与后续建议',
    value: z.object({ positiveFrom: z.number().int().min(1).max(8), negativeAdvice: z.string().min(2), positiveAdvice: z.string().min(2) }).strict(),
    summary: (v) => `≥${v.positiveFrom} 分为阳性：${v.positiveAdvice}；阴性：${v.negativeAdvice}`,
  }),
  /** §8 Q12: no national rule for how often Braden and Morse are repeated in a nursing home. */
  riskReassessment: defineParameter({
    label: '压力性损伤、跌倒风险的复评间隔',
    value: z
      .object({
        braden: z.object({ very_high: days, high: days, moderate: days, low: days, none: days }).strict(),
        morse: z.object({ high: days, moderate: days, low: days }).strict(),
      })
      .strict(),
    summary: (v) =>
      `Braden：极高危/高危每 ${v.braden.high} 天，中危每 ${v.braden.moderate} 天，低危每 ${v.braden.low} 天，无风险每 ${v.braden.none} 天；Morse：高危每 ${v.morse.high} 天，中危每 ${v.morse.moderate} 天，低危每 ${v.morse.low} 天`,
  }),
  /** Cognitive screening and the self-care table go with the yearly health management of those aged 65+. */
  screeningInterval: defineParameter({
    label: '认知筛查与生活自理能力评估的复查间隔',
    value: z.object({ ad8Months: z.number().int().min(1).max(60), mmseMonths: z.number().int().min(1).max(60), selfcareMonths: z.number().int().min(1).max(60) }).strict(),
    summary: (v) => `AD8 每 ${v.ad8Months} 个月，MMSE 每 ${v.mmseMonths} 个月，生活自理能力每 ${v.selfcareMonths} 个月`,
  }),
};
