import { z, entityId, intInRange, isoDate, optionalText, requiredText } from '../shared/fields.ts';
import { formatDateTime } from '../shared/dates.ts';
import { named, yesNo, type AuditFields } from '../audit/define.ts';

/** The facts of a resident's health record (健康档案), each an entry that is soft-deleted, never erased. */

export const HISTORY_KINDS = { illness: '既往病史', surgery: '手术史', trauma: '外伤史', transfusion: '输血史', family: '家族史' } as const;
export type HistoryKind = keyof typeof HISTORY_KINDS;
export const ALLERGY_CATEGORIES = { drug: '药物', food: '食物', other: '其他' } as const;
export type AllergyCategory = keyof typeof ALLERGY_CATEGORIES;
export const ALLERGY_SEVERITIES = { mild: '轻度', moderate: '中度', severe: '重度' } as const;
export type AllergySeverity = keyof typeof ALLERGY_SEVERITIES;
export const CONDITION_STATUS = { active: '现患', resolved: '已治愈/已缓解' } as const;
export const VACCINES = { influenza: '流感疫苗', pneumococcal: '肺炎球菌疫苗', other: '其他疫苗' } as const;
export type Vaccine = keyof typeof VACCINES;
export const REFERRAL_OUTCOMES = { returned: '已回院', not_returned: '未回院（离院或去世）' } as const;
export type ReferralOutcome = keyof typeof REFERRAL_OUTCOMES;

/** The kinds of entry, as the record page, remove/restore and the audit log name them. */
export const ENTRY_KINDS = {
  history: '病史',
  allergy: '过敏',
  condition: '慢性病',
  medication: '长期用药',
  hospice: '安宁疗护',
  vaccination: '预防接种',
  referral: '转诊',
} as const;
export type EntryKind = keyof typeof ENTRY_KINDS;

const residentId = entityId('老人');
/** null for a new entry; an entry's id to change it. */
const entryId = entityId('记录').nullable().default(null);
const lateReason = optionalText('补记原因', 200);
const notes = optionalText('备注', 500);
const optionalDate = (label: string) => isoDate(label).nullable().default(null);
/** The day the fact was recorded (default today): the date a late entry for someone who left is checked against. */
const recordedOn = isoDate('记录日期');

export const historyInput = z
  .object({
    id: entryId,
    residentId,
    kind: z.enum(Object.keys(HISTORY_KINDS) as [HistoryKind], { error: '请选择病史类别' }),
    description: requiredText('内容', 200),
    whenText: optionalText('时间', 30),
    relation: optionalText('与老人关系', 10),
    recordedOn,
    lateReason,
  })
  .strict()
  .refine((v) => v.kind !== 'family' || v.relation !== '', { message: '家族史请填写患病的亲属（如 父亲）', path: ['relation'] });
export type HistoryInput = z.output<typeof historyInput>;

export const allergyInput = z
  .object({
    id: entryId,
    residentId,
    category: z.enum(Object.keys(ALLERGY_CATEGORIES) as [AllergyCategory], { error: '请选择过敏类别' }),
    substance: requiredText('过敏物', 40),
    reaction: optionalText('过敏反应', 100),
    severity: z.enum(Object.keys(ALLERGY_SEVERITIES) as [AllergySeverity], { error: '请选择严重程度' }),
    recordedOn,
    notes,
    lateReason,
  })
  .strict();
export type AllergyInput = z.output<typeof allergyInput>;

export const conditionInput = z
  .object({
    id: entryId,
    residentId,
    /** From the shipped list (core/records/icd10.json), or '' for a diagnosis typed as text. */
    icd10: optionalText('ICD-10 编码', 10),
    name: requiredText('诊断名称', 60),
    diagnosedOn: optionalDate('确诊日期'),
    status: z.enum(['active', 'resolved'], { error: '请选择现患或已治愈' }),
    resolvedOn: optionalDate('治愈/缓解日期'),
    recordedOn,
    notes,
    lateReason,
  })
  .strict()
  .refine((v) => (v.status === 'resolved') === (v.resolvedOn !== null), { message: '已治愈/已缓解的请填写日期；现患的不填', path: ['resolvedOn'] })
  .refine((v) => v.resolvedOn === null || v.diagnosedOn === null || v.resolvedOn >= v.diagnosedOn, { message: '治愈/缓解日期不能早于确诊日期', path: ['resolvedOn'] });
