import { z, requiredText, optionalText, isoDate, entityId, intInRange } from '../shared/fields.ts';
import { named, type AuditFields } from '../audit/define.ts';

/** 长期护理失能等级 of 医保办发〔2021〕37号 (长期护理失能等级评估标准（试行）). */
export const LTC_LEVELS = ['0级 基本正常', '1级 轻度失能', '2级 中度失能', '3级 重度失能Ⅰ级', '4级 重度失能Ⅱ级', '5级 重度失能Ⅲ级'] as const;
export const ltcLevelLabel = (level: number) => LTC_LEVELS[level] ?? `${level}级`;

export const APPLICATION_KINDS = { medical: '医保定点（内设医疗机构）', ltc: '长护险定点护理服务机构' } as const;
export type ApplicationKind = keyof typeof APPLICATION_KINDS;

export const APPLICATION_STATUS = {
  draft: '草稿',
  ready: '材料齐全',
  evaluating: '已受理，评估中',
  passed: '评估合格，待签协议',
  failed: '评估不合格',
  signed: '已签协议（定点）',
  suspended: '协议中止',
  ended: '已退出',
} as const;
export type ApplicationStatus = keyof typeof APPLICATION_STATUS;

/** 第十二条: what bars an application, and for how long (the years are the profile's designationBars). */
export const BAR_KINDS = {
  fraud: '以弄虚作假等方式申请定点',
  illegal_termination: '因违法违规被解除医保协议',
  breach_termination: '因严重违反协议约定被解除医保协议',
  principal_termination: '法定代表人、主要负责人或实际控制人曾造成协议解除',
  dishonest: '被列入失信人名单',
} as const;
export type BarKind = keyof typeof BAR_KINDS;

const applicationKind = z.enum(['medical', 'ltc'], { error: '请选择申请类别' });
const barKind = z.enum(Object.keys(BAR_KINDS) as [BarKind, ...BarKind[]], { error: '请选择情形' });

/** 定点准备: the named 医保 people, the information-system declaration and the billing separation. */
export const saveSetupInput = z
  .object({
    insurancePrincipal: optionalText('医保负责人', 30),
    insuranceAdministrator: optionalText('医保管理员', 60),
    insuranceDepartment: z.boolean().default(false),
    infoVendor: optionalText('信息系统供应商与接口', 100),
    infoDeclaredOn: isoDate('信息系统声明日期').nullable().default(null),
    infoDirectSettlement: z.boolean().default(false),
    infoNationalCodes: z.boolean().default(false),
    billingSeparated: z.boolean().default(false),
    billingNote: optionalText('分开收费说明', 200),
  })
  .strict();
export type SaveSetupInput = z.output<typeof saveSetupInput>;

export const ruleDocumentInput = z
  .object({ title: requiredText('制度名称', 60), version: requiredText('版本', 20), adoptedOn: isoDate('印发日期') })
  .strict();
export const ruleDocumentUpdateInput = z.object({ id: entityId('制度'), title: requiredText('制度名称', 60), version: requiredText('版本', 20), adoptedOn: isoDate('印发日期') }).strict();

export const barInput = z
  .object({ kind: barKind, occurredOn: isoDate('发生日期'), endedOn: isoDate('结束日期').nullable().default(null), note: optionalText('说明', 200) })
  .strict()
  .refine((v) => v.endedOn === null || v.endedOn >= v.occurredOn, { message: '结束日期不能早于发生日期', path: ['endedOn'] });

export const idInput = z.object({ id: entityId('记录') }).strict();

export const createApplicationInput = z.object({ kind: applicationKind, title: optionalText('名称', 60) }).strict();

/** 提交申请: the day it was handed in and the day the agency accepted it (即时受理 in most cities). */
export const submitInput = z
  .object({ id: entityId('申请'), submittedOn: isoDate('提交日期'), acceptedOn: isoDate('受理日期') })
  .strict()
  .refine((v) => v.acceptedOn >= v.submittedOn, { message: '受理日期不能早于提交日期', path: ['acceptedOn'] });

export const supplementRequestInput = z
  .object({ id: entityId('申请'), requestedOn: isoDate('通知补充材料日期'), note: requiredText('需补充的材料', 200) })
  .strict();
export const supplementSuppliedInput = z.object({ supplementId: entityId('补充材料通知'), suppliedOn: isoDate('补齐日期') }).strict();

export const outcomeInput = z
  .object({
    id: entityId('申请'),
    outcome: z.enum(['passed', 'failed'], { error: '请选择评估结论' }),
    outcomeOn: isoDate('结论日期'),
    reasons: optionalText('不合格原因', 500),
    rectification: optionalText('整改措施', 500),
  })
  .strict()
  .refine((v) => v.outcome === 'passed' || v.reasons !== '', { message: '评估不合格时请写明原因', path: ['reasons'] });

export const signInput = z
  .object({ id: entityId('申请'), agreementNo: requiredText('协议编号', 40), agreementFrom: isoDate('协议起始日期'), agreementTo: isoDate('协议截止日期') })
  .strict()
  .refine((v) => v.agreementTo > v.agreementFrom, { message: '协议截止日期应晚于起始日期', path: ['agreementTo'] });

export const suspendInput = z
  .object({ id: entityId('申请'), suspendedFrom: isoDate('中止起始日期'), suspendedUntil: isoDate('预计恢复日期') })
  .strict()
  .refine((v) => v.suspendedUntil > v.suspendedFrom, { message: '恢复日期应晚于中止起始日期', path: ['suspendedUntil'] });
export const resumeInput = z.object({ id: entityId('申请') }).strict();
export const exitInput = z.object({ id: entityId('申请'), exitNoticeOn: isoDate('提出退出日期'), exitOn: isoDate('退出日期') }).strict();

