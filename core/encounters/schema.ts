import { z, requiredText, optionalText, isoDate, entityId, intInRange } from '../shared/fields.ts';
import { formatDateTime } from '../shared/dates.ts';
import { named, type AuditFields } from '../audit/define.ts';
import icd10 from './icd10.json' with { type: 'json' };
import feeItems from './feeItems.json' with { type: 'json' };

/** 门诊 at the clinic, 床边巡诊 (上门巡诊 at the resident's bed, 004 第3条), and 输液. */
export const ENCOUNTER_KINDS = { visit: '门诊', round: '床边巡诊', infusion: '输液' } as const;
export type EncounterKind = keyof typeof ENCOUNTER_KINDS;

export const REFERRAL_KINDS = { emergency: '急诊转诊', outpatient: '门诊转诊', inpatient: '住院转诊' } as const;
export type ReferralKind = keyof typeof REFERRAL_KINDS;

/**
 * Fees come in two kinds that never mix: 医疗 (medical items, which medical insurance may pay) and 生活照护
 * (care items, which it never pays: 002 (十八), 001 (八)).
 */
export const FEE_CATEGORIES = { medical: '医疗项目', care: '生活照护项目' } as const;
export type FeeCategory = keyof typeof FEE_CATEGORIES;

/** The shipped ICD-10 list (common diagnoses of older people); a diagnosis not in it is typed as text. */
export const ICD10: readonly { code: string; name: string }[] = icd10.items;
const ICD_CODES = new Set(ICD10.map((d) => d.code));

export interface FeeItem {
  code: string;
  name: string;
  category: FeeCategory;
  unit: string;
  /** 上门服务费: not charged for bedside rounds where the profile says so (004 第3条). */
  visitFee?: boolean;
  /** Commonly in a 长护险 service list: not charged again to a resident the scheme covers (001 (七)). */
  ltcCovered?: boolean;
  /** Provided through family-doctor signing (基本公共卫生): not charged again to a signed resident (001 (七)). */
  familyDoctor?: boolean;
}
export const FEE_ITEMS: readonly FeeItem[] = feeItems.items as FeeItem[];
export const FEE_ITEM_NOTE: string = feeItems.note;
const FEE_BY_CODE = new Map(FEE_ITEMS.map((i) => [i.code, i]));
export const feeItem = (code: string | null): FeeItem | undefined => (code === null ? undefined : FEE_BY_CODE.get(code));

/** A fee typed in by name is a visit fee when it says so (上门费, 上门服务费, 出诊费). */
export const isVisitFee = (line: { itemCode: string | null; name: string }) => feeItem(line.itemCode)?.visitFee === true || /上门(服务)?费|出诊费/.test(line.name);

const HHMM = /^([01]\d|2[0-3]):[0-5]\d$/;
export const timeOfDay = (label: string) =>
  z.string({ error: `请填写${label}` }).regex(HHMM, `${label}格式应为“时:分”，如 08:30`);

/** Money as people type it, in 元 with at most two decimals; stored as integer 分. */
export const yuan = (label: string) =>
  z
    .number({ error: (i) => (i.input === undefined || i.input === null ? `请填写${label}` : `${label}应为数字`) })
    .min(0, `${label}不能为负数`)
    .max(100_000, `${label}不能超过 10 万元`)
    .refine((v) => Math.abs(Math.round(v * 100) - v * 100) < 1e-6, `${label}最多两位小数`);

export const feeLineInput = z
  .object({
    itemCode: z.string().max(10).nullable().default(null),
    name: requiredText('收费项目', 30),
    category: z.enum(['medical', 'care'], { error: '请选择医疗项目或生活照护项目' }),
    insured: z.boolean().default(false),
    quantity: intInRange('数量', 1, 999),
    unitPrice: yuan('单价'),
  })
  .strict()
  .refine((v) => v.itemCode === null || FEE_BY_CODE.has(v.itemCode), { message: '不认识的收费项目，请从列表中选择', path: ['itemCode'] })
  .refine((v) => v.itemCode === null || FEE_BY_CODE.get(v.itemCode)!.category === v.category, { message: '收费项目的类别与目录不符', path: ['category'] })
  // 002 (十八): 基本医疗保险基金 … 不得用于支付生活照护等养老服务费用.
  .refine((v) => v.category === 'medical' || !v.insured, { message: '生活照护项目不得记入医保（医保只支付医疗服务）', path: ['insured'] });
export type FeeLineInput = z.output<typeof feeLineInput>;

export const diagnosisInput = z
  .object({ code: z.string().max(8).nullable().default(null), name: requiredText('诊断', 60) })
  .strict()
  .refine((v) => v.code === null || ICD_CODES.has(v.code), { message: '诊断编码不在 ICD-10 列表中，请从列表中选择或只填写诊断名称', path: ['code'] });

