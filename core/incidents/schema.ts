import { z, requiredText, optionalText, isoDate, entityId, intInRange, localDateTime } from '../shared/fields.ts';
import { showLocalMinute } from '../shared/dates.ts';
import { named, type AuditFields } from '../audit/define.ts';

/**
 * The kinds of incident a home records: the nine hazards GB 38600-2019 asks it to guard against (九防: 噎食、
 * 食品药品误食、压疮、烫伤、坠床、跌倒、走失、他伤和自伤、文体活动意外), split where the ability assessment counts
 * them apart (自伤 / 他伤), plus medication errors and anything else.
 */
export const INCIDENT_KINDS = {
  fall: '跌倒',
  bed_fall: '坠床',
  choking: '噎食',
  wrong_intake: '食品药品误食',
  pressure_injury: '压疮（压力性损伤）',
  scald: '烫伤',
  wandering: '走失',
  self_harm: '自杀、自伤',
  harmed_by_others: '他伤',
  activity: '文体活动意外',
  medication_error: '用药差错',
  other: '其他',
} as const;
export type IncidentKind = keyof typeof INCIDENT_KINDS;

/**
 * GB/T 42195-2022 A.2.14 近30天内照护风险事件 counts five types: 跌倒, 走失, 噎食, 自杀/自伤, 其他. Each kind
 * recorded here falls under one of them (a fall from bed is a fall; everything not named is 其他).
 */
export const CARE_RISK_TYPES = { fall: '跌倒', wandering: '走失', choking: '噎食', selfHarm: '自杀、自伤', other: '其他' } as const;
export type CareRiskType = keyof typeof CARE_RISK_TYPES;

export const CARE_RISK_TYPE_OF: Record<IncidentKind, CareRiskType> = {
  fall: 'fall',
  bed_fall: 'fall',
  choking: 'choking',
  wrong_intake: 'other',
  pressure_injury: 'other',
  scald: 'other',
  wandering: 'wandering',
  self_harm: 'selfHarm',
  harmed_by_others: 'other',
  activity: 'other',
  medication_error: 'other',
  other: 'other',
};

export const INJURIES = { none: '无伤', minor: '轻微', moderate: '需治疗', serious: '严重（送医）', death: '死亡' } as const;
export type Injury = keyof typeof INJURIES;

const kindField = z.enum(Object.keys(INCIDENT_KINDS) as [IncidentKind, ...IncidentKind[]], { error: '请选择事件类别' });
const injuryField = z.enum(Object.keys(INJURIES) as [Injury, ...Injury[]], { error: '请选择伤情' });

const incidentFields = {
  residentId: entityId('老人'),
  kind: kindField,
  occurredAt: localDateTime('发生时间'),
  place: requiredText('地点', 60),
  witnesses: optionalText('目击者', 100),
  description: requiredText('经过', 1000),
  injury: injuryField,
  actions: requiredText('当即处置', 1000),
  familyNotifiedAt: localDateTime('通知家属时间').nullable().default(null),
  familyNotifiedWhom: optionalText('通知了谁', 60),
  followUp: optionalText('随访与改进措施', 1000),
  /** Needed only when the resident had already left when this is recorded (a late entry). */
  lateReason: optionalText('补记原因', 200),
};

const notifiedWithWhom = <T extends { familyNotifiedAt: string | null; familyNotifiedWhom: string }>(v: T) =>
  v.familyNotifiedAt === null || v.familyNotifiedWhom !== '';

/** 登记意外事件. */
export const reportIncidentInput = z
  .object(incidentFields)
  .strict()
  .refine(notifiedWithWhom, { message: '已通知家属时，请写明通知了谁（如 儿子 张伟）', path: ['familyNotifiedWhom'] });
export type ReportIncidentInput = z.output<typeof reportIncidentInput>;

export const updateIncidentInput = z
  .object({ id: entityId('事件'), ...incidentFields })
  .strict()
  .refine(notifiedWithWhom, { message: '已通知家属时，请写明通知了谁（如 儿子 张伟）', path: ['familyNotifiedWhom'] });
export type UpdateIncidentInput = z.output<typeof updateIncidentInput>;

/** 记录已通知家属: when, and whom. */
export const notifyFamilyInput = z
  .object({ id: entityId('事件'), familyNotifiedAt: localDateTime('通知家属时间'), familyNotifiedWhom: requiredText('通知了谁', 60) })
  .strict();

/** 结束随访: the day the follow-up ended and what was done. */
export const closeFollowUpInput = z
  .object({ id: entityId('事件'), closedOn: isoDate('随访结束日期'), followUp: requiredText('随访与改进措施', 1000) })
  .strict();

export const incidentIdInput = z.object({ id: entityId('事件') }).strict();
export const removeIncidentInput = z.object({ id: entityId('事件'), reason: requiredText('删除原因', 200) }).strict();

/** What the list shows; `open` narrows to what still needs doing. */
export const incidentListInput = z
  .object({
    q: optionalText('搜索内容', 40),
    residentId: entityId('老人').nullable().default(null),
    kind: kindField.nullable().default(null),
    from: isoDate('开始日期').nullable().default(null),
    to: isoDate('结束日期').nullable().default(null),
    open: z.enum(['familyNotNotified', 'followUpOpen']).nullable().default(null),
    deleted: z.boolean().default(false),
    /** Newest first; the next page starts before this incident (its id). */
    before: entityId('起始记录').nullable().default(null),
    limit: intInRange('每页行数', 1, 200).default(50),
  })
  .strict()
  .refine((v) => v.from === null || v.to === null || v.from <= v.to, { message: '开始日期不能晚于结束日期', path: ['to'] });
export type IncidentListInput = z.output<typeof incidentListInput>;

export interface IncidentRow {
  id: number;
  residentId: number;
  residentName: string;
  bedLabel: string;
  kind: IncidentKind;
  occurredAt: string;
  place: string;
  witnesses: string;
  description: string;
  injury: Injury;
  actions: string;
  familyNotifiedAt: string | null;
  familyNotifiedWhom: string;
  followUp: string;
  followUpClosedOn: string | null;
  lateReason: string;
  reportedByName: string;
  deletedAt: string | null;
  deletedReason: string | null;
}

const time = (v: unknown) => showLocalMinute(String(v));

/** An incident in the audit log, in the words of the register. */
export const INCIDENT_AUDIT_FIELDS: AuditFields = {
  residentName: { label: '老人' },
  kind: named('类别', INCIDENT_KINDS),
  occurredAt: { label: '发生时间', show: time },
  place: { label: '地点' },
  witnesses: { label: '目击者' },
  description: { label: '经过' },
  injury: named('伤情', INJURIES),
  actions: { label: '当即处置' },
  familyNotifiedAt: { label: '通知家属时间', show: time },
  familyNotifiedWhom: { label: '通知了谁' },
  followUp: { label: '随访与改进措施' },
  followUpClosedOn: { label: '随访结束日期' },
  lateReason: { label: '补记原因' },
  deletedReason: { label: '删除原因' },
};
