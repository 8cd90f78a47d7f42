import { z, requiredText, optionalText, isoDate, entityId, intInRange } from '../shared/fields.ts';
import type { AuditFields } from '../audit/define.ts';

/** Expiry reminders, days ahead: 90 to plan use, 30 to act (issue #9). */
export const EXPIRY_REMIND_DAYS = [90, 30] as const;

const quantity = (label: string) => intInRange(label, 1, 1_000_000);

/** 入库: a batch of a drug as received. A drug is its name and specification; a new one is added with its first batch. */
export const receiveInput = z
  .object({
    drugCode: z.string().max(10).nullable().default(null),
    name: requiredText('药品名称', 40),
    spec: optionalText('规格', 30),
    unit: requiredText('单位', 6),
    batchNo: requiredText('批号', 30),
    expiresOn: isoDate('有效期至'),
    quantity: quantity('入库数量'),
    supplier: requiredText('供货单位', 60),
    receivedOn: isoDate('入库日期'),
    lowLevel: intInRange('低库存提醒数量', 0, 1_000_000).nullable().default(null),
  })
  .strict()
  .refine((v) => v.expiresOn > v.receivedOn, { message: '该批号在入库日已过期，过期药品不得入库', path: ['expiresOn'] });
export type ReceiveInput = z.output<typeof receiveInput>;

/** 发药: a quantity of a drug, taken from the batches that expire first (or from one batch named). */
export const dispenseInput = z
  .object({
    drugId: entityId('药品'),
    quantity: quantity('发药数量'),
    batchId: entityId('批号').nullable().default(null),
    residentId: entityId('老人').nullable().default(null),
    note: optionalText('备注', 100),
  })
  .strict();
export type DispenseInput = z.output<typeof dispenseInput>;

/** 报损: what is left of a batch (expired, damaged) taken out of stock, with the reason. */
export const writeOffInput = z
  .object({ batchId: entityId('批号'), quantity: quantity('报损数量').nullable().default(null), reason: requiredText('报损原因', 100) })
  .strict();

/** 盘点: each batch counted; the differences are recorded and the books set to the count. */
export const stockTakeInput = z
  .object({
    lines: z
      .array(z.object({ batchId: entityId('批号'), counted: intInRange('实盘数量', 0, 1_000_000) }).strict())
      .min(1, '请至少盘点一个批号')
      .max(5000),
    note: optionalText('备注', 200),
  })
  .strict()
  .refine((v) => new Set(v.lines.map((l) => l.batchId)).size === v.lines.length, { message: '同一批号填了两次', path: ['lines'] });

export const stockListInput = z
  .object({ q: optionalText('搜索内容', 40), alert: z.enum(['all', 'low', 'expiring', 'expired']).default('all') })
  .strict();

export const drugIdInput = z.object({ id: entityId('药品') }).strict();

/** 代配药 log: fetched for whom, what, from where, by whom and when. */
export const proxyFetchInput = z
  .object({
    residentId: entityId('老人'),
    drugs: requiredText('药品及数量', 200),
    source: requiredText('取药地点', 60),
    fetchedBy: requiredText('代取人', 20),
    fetchedOn: isoDate('代取日期'),
    handedTo: optionalText('交给', 20),
    notes: optionalText('备注', 200),
  })
  .strict();
export type ProxyFetchInput = z.output<typeof proxyFetchInput>;

export const proxyListInput = z.object({ from: isoDate('开始日期'), to: isoDate('结束日期') }).strict();

export const stockFilingInput = z.object({ withinDays: intInRange('天数', 0, 3650).nullable().default(null) }).strict();

export type ExpiryLevel = 'expired' | 'soon' | 'near' | 'ok';

export interface BatchRow {
  id: number;
  batchNo: string;
  expiresOn: string;
  daysLeft: number;
  level: ExpiryLevel;
  supplier: string;
  receivedOn: string;
  receivedQty: number;
  qty: number;
}

export interface DrugStock {
  id: number;
  drugCode: string | null;
  name: string;
  spec: string;
  unit: string;
  lowLevel: number;
  /** In stock and usable (not expired). */
  usable: number;
  expiredQty: number;
  low: boolean;
  /** The nearest expiry among batches in stock. */
  nextExpiry: string | null;
  level: ExpiryLevel;
  batches: BatchRow[];
}

export interface ProxyFetchRow {
  id: number;
  residentId: number;
  residentName: string;
  bedLabel: string;
  drugs: string;
  source: string;
  fetchedBy: string;
  fetchedOn: string;
  handedTo: string;
  notes: string;
}

export const LEVEL_TEXT: Record<ExpiryLevel, string> = { expired: '已过期', soon: '30 天内到期', near: '90 天内到期', ok: '' };

export function expiryLevel(daysLeft: number): ExpiryLevel {
  if (daysLeft < 0) return 'expired';
  if (daysLeft <= EXPIRY_REMIND_DAYS[1]) return 'soon';
  if (daysLeft <= EXPIRY_REMIND_DAYS[0]) return 'near';
  return 'ok';
}

const count = (v: unknown) => String(v);
/** A stock change in the audit log: which drug, which batches, how many. */
export const STOCK_AUDIT_FIELDS: AuditFields = {
  drug: { label: '药品' },
  batches: { label: '批号及数量', show: (v) => (Array.isArray(v) ? (v as string[]) : String(v)) },
  quantity: { label: '数量', show: count },
  resident: { label: '老人' },
  reason: { label: '原因' },
};
export const STOCK_TAKE_AUDIT_FIELDS: AuditFields = {
  counted: { label: '盘点批号数', show: count },
  differences: { label: '盘盈盘亏', show: (v) => (Array.isArray(v) ? (v as string[]) : String(v)) },
  note: { label: '备注' },
};
export const PROXY_AUDIT_FIELDS: AuditFields = {
  residentName: { label: '老人' },
  drugs: { label: '药品及数量' },
  source: { label: '取药地点' },
  fetchedBy: { label: '代取人' },
  fetchedOn: { label: '代取日期' },
  handedTo: { label: '交给' },
  notes: { label: '备注' },
};
