import { z, entityId, intInRange, isoDate, optionalText, requiredText } from '../shared/fields.ts';
import { formatDateTime } from '../shared/dates.ts';
import { named, type AuditFields } from '../audit/define.ts';
import { ABILITY_DIAGNOSES, ASSESSMENT_REASONS, RISK_EVENTS } from './scales/gbt42195.data.ts';
import { EDUCATION } from './scales/mmse.ts';

// The scales as data (items, options, points, bands, sources): the forms draw from these; scoring runs in the core.
export { SCALES } from './scales/index.ts';
export { ABILITY_DIAGNOSES, ABILITY_DIAGNOSES_NOTE, ABILITY_LEVELS, ASSESSMENT_REASONS, RISK_EVENTS } from './scales/gbt42195.data.ts';
export { EDUCATION } from './scales/mmse.ts';
export { SELFCARE_BANDS } from './scales/selfcare.ts';
export { CONSTITUTIONS, PINGHE, TCM_GUIDANCE } from './scales/tcm.data.ts';
export { SCALE_KEYS, RISKS } from './scales/types.ts';
export type { ScaleKey, ScaleDef, ScaleItem, ScoreResult, Risk, Reading, Answers, PartScore } from './scales/types.ts';
export { ASSESSMENT_PARAMETERS } from './parameters.ts';

/**
 * A resident's assessments run on tracks: 能力评估 (GB/T 42195, or an external level when there is none newer), and one
 * track for each other scale. Each track has a latest result and a due date for the next one.
 */
export const TRACKS = {
  ability: '老年人能力评估',
  braden: '压力性损伤风险（Braden）',
  morse: '跌倒风险（Morse）',
  ad8: '认知筛查（AD8）',
  mmse: '简易精神状态检查（MMSE）',
  selfcare: '生活自理能力',
} as const;
export type Track = keyof typeof TRACKS;

/** The scales a nurse records with this area (the TCM questionnaire is part of the annual exam). */
export const ASSESSED_SCALES = ['gbt42195', 'braden', 'morse', 'ad8', 'mmse', 'selfcare'] as const;
export type AssessedScale = (typeof ASSESSED_SCALES)[number];
export const trackOf = (scale: AssessedScale | 'external'): Track => (scale === 'gbt42195' || scale === 'external' ? 'ability' : scale);

export const SCALE_LABELS: Record<AssessedScale | 'external', string> = {
  gbt42195: '老年人能力评估（GB/T 42195-2022）',
  external: '外部评估（能力等级）',
  braden: 'Braden 压力性损伤风险评估',
  morse: 'Morse 跌倒风险评估',
  ad8: 'AD8 痴呆筛查',
  mmse: '简易精神状态检查（MMSE）',
  selfcare: '老年人生活自理能力评估',
};

export const RISK_LABELS = { none: '无', low: '低', moderate: '中', high: '高', very_high: '极高' } as const;

/**
 * Answers keyed by the item codes of the reference (B.1.1 …, sensory …, Q1 …): an option's code, or its points where
 * only one option of the item gives them (docs/assessments.md). Completeness and option sets are checked by the
 * scale's scoring function, which names the item.
 */
const answers = z.record(
  z.string().max(12, '项目代码过长'),
  z.union([z.number().int().min(0).max(100), z.string().max(20, '答案代码过长')], { error: '答案应为选项代码或分值' }),
  { error: '请填写各项答案' },
);

const riskEventCount = z.number().int().min(0).max(3, '次数请选 0、1、2 或“3次及以上”');

export const abilityContext = z
  .object({
    coma: z.boolean({ error: '请选择是否处于昏迷状态' }),
    diagnoses: z.array(z.enum(Object.keys(ABILITY_DIAGNOSES) as [keyof typeof ABILITY_DIAGNOSES]), { error: '疾病诊断选项无效' }).max(30),
    riskEvents: z
      .object(Object.fromEntries(Object.keys(RISK_EVENTS).map((k) => [k, riskEventCount.optional()])) as Record<keyof typeof RISK_EVENTS, z.ZodOptional<typeof riskEventCount>>)
      .strict(),
  })
  .strict();
export type AbilityContextInput = z.output<typeof abilityContext>;

const education = z.enum(Object.keys(EDUCATION) as [keyof typeof EDUCATION], { error: '请选择文化程度' });
const mmseContext = z.object({ education }).strict();

