import { z, requiredText, optionalText, isoDate, entityId, intInRange } from '../shared/fields.ts';
import { normalizeCode } from '../shared/idcard.ts';
import { formatDateTime } from '../shared/dates.ts';
import { named, yesNo, type AuditFields } from '../audit/define.ts';
import { personName } from '../residents/schema.ts';
import { CLINIC_SUBJECTS, CLINIC_TYPES, ROOM_KINDS, type ClinicType, type RoomKind } from '../policy/schema.ts';

export { CLINIC_SUBJECTS, CLINIC_TYPES, ROOM_KINDS, type ClinicType, type RoomKind };

/** 备案凭证 for the types under 备案 management (004 第1条), a 执业许可证 otherwise. */
export const FILING_KINDS = ['备案凭证', '执业许可证'] as const;

/**
 * 医务室信息: the in-house clinic (内设医疗机构) as the 卫健 inspector sees it. `type: null` records that the home
 * has none; `nearMedicalInstitution` names the medical institution next door where a region exempts such homes
 * (004 第1条 “与医疗机构邻近的除外”).
 */
export const clinicProfileInput = z
  .object({
    type: z.enum(CLINIC_TYPES, { error: '请选择医疗机构类型' }).nullable(),
    name: optionalText('医疗机构名称', 60),
    filingKind: z.enum(FILING_KINDS, { error: '请选择证照类型' }).default('备案凭证'),
    filingNo: optionalText('备案凭证或执业许可证编号', 50),
    filingDate: isoDate('备案或发证日期').nullable().default(null),
    openedOn: isoDate('正式运营日期').nullable().default(null),
    subjects: z.array(z.enum(CLINIC_SUBJECTS, { error: '请从列表中选择诊疗科目' })).max(CLINIC_SUBJECTS.length).default([]),
    medicalAlliance: optionalText('所属医联体', 60),
    nearMedicalInstitution: optionalText('邻近的医疗机构', 60),
    areasSeparated: z.boolean().default(false),
    separationNote: optionalText('分区说明', 200),
  })
  .strict()
  .refine((v) => v.type === null || v.name !== '', { message: '请填写医疗机构名称', path: ['name'] })
  .refine((v) => v.openedOn === null || v.filingDate === null || v.openedOn >= v.filingDate, {
    message: '正式运营日期不能早于备案或发证日期',
    path: ['openedOn'],
  });
export type ClinicProfileInput = z.output<typeof clinicProfileInput>;

export interface ClinicProfile extends ClinicProfileInput {
  updatedAt: string;
}

/** Area in m², to one decimal as a tape measure reads it. */
const areaM2 = z
  .number({ error: (i) => (i.input === undefined || i.input === null ? '请填写面积' : '面积应为数字') })
  .positive('面积应大于 0')
  .max(2000, '面积不能大于 2000 平方米')
  .transform((v) => Math.round(v * 10) / 10);

export const roomInput = z
  .object({
    id: entityId('房间').nullable().default(null),
    kind: z.enum(Object.keys(ROOM_KINDS) as [RoomKind, ...RoomKind[]], { error: '请选择房间用途' }),
    name: requiredText('房间名称或门牌', 30),
    areaM2,
    notes: optionalText('备注', 200),
  })
  .strict();
export type RoomInput = z.output<typeof roomInput>;

export interface ClinicRoom {
  id: number;
  kind: RoomKind;
  name: string;
  areaM2: number;
  notes: string;
  removedAt: string | null;
  removedReason: string | null;
}

export const AGREEMENT_KINDS = { imaging: '医学影像', lab: '医学检验' } as const;
export type AgreementKind = keyof typeof AGREEMENT_KINDS;

/** A service agreement with a qualified imaging or lab provider: the basis for those subjects (004 第3条). */
export const agreementInput = z
  .object({
    id: entityId('协议').nullable().default(null),
    kind: z.enum(['imaging', 'lab'], { error: '请选择协议类型' }),
    partner: requiredText('合作机构名称', 60),
    partnerLicenceNo: optionalText('合作机构执业许可证号', 50),
    signedOn: isoDate('签订日期'),
    startsOn: isoDate('起始日期'),
    endsOn: isoDate('截止日期'),
    notes: optionalText('备注', 200),
  })
  .strict()
  .refine((v) => v.endsOn >= v.startsOn, { message: '截止日期不能早于起始日期', path: ['endsOn'] });