export type ConditionInput = z.output<typeof conditionInput>;

export const medicationInput = z
  .object({
    id: entryId,
    residentId,
    drug: requiredText('药品名称', 60),
    dose: optionalText('剂量', 30),
    route: optionalText('用法', 20),
    frequency: optionalText('频次', 30),
    prescribedBy: optionalText('开具医院或医生', 60),
    startedOn: optionalDate('开始日期'),
    stoppedOn: optionalDate('停用日期'),
    recordedOn,
    notes,
    lateReason,
  })
  .strict()
  .refine((v) => v.stoppedOn === null || v.startedOn === null || v.stoppedOn >= v.startedOn, { message: '停用日期不能早于开始日期', path: ['stoppedOn'] });
export type MedicationInput = z.output<typeof medicationInput>;

export const hospiceStartInput = z.object({ residentId, startedOn: isoDate('开始日期'), notes, lateReason }).strict();
export const hospiceEndInput = z.object({ id: entityId('安宁疗护记录'), endedOn: isoDate('结束日期'), endReason: requiredText('结束原因', 100) }).strict();

export const vaccinationInput = z
  .object({
    id: entryId,
    residentId,
    vaccine: z.enum(Object.keys(VACCINES) as [Vaccine], { error: '请选择疫苗' }),
    vaccineName: optionalText('疫苗名称', 40),
    dose: optionalText('剂次', 20),
    givenOn: isoDate('接种日期'),
    institution: optionalText('接种单位', 60),
    batchNo: optionalText('批号', 30),
    consentBy: requiredText('知情同意人', 30),
    consentRelation: requiredText('与老人关系', 10),
    consentOn: isoDate('同意日期'),
    notes,
    lateReason,
  })
  .strict()
  .refine((v) => v.vaccine !== 'other' || v.vaccineName !== '', { message: '其他疫苗请填写疫苗名称', path: ['vaccineName'] })
  .refine((v) => v.consentOn <= v.givenOn, { message: '知情同意应在接种之前或当天', path: ['consentOn'] });
export type VaccinationInput = z.output<typeof vaccinationInput>;

/** 转出: to which hospital, why, when, whether a 医联体 partner, whether admitted there (住院: the bed is kept). */
export const referOutInput = z
  .object({
    id: entryId,
    residentId,
    referredOn: isoDate('转诊日期'),
    hospital: requiredText('转往医院', 60),
    partner: z.boolean({ error: '请选择是否医联体合作医院' }),
    department: optionalText('科室', 30),
    reason: requiredText('转诊原因', 300),
    urgent: z.boolean().default(false),
    admitted: z.boolean({ error: '请选择是否住院' }),
    notes,
    lateReason,
  })
  .strict();
export type ReferOutInput = z.output<typeof referOutInput>;

/** 转回: back to the home (or not), with the discharge summary and the new orders. */
export const referBackInput = z
  .object({
    id: entityId('转诊记录'),
    returnedOn: isoDate('回院日期'),
    outcome: z.enum(['returned', 'not_returned'], { error: '请选择是否回院' }),
    dischargeDiagnosis: optionalText('出院诊断', 200),
    dischargeSummary: optionalText('出院小结', 2000),
    newOrders: optionalText('新医嘱', 1000),
  })
  .strict();
export type ReferBackInput = z.output<typeof referBackInput>;

export const entryRefInput = z.object({ kind: z.enum(Object.keys(ENTRY_KINDS) as [EntryKind], { error: '记录类别无效' }), id: entityId('记录') }).strict();
export const removeEntryInput = z
  .object({ kind: z.enum(Object.keys(ENTRY_KINDS) as [EntryKind], { error: '记录类别无效' }), id: entityId('记录'), reason: requiredText('删除原因', 200) })
  .strict();