export const referralInput = z
  .object({
    kind: z.enum(['emergency', 'outpatient', 'inpatient'], { error: '请选择转诊类型' }),
    to: requiredText('转往机构', 60),
    reason: optionalText('转诊原因', 200),
  })
  .strict();

export const encounterInput = z
  .object({
    id: entityId('诊疗记录').nullable().default(null),
    residentId: entityId('老人'),
    kind: z.enum(['visit', 'round', 'infusion'], { error: '请选择诊疗类型' }),
    date: isoDate('诊疗日期'),
    time: timeOfDay('诊疗时间'),
    doctorId: entityId('医生'),
    complaint: requiredText('主诉或巡诊所见', 500),
    findings: optionalText('查体与检查', 1000),
    diagnoses: z.array(diagnosisInput).max(8, '诊断最多 8 条').default([]),
    orders: optionalText('处理与医嘱', 1000),
    referral: referralInput.nullable().default(null),
    fees: z.array(feeLineInput).max(30, '收费项目最多 30 条').default([]),
    notes: optionalText('备注', 500),
  })
  .strict();
export type EncounterInput = z.output<typeof encounterInput>;

export const encounterListInput = z
  .object({
    from: isoDate('开始日期'),
    to: isoDate('结束日期'),
    kind: z.enum(['visit', 'round', 'infusion']).nullable().default(null),
    residentId: entityId('老人').nullable().default(null),
    referredOnly: z.boolean().default(false),
    deleted: z.boolean().default(false),
    offset: intInRange('起始行', 0, 10_000_000).default(0),
    limit: intInRange('每页行数', 1, 200).default(50),
  })
  .strict()
  .refine((v) => v.from <= v.to, { message: '开始日期不能晚于结束日期', path: ['to'] });
export type EncounterListInput = z.output<typeof encounterListInput>;

export const MONTH = /^\d{4}-(0[1-9]|1[0-2])$/;
export const monthField = z.string({ error: '请填写月份' }).regex(MONTH, '月份格式应为“年-月”，如 2026-11');

export const monthlyInput = z.object({ month: monthField.nullable().default(null) }).strict();

export interface FeeLine {
  itemCode: string | null;
  name: string;
  category: FeeCategory;
  insured: boolean;
  visitFee: boolean;
  quantity: number;
  unitPriceFen: number;
  amountFen: number;
}

export interface EncounterRow {
  id: number;
  residentId: number;
  residentName: string;
  bedLabel: string;
  kind: EncounterKind;
  date: string;
  time: string;
  doctorId: number;
  doctorName: string;
  complaint: string;
  diagnoses: { code: string | null; name: string }[];
  referral: { kind: ReferralKind; to: string; reason: string } | null;
  medicalFen: number;
  careFen: number;
  deletedAt: string | null;
}

export interface EncounterDetail extends EncounterRow {
  findings: string;
  orders: string;
  notes: string;
  fees: FeeLine[];
}

export const yuanText = (fen: number) => `${(fen / 100).toFixed(2)} 元`;

/** An encounter in the audit log: the resident and doctor by name, fees as lines in words. */
export const ENCOUNTER_AUDIT_FIELDS: AuditFields = {
  residentName: { label: '老人' },
  kind: named('类型', ENCOUNTER_KINDS),
  date: { label: '日期' },
  time: { label: '时间' },
  doctorName: { label: '医生' },
  complaint: { label: '主诉或巡诊所见' },
  findings: { label: '查体与检查' },
  diagnoses: {
    label: '诊断',
    show: (v) => (Array.isArray(v) ? (v as { code: string | null; name: string }[]).map((d) => (d.code ? `${d.name}（${d.code}）` : d.name)) : String(v)),
  },
  orders: { label: '处理与医嘱' },
  referral: {
    label: '转诊',
    show: (v) => {
      const r = v as { kind: ReferralKind; to: string; reason: string } | null;
      return r ? `${REFERRAL_KINDS[r.kind]}：${r.to}${r.reason ? `（${r.reason}）` : ''}` : '无';
    },
  },
  fees: {
    label: '收费',
    show: (v) =>
      Array.isArray(v)
        ? (v as FeeLine[]).map((f) => `${f.name} ×${f.quantity} ${yuanText(f.amountFen)}（${f.category === 'care' ? '生活照护' : f.insured ? '医疗·医保' : '医疗·自费'}）`)
        : String(v),
  },
  notes: { label: '备注' },
  deletedAt: { label: '删除时间', show: (v) => formatDateTime(String(v)) },
};