export type AgreementInput = z.output<typeof agreementInput>;

export interface ClinicAgreement extends Omit<AgreementInput, 'id'> {
  id: number;
  removedAt: string | null;
  removedReason: string | null;
}

export const removeInput = z.object({ id: entityId('记录'), reason: requiredText('删除原因', 200) }).strict();
export const idInput = z.object({ id: entityId('记录') }).strict();

// ——— staff and licences ———

export const PROFESSIONS = { physician: '执业医师', nurse: '注册护士', pharmacist: '药师', therapist: '康复治疗人员' } as const;
export type Profession = keyof typeof PROFESSIONS;
export const PRACTICE_SITES = { primary: '主执业点', multi: '多点执业' } as const;
export type PracticeSite = keyof typeof PRACTICE_SITES;

/**
 * Reminders before a licence expires, in days (issue #9: 60 and 30). A choice of the app, not a rule of any
 * document, so it is a constant and not region data.
 */
export const LICENCE_REMIND_DAYS = [60, 30] as const;

/** 执业证书编号 as typed or pasted: full-width digits and spaces are tidied before it is checked. */
const licenceNo = z
  .string({ error: (i) => (i.input === undefined ? '请填写执业证书编号' : '执业证书编号应为文字') })
  .max(40, '执业证书编号不能超过 30 位')
  .transform((v) => normalizeCode(v))
  .pipe(z.string().min(1, '请填写执业证书编号').regex(/^[A-Z0-9-]{4,30}$/, '执业证书编号应为 4–30 位数字或字母'));

export const staffInput = z
  .object({
    id: entityId('人员').nullable().default(null),
    name: personName('姓名'),
    profession: z.enum(Object.keys(PROFESSIONS) as [Profession, ...Profession[]], { error: '请选择人员类别' }),
    userId: entityId('登录账号').nullable().default(null),
    licenceNo,
    category: optionalText('执业类别', 20),
    scope: optionalText('执业范围', 40),
    title: optionalText('职称', 20),
    practiceSite: z.enum(['primary', 'multi'], { error: '请选择主执业点或多点执业' }),
    primarySiteName: optionalText('主执业机构', 60),
    registeredOn: isoDate('首次执业注册日期'),
    issuedOn: isoDate('发证日期'),
    expiresOn: isoDate('有效期至').nullable().default(null),
    joinedOn: isoDate('到岗日期'),
    notes: optionalText('备注', 200),
  })
  .strict()
  .refine((v) => v.expiresOn === null || v.expiresOn > v.issuedOn, {
    message: '有效期至不能早于或等于发证日期，请核对证书',
    path: ['expiresOn'],
  })
  .refine((v) => v.registeredOn <= v.issuedOn, { message: '首次执业注册日期不能晚于发证日期', path: ['registeredOn'] })
  .refine((v) => v.practiceSite === 'primary' || v.primarySiteName !== '', {
    message: '多点执业的人员请填写其主执业机构',
    path: ['primarySiteName'],
  });
export type StaffInput = z.output<typeof staffInput>;

export const staffLeaveInput = z.object({ id: entityId('人员'), date: isoDate('离职日期') }).strict();

export const STAFF_STATUSES = ['active', 'left', 'deleted', 'all'] as const;
export const staffListInput = z
  .object({
    q: optionalText('搜索内容', 40),
    profession: z.enum(Object.keys(PROFESSIONS) as [Profession, ...Profession[]]).nullable().default(null),
    status: z.enum(STAFF_STATUSES).default('active'),
    sort: z.enum(['name', 'expiresOn', 'profession']).default('profession'),
  })
  .strict();
export type StaffListInput = z.output<typeof staffListInput>;

