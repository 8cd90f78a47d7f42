import { z, requiredText, optionalText, isoDate, entityId, intInRange, phone } from '../shared/fields.ts';
import { creditCodeField } from '../institution/schema.ts';
import { named, yesNo, type AuditFields } from '../audit/define.ts';
import { GRAINS, type Grain } from './periods.ts';
import { UNIT_LABEL } from './fulfilmentBasis.ts';
import type { Fulfilment } from './fulfilment.ts';
import type { AttachmentStatus } from '../attachments/schema.ts';

export { GRAINS, type Grain, UNIT_LABEL };

/**
 * The services an agreement may promise: the six the policies name for a contracted medical institution
 * (健康管理、健康教育、预防保健、疾病诊治、康复护理、安宁疗护; 000 二(三), 002 (二)), the family-doctor sessions and
 * 家庭病床 visits Nanjing counts (000 三(二)), and anything else the two sides agree (其他, named).
 */
export const CENTRE_SERVICES = {
  health_management: '健康管理',
  health_education: '健康教育',
  prevention: '预防保健',
  diagnosis: '疾病诊治',
  rehabilitation: '康复护理',
  hospice: '安宁疗护',
  family_doctor: '家庭医生坐诊',
  home_bed: '家庭病床查床',
  other: '其他',
} as const;
export type CentreService = keyof typeof CENTRE_SERVICES;

export const FEE_PAYERS = {
  home: '养老机构支付',
  residents: '老人（家属）自付',
  insurance: '医保 / 家庭医生签约经费',
  public: '基本公共卫生服务经费',
  none: '免费',
} as const;
export type FeePayer = keyof typeof FEE_PAYERS;

const serviceField = z.enum(Object.keys(CENTRE_SERVICES) as [CentreService, ...CentreService[]], { error: '请选择服务项目' });
const perField = z.enum(Object.keys(GRAINS) as [Grain, ...Grain[]], { error: '请选择频次单位（每周、每月、每季度或每年）' });

export const agreedServiceInput = z
  .object({
    /** An existing service of the agreement (kept, so visits that delivered it still point at it). */
    id: entityId('服务项目').nullable().default(null),
    service: serviceField,
    /** Needed for 其他; otherwise the service's own name is used when left empty. */
    name: optionalText('服务名称', 30),
    way: optionalText('服务方式', 60),
    times: intInRange('次数', 1, 99),
    per: perField,
  })
  .strict()
  .refine((s) => s.service !== 'other' || s.name !== '', { message: '“其他”服务请写明名称', path: ['name'] });
export type AgreedServiceInput = z.output<typeof agreedServiceInput>;

const agreementFields = {
  partnerName: requiredText('签约机构名称', 60),
  partnerCreditCode: creditCodeField,
  partnerAddress: requiredText('签约机构地址', 120),
  partnerContact: requiredText('联系人', 30),
  partnerPhone: phone('联系电话', true),
  startsOn: isoDate('协议开始日期'),
  endsOn: isoDate('协议结束日期'),
  services: z.array(agreedServiceInput, { error: '请填写约定的服务项目' }).min(1, '请至少填写一项约定的服务').max(20, '服务项目不能超过 20 项'),
  /** Yearly fee in 元 (stored in 分). */
  feeYuan: z.number({ error: '费用应为数字（元）' }).min(0, '费用不能为负数').max(10_000_000, '费用不能超过 1000 万元'),
  feePayer: z.enum(Object.keys(FEE_PAYERS) as [FeePayer, ...FeePayer[]], { error: '请选择费用由谁支付' }),
  feeNote: optionalText('费用说明', 200),
  homeDuties: requiredText('养老机构的责任', 1000),
  partnerDuties: requiredText('签约机构的责任', 1000),
  insurer: optionalText('责任险承保公司', 60),
  policyNo: optionalText('保单号', 60),
  insuranceExpiresOn: isoDate('责任险到期日').nullable().default(null),
  attachmentId: entityId('协议扫描件').nullable().default(null),
  notes: optionalText('备注', 500),
};

type AgreementShape = { startsOn: string; endsOn: string; insurer: string; policyNo: string; insuranceExpiresOn: string | null; services: AgreedServiceInput[] };

