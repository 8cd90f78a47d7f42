import { z, requiredText, optionalText, isoDate, entityId, intInRange } from '../shared/fields.ts';
import { named, yesNo, type AuditFields } from '../audit/define.ts';
import catalogue from './drugCatalogue.json' with { type: 'json' };

/** A drug of the shipped catalogue (common in homes): its generic name and class are what allergies are held to. */
export interface CatalogueDrug {
  code: string;
  name: string;
  generic: string;
  class: string;
  spec: string;
  unit: string;
  route: string;
}
export const DRUG_CATALOGUE: readonly CatalogueDrug[] = catalogue.drugs;
export const DRUG_CATALOGUE_NOTE: string = catalogue.note;
const BY_CODE = new Map(DRUG_CATALOGUE.map((d) => [d.code, d]));
export const catalogueDrug = (code: string | null): CatalogueDrug | undefined => (code === null ? undefined : BY_CODE.get(code));

export const ROUTES = ['口服', '舌下含服', '皮下注射', '肌肉注射', '静脉注射', '静脉滴注', '吸入', '外用', '鼻饲', '滴眼', '其他'] as const;

/** How often, and when a dose falls due by default (the home's usual rounds); the times can be changed per order. */
export const FREQUENCIES = {
  qd: { label: '每日一次', times: ['08:00'] },
  bid: { label: '每日两次', times: ['08:00', '17:00'] },
  tid: { label: '每日三次', times: ['08:00', '12:00', '17:00'] },
  qid: { label: '每日四次', times: ['08:00', '12:00', '17:00', '21:00'] },
  qn: { label: '每晚一次', times: ['21:00'] },
  once: { label: '临时一次', times: ['09:00'] },
} as const;
export type Frequency = keyof typeof FREQUENCIES;

const HHMM = /^([01]\d|2[0-3]):[0-5]\d$/;
const hhmm = (label: string) => z.string({ error: `请填写${label}` }).regex(HHMM, `${label}格式应为“时:分”，如 08:00`);

/**
 * Nursing shifts, each a window of due times: 白班 07:00–15:00, 小夜班 15:00–23:00, 大夜班 23:00 to 07:00 the next
 * morning (a night's doses after midnight belong to the shift that started the evening before).
 */
export const SHIFTS = {
  day: { label: '白班', from: '07:00', to: '15:00' },
  evening: { label: '小夜班', from: '15:00', to: '23:00' },
  night: { label: '大夜班', from: '23:00', to: '07:00' },
} as const;
export type Shift = keyof typeof SHIFTS;
export const shiftField = z.enum(['day', 'evening', 'night'], { error: '请选择班次' });

/** A dose given more than an hour after it was due is late (the usual one-hour window either side of the due time). */
export const LATE_AFTER_MINUTES = 60;

export const ADMIN_STATUS = { given: '已给', refused: '拒服', held: '暂停', missed: '漏给' } as const;
export type AdminStatus = keyof typeof ADMIN_STATUS;

export const ORDER_SOURCES = { clinic: '本院医嘱', external: '外院处方转抄' } as const;

/** 医嘱 from a prescription: 长期 (runs until stopped) or 临时 (once). Who writes it is checked in the service. */
export const orderInput = z
  .object({
    residentId: entityId('老人'),
    encounterId: entityId('诊疗记录').nullable().default(null),
    source: z.enum(['clinic', 'external'], { error: '请选择医嘱来源' }).default('clinic'),
    prescriber: optionalText('开方医生', 30),
    drugCode: z.string().max(10).nullable().default(null),
    drugName: requiredText('药品名称', 40),
    spec: optionalText('规格', 30),
    dose: requiredText('每次剂量', 20),
    route: z.enum(ROUTES, { error: '请选择给药途径' }),
    frequency: z.enum(['qd', 'bid', 'tid', 'qid', 'qn', 'once'], { error: '请选择频次' }),
    times: z.array(hhmm('给药时间')).min(1, '请至少填写一个给药时间').max(6, '给药时间最多 6 个'),
    longTerm: z.boolean(),
    startDate: isoDate('开始日期'),
    startTime: hhmm('开始时间'),
    stopDate: isoDate('停止日期').nullable().default(null),
    notes: optionalText('备注', 200),
  })
  .strict()
  .refine((v) => v.drugCode === null || BY_CODE.has(v.drugCode), { message: '不认识的药品，请从目录中选择或直接输入名称', path: ['drugCode'] })
  .refine((v) => new Set(v.times).size === v.times.length, { message: '给药时间不能重复', path: ['times'] })
  .refine((v) => v.longTerm || v.frequency === 'once', { message: '临时医嘱的频次为“临时一次”', path: ['frequency'] })
  .refine((v) => v.frequency !== 'once' || v.times.length === 1, { message: '临时一次只填一个给药时间', path: ['times'] })
  // A 临时 order's one dose falls due on its start date at its time, so that time cannot be before the start.
  .refine((v) => v.frequency !== 'once' || v.times[0]! >= v.startTime, { message: '临时医嘱的给药时间不能早于开始时间', path: ['times'] })
  .refine((v) => v.stopDate === null || v.stopDate >= v.startDate, { message: '停止日期不能早于开始日期', path: ['stopDate'] })
  .refine((v) => v.source === 'clinic' || v.prescriber !== '', { message: '转抄外院处方请填写开方医生和医院', path: ['prescriber'] });