/** assessments.score: a scale and its answers; `partial` scores what is answered so far (a form being filled). */
export const scoreInput = z.discriminatedUnion(
  'scale',
  [
    z.object({ scale: z.literal('gbt42195'), answers, context: abilityContext, partial: z.boolean().default(false) }).strict(),
    z.object({ scale: z.literal('mmse'), answers, context: mmseContext, partial: z.boolean().default(false) }).strict(),
    z.object({ scale: z.enum(['braden', 'morse', 'ad8', 'selfcare', 'tcm']), answers, partial: z.boolean().default(false) }).strict(),
  ],
  { error: '请选择量表' },
);
export type ScoreInput = z.output<typeof scoreInput>;

const assessorName = requiredText('评估员姓名', 20);
const common = {
  residentId: entityId('老人'),
  assessedOn: isoDate('评估日期'),
  assessors: z.array(assessorName, { error: '请填写评估员' }).min(1, '请填写评估员').max(3, '评估员最多 3 名'),
  notes: optionalText('备注', 500),
  lateReason: optionalText('补记原因', 200),
};

/** GB/T 42195: the 26 items, what the change rules look at, the reason for assessing, and the assessors. */
export const abilityInput = z
  .object({
    ...common,
    scale: z.literal('gbt42195'),
    reason: z.enum(Object.keys(ASSESSMENT_REASONS) as [keyof typeof ASSESSMENT_REASONS], { error: '请选择评估原因' }),
    answers,
    context: abilityContext,
  })
  .strict();
export type AbilityInput = z.output<typeof abilityInput>;

export const mmseInput = z.object({ ...common, scale: z.literal('mmse'), answers, context: mmseContext }).strict();
export const simpleScaleInput = z.object({ ...common, scale: z.enum(['braden', 'morse', 'ad8', 'selfcare']), answers }).strict();

export const saveInput = z.discriminatedUnion('scale', [abilityInput, mmseInput, simpleScaleInput], { error: '请选择量表' });
export type SaveInput = z.output<typeof saveInput>;

/** 外部评估: a level from an assessment made elsewhere (a 长护险 assessment, another home), with its date and source. */
export const externalFields = {
  assessedOn: isoDate('评估日期'),
  level: intInRange('能力等级', 0, 4),
  source: requiredText('评估机构或来源', 60),
};
export const externalInput = z
  .object({ residentId: entityId('老人'), ...externalFields, notes: optionalText('备注', 500), lateReason: optionalText('补记原因', 200) })
  .strict();
export type ExternalInput = z.output<typeof externalInput>;

export const assessmentIdInput = z.object({ id: entityId('评估记录') }).strict();
export const removeAssessmentInput = z.object({ id: entityId('评估记录'), reason: requiredText('删除原因', 200) }).strict();
export const residentAssessmentsInput = z.object({ residentId: entityId('老人') }).strict();

/** The nurse's lists: who is at high risk now, and whose assessments are due or overdue. */
export const nurseListInput = z
  .object({
    floor: intInRange('楼层', -3, 99).nullable().default(null),
    q: optionalText('姓名', 20),
    track: z.enum(Object.keys(TRACKS) as [Track]).nullable().default(null),
    offset: intInRange('起始行', 0, 100_000).default(0),
    limit: intInRange('每页行数', 1, 500).default(100),
  })
  .strict();
export type NurseListInput = z.output<typeof nurseListInput>;

/** One assessment in the audit log, in words. */
export const ASSESSMENT_AUDIT_FIELDS: AuditFields = {
  resident: { label: '老人' },
  scale: named('量表', SCALE_LABELS),
  assessedOn: { label: '评估日期' },
  reason: named('评估原因', ASSESSMENT_REASONS),
  assessors: { label: '评估员', show: (v) => (Array.isArray(v) ? v.join('、') : String(v)) },
  total: { label: '总分' },
  preliminary: { label: '初步等级' },
  level: { label: '结果' },
  source: { label: '评估机构或来源' },
  nextDueOn: { label: '下次评估日期' },
  notes: { label: '备注' },
  lateReason: { label: '补记原因' },
  deletedAt: { label: '删除时间', show: (v) => formatDateTime(String(v)) },
  deletedReason: { label: '删除原因' },
};