const agreementRules = <T extends z.ZodType<AgreementShape>>(schema: T) =>
  schema
    .refine((v) => v.endsOn >= v.startsOn, { message: '协议结束日期不能早于开始日期', path: ['endsOn'] })
    .refine((v) => (v.insurer === '' && v.policyNo === '') || v.insuranceExpiresOn !== null, {
      message: '填写了责任险时，请填写保单到期日',
      path: ['insuranceExpiresOn'],
    })
    .refine((v) => new Set(v.services.map((s) => s.id).filter((id) => id !== null)).size === v.services.filter((s) => s.id !== null).length, {
      message: '同一服务项目不能列两次',
      path: ['services'],
    });

/** 新增签约协议. */
export const createAgreementInput = agreementRules(z.object(agreementFields).strict());
export type CreateAgreementInput = z.output<typeof createAgreementInput>;

export const updateAgreementInput = agreementRules(z.object({ id: entityId('协议'), ...agreementFields }).strict());
export type UpdateAgreementInput = z.output<typeof updateAgreementInput>;

export const agreementIdInput = z.object({ id: entityId('协议') }).strict();
export const removeAgreementInput = z.object({ id: entityId('协议'), reason: requiredText('删除原因', 200) }).strict();

export const fulfilmentInput = z
  .object({
    id: entityId('协议'),
    grain: perField.default('month'),
    from: isoDate('开始日期'),
    to: isoDate('结束日期'),
  })
  .strict()
  .refine((v) => v.from <= v.to, { message: '开始日期不能晚于结束日期', path: ['to'] });
export type FulfilmentInput = z.output<typeof fulfilmentInput>;

export interface AgreedService {
  id: number;
  service: CentreService;
  name: string;
  way: string;
  times: number;
  per: Grain;
}

export type AgreementState = 'current' | 'upcoming' | 'ended';
export const AGREEMENT_STATES: Record<AgreementState, string> = { current: '履行中', upcoming: '未开始', ended: '已到期' };

export interface AgreementRow {
  id: number;
  partnerName: string;
  partnerCreditCode: string;
  partnerAddress: string;
  partnerContact: string;
  partnerPhone: string;
  startsOn: string;
  endsOn: string;
  state: AgreementState;
  services: AgreedService[];
  feeYuan: number;
  feePayer: FeePayer;
  feeNote: string;
  homeDuties: string;
  partnerDuties: string;
  insurer: string;
  policyNo: string;
  insuranceExpiresOn: string | null;
  attachmentId: number | null;
  notes: string;
  deletedAt: string | null;
  deletedReason: string | null;
}

/** An agreement as its page shows it: with its scan's state (a damaged or missing file said in words). */
export interface AgreementDetail extends AgreementRow {
  attachment: { id: number; fileName: string; sha256: string; status: AttachmentStatus } | null;
  visitCount: number;
}

/** 服务到位 of one agreement, with the profile's minimum and where it comes from. */
export interface AgreementFulfilment extends Fulfilment {
  agreement: AgreementRow;
  grain: Grain;
  from: string;
  to: string;
  /** The range actually counted: inside the term and not after today. */
  counted: { from: string; to: string } | null;
  minimum: { perWeek: number | null; text: string; cite: string; unverified: boolean; profile: string } | null;
  unplannedVisits: number;
  gapLines: string[];
}

/** 约定频次 in words: 每周 1 次. */
export const frequencyText = (s: { times: number; per: Grain }) => `${UNIT_LABEL[s.per]} ${s.times} 次`;

const servicesText = (v: unknown) =>
  Array.isArray(v) ? (v as AgreedService[]).map((s) => `${s.name}：${frequencyText(s)}${s.way ? `（${s.way}）` : ''}`) : String(v ?? '—');