export interface StaffRow {
  id: number;
  name: string;
  profession: Profession;
  userId: number | null;
  userName: string | null;
  licenceNo: string;
  category: string;
  scope: string;
  title: string;
  practiceSite: PracticeSite;
  primarySiteName: string;
  registeredOn: string;
  issuedOn: string;
  expiresOn: string | null;
  joinedOn: string;
  leftOn: string | null;
  notes: string;
  deletedAt: string | null;
  /** Whole years since the first registration. */
  yearsOfPractice: number;
  /** Days until the licence expires (negative once expired); null when it does not expire. */
  daysLeft: number | null;
}

/** How a licence stands on a day: the words and the colour every screen and print uses. */
export function licenceState(daysLeft: number | null): { level: 'expired' | 'soon' | 'near' | 'ok'; text: string } {
  if (daysLeft === null) return { level: 'ok', text: '长期有效' };
  if (daysLeft < 0) return { level: 'expired', text: `已过期 ${-daysLeft} 天` };
  if (daysLeft <= LICENCE_REMIND_DAYS[1]) return { level: 'soon', text: daysLeft === 0 ? '今天到期' : `${daysLeft} 天后到期` };
  if (daysLeft <= LICENCE_REMIND_DAYS[0]) return { level: 'near', text: `${daysLeft} 天后到期` };
  return { level: 'ok', text: '有效' };
}

export const licencesFilingInput = z
  .object({ status: z.enum(['active', 'all']).default('active'), withinDays: intInRange('到期天数', 1, 3650).nullable().default(null) })
  .strict();

// ——— how these records read in the audit log ———

const show = (label: string) => ({ label });
const area = (v: unknown) => `${String(v)} 平方米`;

export const CLINIC_AUDIT_FIELDS: AuditFields = {
  type: { label: '医疗机构类型', show: (v) => (v === null ? '未内设' : String(v)) },
  name: show('医疗机构名称'),
  filingKind: show('证照类型'),
  filingNo: show('证照编号'),
  filingDate: show('备案或发证日期'),
  openedOn: show('正式运营日期'),
  subjects: { label: '诊疗科目', show: (v) => (Array.isArray(v) ? v.join('、') || '无' : String(v)) },
  medicalAlliance: show('所属医联体'),
  nearMedicalInstitution: show('邻近的医疗机构'),
  areasSeparated: yesNo('医疗区与生活区分区', '已分区', '未分区'),
  separationNote: show('分区说明'),
};

export const ROOM_AUDIT_FIELDS: AuditFields = {
  kind: named('用途', ROOM_KINDS),
  name: show('房间'),
  areaM2: { label: '面积', show: area },
  notes: show('备注'),
  removedAt: { label: '删除时间', show: (v) => formatDateTime(String(v)) },
  removedReason: show('删除原因'),
};

export const AGREEMENT_AUDIT_FIELDS: AuditFields = {
  kind: named('协议类型', AGREEMENT_KINDS),
  partner: show('合作机构'),
  partnerLicenceNo: show('合作机构执业许可证号'),
  signedOn: show('签订日期'),
  startsOn: show('起始日期'),
  endsOn: show('截止日期'),
  notes: show('备注'),
  removedAt: { label: '删除时间', show: (v) => formatDateTime(String(v)) },
  removedReason: show('删除原因'),
};

export const STAFF_AUDIT_FIELDS: AuditFields = {
  name: show('姓名'),
  profession: named('人员类别', PROFESSIONS),
  userName: show('登录账号'),
  licenceNo: show('执业证书编号'),
  category: show('执业类别'),
  scope: show('执业范围'),
  title: show('职称'),
  practiceSite: named('执业地点', PRACTICE_SITES),
  primarySiteName: show('主执业机构'),
  registeredOn: show('首次执业注册日期'),
  issuedOn: show('发证日期'),
  expiresOn: { label: '有效期至', show: (v) => (v === null ? '长期' : String(v)) },
  joinedOn: show('到岗日期'),
  leftOn: show('离职日期'),
  notes: show('备注'),
  deletedAt: { label: '删除时间', show: (v) => formatDateTime(String(v)) },
};
