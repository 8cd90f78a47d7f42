import { z, requiredText, optionalText, isoDate, entityId } from '../shared/fields.ts';
import { named, type AuditFields } from '../audit/define.ts';

/** 医疗废物分类目录 (国卫医函〔2021〕238号): the five kinds. */
export const WASTE_KINDS = { infectious: '感染性', sharps: '损伤性', pathological: '病理性', pharmaceutical: '药物性', chemical: '化学性' } as const;
export type WasteKind = keyof typeof WASTE_KINDS;

export const ISOLATION = { none: '无需隔离', contact: '接触隔离', droplet: '飞沫隔离', airborne: '空气隔离' } as const;

const monthField = z.string({ error: '请填写月份' }).regex(/^\d{4}-(0[1-9]|1[0-2])$/, '月份格式应为“年-月”，如 2026-11');
export const monthInput = z.object({ month: monthField }).strict();

export const disinfectionInput = z
  .object({
    date: isoDate('消毒日期'),
    area: requiredText('消毒区域', 40),
    method: requiredText('消毒方式', 40),
    agent: optionalText('消毒剂及浓度', 40),
    byName: requiredText('执行人', 20),
    notes: optionalText('备注', 100),
  })
  .strict();

export const caseInput = z
  .object({
    id: entityId('病例').nullable().default(null),
    residentId: entityId('老人'),
    onsetOn: isoDate('发病日期'),
    infection: requiredText('感染诊断/部位', 40),
    pathogen: optionalText('病原体', 40),
    isolation: z.enum(['none', 'contact', 'droplet', 'airborne'], { error: '请选择隔离方式' }),
    isolatedFrom: isoDate('隔离开始').nullable().default(null),
    isolatedTo: isoDate('隔离结束').nullable().default(null),
    reportedTo: optionalText('报告', 60),
    notes: optionalText('备注', 200),
  })
  .strict()
  .refine((v) => v.isolation === 'none' || v.isolatedFrom !== null, { message: '请填写隔离开始日期', path: ['isolatedFrom'] })
  .refine((v) => v.isolatedFrom === null || v.isolatedFrom >= v.onsetOn, { message: '隔离开始不能早于发病日期', path: ['isolatedFrom'] })
  .refine((v) => v.isolatedTo === null || (v.isolatedFrom !== null && v.isolatedTo >= v.isolatedFrom), { message: '隔离结束不能早于隔离开始', path: ['isolatedTo'] });
export type CaseInput = z.output<typeof caseInput>;

export const closeCaseInput = z.object({ id: entityId('病例'), closedOn: isoDate('结案日期'), outcome: requiredText('转归', 60) }).strict();

const grams = z.number({ error: '请填写重量（千克）' }).positive('重量须大于 0').max(10_000, '重量不能超过 10000 千克');
export const wasteInput = z
  .object({
    producedOn: isoDate('产生日期'),
    kind: z.enum(['infectious', 'sharps', 'pathological', 'pharmaceutical', 'chemical'], { error: '请选择废物类别' }),
    weightKg: grams,
    packages: z.number({ error: '请填写包数' }).int('包数应为整数').min(1, '包数至少为 1').max(1000, '包数不能超过 1000'),
    packedBy: requiredText('收集人', 20),
    notes: optionalText('备注', 100),
  })
  .strict();
export type WasteInput = z.output<typeof wasteInput>;

/** 交接: one or more stored batches handed to the disposal company against its 转移联单, both sides signing. */
export const handOverInput = z
  .object({
    ids: z.array(entityId('医疗废物')).min(1, '请选择要交接的医疗废物').max(500),
    handedOverOn: isoDate('交接日期'),
    receiver: requiredText('处置单位', 60),
    manifestNo: requiredText('转移联单号', 40),
    handedBy: requiredText('移交人签名', 20),
    receivedBy: requiredText('接收人签名', 20),
  })
  .strict();

export interface DisinfectionRow {
  id: number;
  date: string;
  area: string;
  method: string;
  agent: string;
  byName: string;
  notes: string;
}

export interface CaseRow {
  id: number;
  residentId: number;
  residentName: string;
  bedLabel: string;
  onsetOn: string;
  infection: string;
  pathogen: string;
  isolation: keyof typeof ISOLATION;
  isolatedFrom: string | null;
  isolatedTo: string | null;
  reportedTo: string;
  closedOn: string | null;
  outcome: string;
  notes: string;
}

export interface WasteRow {
  id: number;
  producedOn: string;
  kind: WasteKind;
  weightG: number;
  packages: number;
  packedBy: string;
  handedOverOn: string | null;
  receiver: string;
  manifestNo: string;
  handedBy: string;
  receivedBy: string;
  /** Days stored: until the handover, or until today while still stored. */
  days: number;
  notes: string;
}

export const DISINFECTION_AUDIT_FIELDS: AuditFields = {
  date: { label: '日期' },
  area: { label: '区域' },
  method: { label: '方式' },
  agent: { label: '消毒剂' },
  byName: { label: '执行人' },
  notes: { label: '备注' },
};
export const CASE_AUDIT_FIELDS: AuditFields = {
  residentName: { label: '老人' },
  onsetOn: { label: '发病日期' },
  infection: { label: '感染诊断/部位' },
  pathogen: { label: '病原体' },
  isolation: named('隔离', ISOLATION),
  isolatedFrom: { label: '隔离开始' },
  isolatedTo: { label: '隔离结束' },
  reportedTo: { label: '报告' },
  closedOn: { label: '结案日期' },
  outcome: { label: '转归' },
  notes: { label: '备注' },
};
export const WASTE_AUDIT_FIELDS: AuditFields = {
  producedOn: { label: '产生日期' },
  kind: named('类别', WASTE_KINDS),
  weightG: { label: '重量', show: (v) => `${(Number(v) / 1000).toFixed(2)} 千克` },
  packages: { label: '包数' },
  packedBy: { label: '收集人' },
  handedOverOn: { label: '交接日期' },
  receiver: { label: '处置单位' },
  manifestNo: { label: '转移联单号' },
  handedBy: { label: '移交人' },
  receivedBy: { label: '接收人' },
};