export const AGREEMENT_AUDIT_FIELDS: AuditFields = {
  partnerName: { label: '签约机构' },
  partnerCreditCode: { label: '统一社会信用代码' },
  partnerAddress: { label: '地址' },
  partnerContact: { label: '联系人' },
  partnerPhone: { label: '联系电话' },
  startsOn: { label: '协议开始日期' },
  endsOn: { label: '协议结束日期' },
  services: { label: '约定服务', show: servicesText },
  feeYuan: { label: '费用（元/年）' },
  feePayer: named('费用支付方', FEE_PAYERS),
  feeNote: { label: '费用说明' },
  homeDuties: { label: '养老机构的责任' },
  partnerDuties: { label: '签约机构的责任' },
  insurer: { label: '责任险承保公司' },
  policyNo: { label: '保单号' },
  insuranceExpiresOn: { label: '责任险到期日' },
  attachmentId: { label: '协议扫描件', show: (v) => (v ? `附件 ${String(v)}` : '无') },
  notes: { label: '备注' },
  deletedReason: { label: '删除原因' },
};

export const CENTRE_VISIT_AUDIT_FIELDS: AuditFields = {
  partnerName: { label: '签约机构' },
  visitOn: { label: '来访日期' },
  time: { label: '时间' },
  unplanned: yesNo('性质', '协议外临时来访', '按协议来访'),
  staff: { label: '来访人员', show: (v) => (Array.isArray(v) ? (v as string[]) : String(v ?? '—')) },
  services: { label: '提供的服务' },
  residents: { label: '诊视老人', show: (v) => (Array.isArray(v) ? (v as string[]) : String(v ?? '—')) },
  notes: { label: '备注' },
  signedOffByName: { label: '签收护士' },
  deletedReason: { label: '删除原因' },
};

const HH_MM = /^([01]\d|2[0-3]):[0-5]\d$/;
const clockTime = (label: string, required: boolean) => {
  const base = z.string({ error: `${label}应为“时:分”，如 09:30` }).trim();
  return required
    ? base.min(1, `请填写${label}`).regex(HH_MM, `${label}应为“时:分”，如 09:30`)
    : base.refine((v) => v === '' || HH_MM.test(v), `${label}应为“时:分”，如 11:30`).default('');
};

const reading = (label: string, min: number, max: number) => intInRange(label, min, max).nullable().default(null);

export const visitStaffInput = z
  .object({ name: requiredText('来访人员姓名', 30), role: requiredText('职务（如 全科医师）', 30), licenceNo: optionalText('执业证书编号', 40) })
  .strict();
export type VisitStaffInput = z.output<typeof visitStaffInput>;

export const visitResidentInput = z
  .object({
    residentId: entityId('老人'),
    note: optionalText('诊视情况', 300),
    systolic: reading('收缩压', 50, 260),
    diastolic: reading('舒张压', 30, 160),
    pulse: reading('脉搏', 20, 220),
    /** The centre did this resident's annual exam on this visit (it counts as the year's exam). */
    annualExam: z.boolean().default(false),
  })
  .strict()
  .refine((r) => (r.systolic === null) === (r.diastolic === null), { message: '血压请同时填写收缩压和舒张压', path: ['diastolic'] })
  .refine((r) => r.systolic === null || r.diastolic === null || r.systolic > r.diastolic, { message: '收缩压应高于舒张压', path: ['systolic'] });
export type VisitResidentInput = z.output<typeof visitResidentInput>;

/** 登记巡诊 / 服务记录: signed off by the nurse who records it. */
export const recordVisitInput = z
  .object({
    agreementId: entityId('签约协议'),
    visitOn: isoDate('来访日期'),
    startsAt: clockTime('到达时间', true),
    endsAt: clockTime('离开时间', false),
    /** A visit outside the agreement's term is accepted only as this (and does not count towards 服务到位). */
    unplanned: z.boolean().default(false),
    staff: z.array(visitStaffInput).min(1, '请填写来访人员').max(10, '来访人员不能超过 10 人'),
    serviceIds: z.array(entityId('服务项目')).min(1, '请勾选这次提供的服务').max(20, '服务项目不能超过 20 项'),
    residents: z.array(visitResidentInput).max(300, '一次来访最多登记 300 位老人'),
    notes: optionalText('备注', 500),
  })
  .strict()
  .refine((v) => v.endsAt === '' || v.endsAt >= v.startsAt, { message: '离开时间不能早于到达时间', path: ['endsAt'] })
  .refine((v) => new Set(v.serviceIds).size === v.serviceIds.length, { message: '同一服务项目不能勾选两次', path: ['serviceIds'] })
  .superRefine((v, ctx) => {
    const seen = new Set<number>();
    v.residents.forEach((r, i) => {
      if (seen.has(r.residentId)) ctx.addIssue({ code: 'custom', message: '同一位老人列了两次', path: ['residents', i, 'residentId'] });
      seen.add(r.residentId);
    });
  });