export const changeReportedInput = z
  .object({ id: entityId('申请'), field: z.enum(['institutionName', 'directorName', 'address', 'licensedBeds', 'clinicName', 'clinicType', 'subjects'], { error: '请选择变更事项' }), reportedOn: isoDate('申报日期') })
  .strict();

export const materialAttachInput = z.object({ id: entityId('申请'), key: requiredText('材料', 40), attachmentId: entityId('附件').nullable() }).strict();

/** 长护险失能等级: the agency's conclusion for one resident. */
export const ltcAssessmentInput = z
  .object({
    residentId: entityId('老人'),
    level: intInRange('失能等级', 0, 5),
    assessedOn: isoDate('评估日期'),
    agency: requiredText('评估机构', 60),
    validUntil: isoDate('有效期至'),
    benefitFrom: isoDate('待遇起始日期').nullable().default(null),
    note: optionalText('备注', 200),
  })
  .strict()
  .refine((v) => v.validUntil >= v.assessedOn, { message: '有效期至不能早于评估日期', path: ['validUntil'] })
  .refine((v) => v.benefitFrom === null || v.benefitFrom >= v.assessedOn, { message: '待遇起始日期不能早于评估日期', path: ['benefitFrom'] });
export type LtcAssessmentInput = z.output<typeof ltcAssessmentInput>;

export const ltcListInput = z.object({ residentId: entityId('老人').nullable().default(null) }).strict();

export interface LtcAssessmentRow {
  id: number;
  residentId: number;
  residentName: string;
  bedLabel: string;
  level: number;
  assessedOn: string;
  agency: string;
  validUntil: string;
  benefitFrom: string | null;
  note: string;
}

export interface SupplementRow {
  id: number;
  requestedOn: string;
  suppliedOn: string | null;
  note: string;
}

export interface ApplicationRow {
  id: number;
  kind: ApplicationKind;
  status: ApplicationStatus;
  title: string;
  submittedOn: string | null;
  acceptedOn: string | null;
  outcomeOn: string | null;
  reasons: string;
  rectification: string;
  agreementNo: string;
  agreementFrom: string | null;
  agreementTo: string | null;
  suspendedFrom: string | null;
  suspendedUntil: string | null;
  exitNoticeOn: string | null;
  exitOn: string | null;
  createdAt: string;
  supplements: SupplementRow[];
}

export const APPLICATION_AUDIT_FIELDS: AuditFields = {
  kind: named('类别', APPLICATION_KINDS),
  status: named('状态', APPLICATION_STATUS),
  title: { label: '名称' },
  submittedOn: { label: '提交日期' },
  acceptedOn: { label: '受理日期' },
  outcomeOn: { label: '结论日期' },
  reasons: { label: '不合格原因' },
  rectification: { label: '整改措施' },
  agreementNo: { label: '协议编号' },
  agreementFrom: { label: '协议起始日期' },
  agreementTo: { label: '协议截止日期' },
  suspendedFrom: { label: '中止起始日期' },
  suspendedUntil: { label: '预计恢复日期' },
  exitNoticeOn: { label: '提出退出日期' },
  exitOn: { label: '退出日期' },
};

export const SETUP_AUDIT_FIELDS: AuditFields = {
  insurancePrincipal: { label: '医保负责人' },
  insuranceAdministrator: { label: '医保管理员' },
  insuranceDepartment: { label: '设医保管理部门', show: (v) => (v ? '是' : '否') },
  infoVendor: { label: '信息系统供应商与接口' },
  infoDeclaredOn: { label: '信息系统声明日期' },
  infoDirectSettlement: { label: '直接联网结算', show: (v) => (v ? '是' : '否') },
  infoNationalCodes: { label: '全国统一医保编码', show: (v) => (v ? '是' : '否') },
  billingSeparated: { label: '医疗与照护分开收费', show: (v) => (v ? '是' : '否') },
  billingNote: { label: '分开收费说明' },
};

export const RULE_DOCUMENT_AUDIT_FIELDS: AuditFields = { title: { label: '制度名称' }, version: { label: '版本' }, adoptedOn: { label: '印发日期' } };
export const BAR_AUDIT_FIELDS: AuditFields = { kind: named('情形', BAR_KINDS), occurredOn: { label: '发生日期' }, endedOn: { label: '结束日期' }, note: { label: '说明' } };
export const LTC_AUDIT_FIELDS: AuditFields = {
  residentName: { label: '老人' },
  level: { label: '失能等级', show: (v) => ltcLevelLabel(Number(v)) },
  assessedOn: { label: '评估日期' },
  agency: { label: '评估机构' },
  validUntil: { label: '有效期至' },
  benefitFrom: { label: '待遇起始日期' },
  note: { label: '备注' },
};

/**
 * How long a recorded bar lasts (第十二条, years from the profile). 失信 lasts while listed (no end yet).
 * Returns the first day an application is no longer barred, or null while it is barred without end.
 */
export function barEnds(kind: BarKind, occurredOn: string, endedOn: string | null, years: Record<Exclude<BarKind, 'dishonest'>, number>): string | null {
  if (kind === 'dishonest') return endedOn;
  const y = Number(occurredOn.slice(0, 4)) + years[kind];
  // Same day n years later; 29 Feb in a year without it becomes 28 Feb (dayjs semantics, like addMonths).
  const md = occurredOn.slice(5);
  const day = md === '02-29' && !(y % 4 === 0 && (y % 100 !== 0 || y % 400 === 0)) ? '02-28' : md;
  return `${y}-${day}`;
}