export type OrderInput = z.output<typeof orderInput>;

export const stopOrderInput = z
  .object({ id: entityId('医嘱'), date: isoDate('停止日期'), time: hhmm('停止时间'), reason: requiredText('停止原因', 100) })
  .strict();

export const ordersListInput = z
  .object({
    residentId: entityId('老人').nullable().default(null),
    floor: intInRange('楼层', -3, 99).nullable().default(null),
    status: z.enum(['active', 'stopped', 'all']).default('active'),
    q: optionalText('搜索内容', 40),
  })
  .strict();

export const dueListInput = z.object({ floor: intInRange('楼层', -3, 99), date: isoDate('日期'), shift: shiftField }).strict();

/** One dose as the nurse marks it in the shift's list. */
export const doseInput = z
  .object({
    orderId: entityId('医嘱'),
    dueDate: isoDate('应给日期'),
    dueTime: hhmm('应给时间'),
    status: z.enum(['given', 'refused', 'held', 'missed'], { error: '请选择给药情况' }),
    givenTime: hhmm('实际给药时间').nullable().default(null),
    reason: optionalText('原因', 100),
  })
  .strict();
export type DoseInput = z.output<typeof doseInput>;

/** A whole floor's shift in one save: all rows or none. */
export const recordShiftInput = z
  .object({ floor: intInRange('楼层', -3, 99), date: isoDate('日期'), shift: shiftField, rows: z.array(doseInput).min(1, '没有要保存的给药记录').max(5000) })
  .strict();
export type RecordShiftInput = z.output<typeof recordShiftInput>;

export const exceptionsInput = z
  .object({ date: isoDate('日期'), shift: shiftField, floor: intInRange('楼层', -3, 99).nullable().default(null) })
  .strict();

export const marInput = z
  .object({
    residentId: entityId('老人'),
    month: z
      .string({ error: '请填写月份' })
      .regex(/^\d{4}-(0[1-9]|1[0-2])$/, '月份格式应为“年-月”，如 2026-11')
      .nullable()
      .default(null),
  })
  .strict();

export interface OrderRow {
  id: number;
  residentId: number;
  residentName: string;
  bedLabel: string;
  floor: number;
  encounterId: number | null;
  source: keyof typeof ORDER_SOURCES;
  prescriber: string;
  drugCode: string | null;
  drugName: string;
  genericName: string;
  drugClass: string;
  spec: string;
  dose: string;
  route: string;
  frequency: Frequency;
  times: string[];
  longTerm: boolean;
  startAt: string;
  stopAt: string | null;
  stoppedBy: string | null;
  stopReason: string | null;
  notes: string;
}

/** A dose due in a shift, with what was recorded for it (status null: nothing yet). */
export interface DueDose {
  orderId: number;
  drugName: string;
  spec: string;
  dose: string;
  route: string;
  longTerm: boolean;
  dueDate: string;
  dueTime: string;
  status: AdminStatus | null;
  givenTime: string | null;
  reason: string | null;
  recordedBy: string | null;
}

export interface DueResident {
  residentId: number;
  name: string;
  bedLabel: string;
  allergies: string[];
  doses: DueDose[];
}

/** A dose on the report between shifts, and why it is there. */
export const EXCEPTION_KINDS = { missed: '漏给', refused: '拒服', held: '暂停', late: '迟给', unrecorded: '未记录' } as const;
export type ExceptionKind = keyof typeof EXCEPTION_KINDS;

export interface DoseException {
  floor: number;
  bedLabel: string;
  residentName: string;
  drugName: string;
  dose: string;
  route: string;
  dueDate: string;
  dueTime: string;
  kind: ExceptionKind;
  givenTime: string | null;
  minutesLate: number | null;
  reason: string | null;
  recordedBy: string | null;
}

/** An order in the audit log. */
export const ORDER_AUDIT_FIELDS: AuditFields = {
  residentName: { label: '老人' },
  source: named('来源', ORDER_SOURCES),
  prescriber: { label: '开方医生' },
  drugName: { label: '药品' },
  spec: { label: '规格' },
  dose: { label: '每次剂量' },
  route: { label: '途径' },
  frequency: { label: '频次', show: (v) => FREQUENCIES[v as Frequency]?.label ?? String(v) },
  times: { label: '给药时间', show: (v) => (Array.isArray(v) ? v.join('、') : String(v)) },
  longTerm: yesNo('类型', '长期医嘱', '临时医嘱'),
  startAt: { label: '开始' },
  stopAt: { label: '停止' },
  stopReason: { label: '停止原因' },
  notes: { label: '备注' },
};

/** A shift's record in the audit log: counts, and the doses not given, one line each. */
export const ROUND_AUDIT_FIELDS: AuditFields = {
  given: { label: '已给', show: (v) => `${String(v)} 次` },
  refused: { label: '拒服', show: (v) => `${String(v)} 次` },
  held: { label: '暂停', show: (v) => `${String(v)} 次` },
  missed: { label: '漏给', show: (v) => `${String(v)} 次` },
  late: { label: '迟给', show: (v) => `${String(v)} 次` },
  exceptions: { label: '未给药及迟给', show: (v) => (Array.isArray(v) ? (v as string[]) : String(v)) },
};