export const residentRecordInput = z.object({ residentId }).strict();
/** `health-record --resident ID`: the 健康档案摘要 of one resident. */
export const healthRecordFilingInput = z.object({ residentId }).strict();
export const timelineInput = z
  .object({ residentId, before: isoDate('日期').nullable().default(null), limit: intInRange('条数', 1, 200).default(50) })
  .strict();
export const openReferralsInput = z
  .object({
    floor: intInRange('楼层', -3, 99).nullable().default(null),
    q: optionalText('姓名', 20),
    offset: intInRange('起始行', 0, 100_000).default(0),
    limit: intInRange('每页行数', 1, 500).default(100),
  })
  .strict();
export const icd10SearchInput = z.object({ q: optionalText('诊断', 30) }).strict();

const deleted: AuditFields = {
  deletedAt: { label: '删除时间', show: (v) => formatDateTime(String(v)) },
  deletedReason: { label: '删除原因' },
  lateReason: { label: '补记原因' },
};

/** How each kind of entry reads in the audit log. */
export const RECORD_AUDIT_FIELDS: Record<'medicalHistory' | 'allergy' | 'condition' | 'outsideMedication' | 'hospice' | 'vaccination' | 'referral', AuditFields> = {
  medicalHistory: {
    resident: { label: '老人' },
    kind: named('类别', HISTORY_KINDS),
    description: { label: '内容' },
    whenText: { label: '时间' },
    relation: { label: '亲属' },
    recordedOn: { label: '记录日期' },
    ...deleted,
  },
  allergy: {
    resident: { label: '老人' },
    category: named('类别', ALLERGY_CATEGORIES),
    substance: { label: '过敏物' },
    reaction: { label: '过敏反应' },
    severity: named('严重程度', ALLERGY_SEVERITIES),
    recordedOn: { label: '记录日期' },
    notes: { label: '备注' },
    ...deleted,
  },
  condition: {
    resident: { label: '老人' },
    icd10: { label: 'ICD-10' },
    name: { label: '诊断' },
    diagnosedOn: { label: '确诊日期' },
    status: named('状态', CONDITION_STATUS),
    resolvedOn: { label: '治愈/缓解日期' },
    notes: { label: '备注' },
    ...deleted,
  },
  outsideMedication: {
    resident: { label: '老人' },
    drug: { label: '药品' },
    dose: { label: '剂量' },
    route: { label: '用法' },
    frequency: { label: '频次' },
    prescribedBy: { label: '开具医院或医生' },
    startedOn: { label: '开始日期' },
    stoppedOn: { label: '停用日期' },
    notes: { label: '备注' },
    ...deleted,
  },
  hospice: {
    resident: { label: '老人' },
    startedOn: { label: '开始日期' },
    endedOn: { label: '结束日期' },
    endReason: { label: '结束原因' },
    notes: { label: '备注' },
    ...deleted,
  },
  vaccination: {
    resident: { label: '老人' },
    vaccine: named('疫苗', VACCINES),
    vaccineName: { label: '疫苗名称' },
    dose: { label: '剂次' },
    givenOn: { label: '接种日期' },
    institution: { label: '接种单位' },
    batchNo: { label: '批号' },
    consentBy: { label: '知情同意人' },
    consentRelation: { label: '与老人关系' },
    consentOn: { label: '同意日期' },
    ...deleted,
  },
  referral: {
    resident: { label: '老人' },
    referredOn: { label: '转诊日期' },
    hospital: { label: '转往医院' },
    partner: yesNo('医联体', '是', '否'),
    department: { label: '科室' },
    reason: { label: '转诊原因' },
    urgent: yesNo('紧急', '是', '否'),
    admitted: yesNo('住院', '是', '否'),
    returnedOn: { label: '回院日期' },
    outcome: named('结果', REFERRAL_OUTCOMES),
    dischargeDiagnosis: { label: '出院诊断' },
    newOrders: { label: '新医嘱' },
    ...deleted,
  },
};

export { default as ICD10 } from './icd10.json' with { type: 'json' };