export type RecordVisitInput = z.output<typeof recordVisitInput>;

export const visitIdInput = z.object({ id: entityId('来访记录') }).strict();
export const removeVisitInput = z.object({ id: entityId('来访记录'), reason: requiredText('删除原因', 200) }).strict();

export const visitListInput = z
  .object({
    agreementId: entityId('签约协议').nullable().default(null),
    from: isoDate('开始日期').nullable().default(null),
    to: isoDate('结束日期').nullable().default(null),
    unplannedOnly: z.boolean().default(false),
    deleted: z.boolean().default(false),
    /** Newest first; the next page starts before this visit (its id). */
    before: entityId('起始记录').nullable().default(null),
    limit: intInRange('每页行数', 1, 500).default(50),
  })
  .strict()
  .refine((v) => v.from === null || v.to === null || v.from <= v.to, { message: '开始日期不能晚于结束日期', path: ['to'] });
export type VisitListInput = z.output<typeof visitListInput>;

export interface VisitResidentRow {
  residentId: number;
  name: string;
  bedLabel: string;
  note: string;
  systolic: number | null;
  diastolic: number | null;
  pulse: number | null;
  annualExam: boolean;
}

export interface VisitRow {
  id: number;
  agreementId: number;
  partnerName: string;
  visitOn: string;
  startsAt: string;
  endsAt: string;
  unplanned: boolean;
  counted: boolean;
  staff: VisitStaffInput[];
  services: { id: number; name: string }[];
  residentCount: number;
  notes: string;
  signedOffByName: string;
  deletedAt: string | null;
  deletedReason: string | null;
}

export interface VisitDetail extends VisitRow {
  residents: VisitResidentRow[];
}

/** 开设家庭病床: the centre opens a home bed for a resident under an agreement. */
export const openHomeBedInput = z
  .object({
    residentId: entityId('老人'),
    agreementId: entityId('签约协议'),
    openedOn: isoDate('建床日期'),
    reason: requiredText('建床原因（诊断）', 200),
    doctor: requiredText('责任医生', 30),
  })
  .strict();
export type OpenHomeBedInput = z.output<typeof openHomeBedInput>;

export const closeHomeBedInput = z
  .object({ id: entityId('家庭病床'), closedOn: isoDate('撤床日期'), closeReason: requiredText('撤床原因', 200) })
  .strict();
export type CloseHomeBedInput = z.output<typeof closeHomeBedInput>;

export interface HomeBedRow {
  id: number;
  residentId: number;
  residentName: string;
  bedLabel: string;
  agreementId: number;
  partnerName: string;
  openedOn: string;
  reason: string;
  doctor: string;
  closedOn: string | null;
  closeReason: string;
  /** Visits of the centre that saw the resident while the bed was open (up to today). */
  visits: number;
  /** Owed by the profile's weekly frequency over the days open, rounded down (FULFILMENT_BASIS); null when the profile names none. */
  expected: number | null;
  gap: number;
  lastVisitOn: string | null;
}

export interface HomeBeds {
  rows: HomeBedRow[];
  /** The profile's expected frequency, with its clause; null when the home's region names none. */
  rule: { perWeek: number; text: string; cite: string; unverified: boolean; profile: string; note: string | null } | null;
}

export const HOME_BED_AUDIT_FIELDS: AuditFields = {
  residentName: { label: '老人' },
  partnerName: { label: '签约机构' },
  openedOn: { label: '建床日期' },
  reason: { label: '建床原因' },
  doctor: { label: '责任医生' },
  closedOn: { label: '撤床日期' },
  closeReason: { label: '撤床原因' },
};
