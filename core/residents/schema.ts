import { z, requiredText, optionalText, isoDate, entityId, phone, intInRange } from '../shared/fields.ts';
import { normalizeCode, parseIdCard } from '../shared/idcard.ts';
import { formatDateTime, isoDay } from '../shared/dates.ts';
import { named, type AuditFields } from '../audit/define.ts';
import { externalFields } from '../assessments/schema.ts';

/** 老年人能力等级, GB/T 42195-2022 (0 能力完好 … 4 完全失能). null = not yet assessed. */
export const CARE_LEVELS = ['能力完好', '轻度失能', '中度失能', '重度失能', '完全失能'] as const;
export const careLevelLabel = (level: number | null): string => (level === null ? '未评估' : (CARE_LEVELS[level] ?? '未评估'));

export const PAYMENT_TYPES = {
  self: '自费',
  ltci: '长护险',
  subsidy: '政府补贴',
  destitute: '特困供养',
  other: '其他',
} as const;
export type PaymentType = keyof typeof PAYMENT_TYPES;

export const RESIDENT_STATUS = { in_residence: '在住', discharged: '已离院', deceased: '已去世' } as const;
export type ResidentStatus = keyof typeof RESIDENT_STATUS;

const NAME = /^[\u3400-\u9fff\u00b7·A-Za-z ]+$/;

/** A 身份证 number as typed or pasted: spaces and full-width characters are fixed before it is checked. */
export const idNumberField = z
  .string({ error: (i) => (i.input === undefined ? '请填写身份证号' : '身份证号应为文字') })
  .max(40, '身份证号应为 18 位')
  .transform(normalizeCode)
  .superRefine((value, ctx) => {
    const result = parseIdCard(value, isoDay(new Date()));
    if (!result.ok) ctx.addIssue({ code: 'custom', message: result.message });
  });

export const personName = (label: string) =>
  requiredText(label, 30).refine((v) => NAME.test(v), `${label}只能包含汉字、字母和间隔号“·”`);

export const emergencyContactSchema = z
  .object({
    name: personName('联系人姓名'),
    relation: requiredText('与老人关系', 10),
    phone: phone('联系人电话', true),
  })
  .strict();
export type EmergencyContact = z.output<typeof emergencyContactSchema>;

const residentFields = {
  name: personName('姓名'),
  idNumber: idNumberField,
  phone: phone('老人电话', false),
  admissionDate: isoDate('入住日期'),
  paymentType: z.enum(Object.keys(PAYMENT_TYPES) as [PaymentType, ...PaymentType[]], { error: '请选择费用类型' }),
  emergencyContacts: z
    .array(emergencyContactSchema, { error: '请填写紧急联系人' })
    .min(1, '至少填写一位紧急联系人')
    .max(5, '紧急联系人最多 5 位'),
  notes: optionalText('备注', 500),
};

/**
 * 办理入住. The 能力等级 is not typed here: it comes from assessments (core/assessments). An admission may bring the
 * result of an assessment made elsewhere (外部评估: date, source, level), saved with it; otherwise the resident is
 * 未评估 until the home's own GB/T 42195 assessment.
 */
export const admitInput = z
  .object({
    ...residentFields,
    bedId: entityId('床位'),
    externalAssessment: z.object(externalFields, { error: '外部评估应包含评估日期、来源和能力等级' }).strict().nullable().default(null),
  })
  .strict();
export type AdmitInput = z.output<typeof admitInput>;

export const updateInput = z.object({ id: entityId('老人'), ...residentFields }).strict();
export type UpdateInput = z.output<typeof updateInput>;

export const moveBedInput = z
  .object({ id: entityId('老人'), bedId: entityId('新床位'), date: isoDate('换床日期') })
  .strict();

export const LEAVE_KINDS = { discharged: '离院', deceased: '去世' } as const;
export const leaveInput = z
  .object({
    id: entityId('老人'),
    kind: z.enum(['discharged', 'deceased'], { error: '请选择离院或去世' }),
    date: isoDate('日期'),
    reason: requiredText('原因', 200),
  })
  .strict();

export const residentIdInput = z.object({ id: entityId('老人') }).strict();

/** 撤销离院: back to the old bed, or — when someone has taken it since — to the empty bed chosen here. */
export const undoLeaveInput = z.object({ id: entityId('老人'), bedId: entityId('床位').nullable().default(null) }).strict();
export const removeInput = z.object({ id: entityId('老人'), reason: requiredText('删除原因', 200) }).strict();

export const LIST_SORTS = ['bed', 'name', 'admissionDate', 'age', 'careLevel', 'leftOn'] as const;
export const LIST_STATUSES = ['in_residence', 'left', 'all', 'deleted'] as const;

/** Filters of the roster; the same object drives the list, the Excel export and the printed filing. */
export const rosterFilter = z
  .object({
    q: optionalText('搜索内容', 40),
    status: z.enum(LIST_STATUSES).default('in_residence'),
    floor: intInRange('楼层', -3, 99).nullable().default(null),
    aged65: z.boolean().default(false),
    /** -1 = 未评估 */
    careLevel: intInRange('能力等级', -1, 4).nullable().default(null),
    sort: z.enum(LIST_SORTS).default('bed'),
    order: z.enum(['asc', 'desc']).default('asc'),
  })
  .strict();
export type RosterFilter = z.output<typeof rosterFilter>;

export const listInput = rosterFilter
  .extend({
    offset: intInRange('起始行', 0, 10_000_000).default(0),
    limit: intInRange('每页行数', 1, 500).default(100),
  })
  .strict();
export type ListInput = z.output<typeof listInput>;

export interface ResidentRow {
  id: number;
  name: string;
  sex: '男' | '女';
  idNumber: string;
  /** null for roles that see the age only (caregivers). */
  birthDate: string | null;
  age: number;
  phone: string;
  admissionDate: string;
  bedId: number;
  floor: number;
  bedLabel: string;
  /** 能力等级: the final level of the latest ability assessment (core/assessments), or of an external one; null = 未评估. */
  careLevel: number | null;
  careLevelSource: 'assessment' | 'external' | null;
  paymentType: PaymentType;
  status: ResidentStatus;
  leftOn: string | null;
  leftReason: string | null;
  deletedAt: string | null;
}

/** 住养老人名册（分册）: everyone in residence by floor, and as an appendix who left in a period (default: this year so far). */
export const rosterBookInput = z
  .object({
    from: isoDate('离院名单开始日期').nullable().default(null),
    to: isoDate('离院名单结束日期').nullable().default(null),
  })
  .strict()
  .refine((v) => v.from === null || v.to === null || v.from <= v.to, { message: '开始日期不能晚于结束日期', path: ['to'] });
export type RosterBookInput = z.output<typeof rosterBookInput>;

/** A resident's record in the audit log: what changed, in words (core/audit/define.ts). */
export const RESIDENT_AUDIT_FIELDS: AuditFields = {
  name: { label: '姓名' },
  sex: { label: '性别' },
  idNumber: { label: '身份证号' },
  birthDate: { label: '出生日期' },
  phone: { label: '老人电话' },
  admissionDate: { label: '入住日期' },
  bedLabel: { label: '床位' },
  careLevel: { label: '能力等级', show: (v) => careLevelLabel(v as number | null) },
  paymentType: named('费用类型', PAYMENT_TYPES),
  status: named('状态', RESIDENT_STATUS),
  leftOn: { label: '离院/去世日期' },
  leftReason: { label: '离院/去世原因' },
  contacts: {
    label: '紧急联系人',
    show: (v) => (Array.isArray(v) ? (v as EmergencyContact[]).map((c) => `${c.name}（${c.relation}） ${c.phone}`) : String(v)),
  },
  notes: { label: '备注' },
  deletedAt: { label: '删除时间', show: (v) => formatDateTime(String(v)) },
};
