import { z, isoDate, optionalText, intInRange, entityId } from '../shared/fields.ts';

export const AUDIT_ENTITIES = {
  resident: '老人',
  bed: '床位',
  incident: '意外事件',
  agreement: '签约协议',
  centreVisit: '签约机构来访',
  familyDoctorSigning: '家庭医生签约',
  homeBed: '家庭病床',
  attachment: '附件',
  user: '用户',
  institution: '机构信息',
  vitalRound: '生命体征测量表',
  vitalSign: '生命体征记录',
  filing: '打印/导出',
  backup: '备份/恢复',
  assessment: '评估',
  medicalHistory: '病史',
  allergy: '过敏',
  condition: '慢性病',
  outsideMedication: '长期用药',
  hospice: '安宁疗护',
  vaccination: '预防接种',
  referral: '转诊',
  annualExam: '年度体检',
  clinic: '医务室信息',
  clinicRoom: '医务室房间',
  clinicAgreement: '影像/检验协议',
  clinicStaff: '医务人员',
  encounter: '诊疗记录',
  medicationOrder: '医嘱',
  medicationRound: '给药记录',
  stock: '药品库存',
  stockTake: '药品盘点',
  proxyFetch: '代配药',
  disinfection: '消毒登记',
  infectionCase: '感染病例',
  wasteEntry: '医疗废物',
  designationSetup: '定点准备',
  ruleDocument: '管理制度',
  designationBar: '不予受理情形',
  designationApplication: '定点申请',
  ltcAssessment: '长护险失能等级',
} as const;

/** An action name as the API writes it (residents.admit), for filtering by what was done. */
const actionName = z
  .string({ error: '操作应为文字' })
  .trim()
  .max(60, '操作不能超过 60 个字')
  .regex(/^[a-z]+\.[A-Za-z]+$/, '操作应为接口名，如 residents.admit');

/**
 * One page of the log, newest first. `before` is the cursor: the id of the last row of the page before
 * (its `nextCursor`); null for the first page. Keyset paging, not an offset: an offset makes SQLite step
 * over every row before it, which at 15 million rows is seconds for a page deep in the log.
 */
export const auditListInput = z
  .object({
    from: isoDate('开始日期').nullable().default(null),
    to: isoDate('结束日期').nullable().default(null),
    userId: entityId('操作人').nullable().default(null),
    entity: z.enum(Object.keys(AUDIT_ENTITIES) as [keyof typeof AUDIT_ENTITIES]).nullable().default(null),
    entityId: entityId('记录').nullable().default(null),
    action: actionName.nullable().default(null),
    q: optionalText('搜索内容', 40),
    before: entityId('翻页位置').nullable().default(null),
    limit: intInRange('每页行数', 1, 500).default(100),
  })
  .strict()
  .refine((v) => v.from === null || v.to === null || v.from <= v.to, { message: '开始日期不能晚于结束日期', path: ['to'] })
  // A record number means something only within its kind (老人 12 is not 床位 12).
  .refine((v) => v.entityId === null || v.entity !== null, { message: '按记录查找时请同时选择类别', path: ['entity'] });
export type AuditListInput = z.output<typeof auditListInput>;

/** The first page's count stops here: counting millions of rows for “共 N 条” would take seconds. */
export const AUDIT_COUNT_CAP = 10_000;

export interface AuditPage {
  rows: AuditRow[];
  /** `before` for the next, older page; null when there is nothing older. */
  nextCursor: number | null;
  /**
   * Set when the page stopped because it had looked at as many rows as one request may (a text search, or
   * filters no single index serves), not because it was full: the time of the oldest row it looked at.
   * 更早 goes on from there.
   */
  searchedTo: string | null;
  /** First page only, and only where counting is an index walk: rows that match, counted up to AUDIT_COUNT_CAP. */
  total: { count: number; capped: boolean } | null;
}

export interface AuditRow {
  id: number;
  at: string;
  userId: number | null;
  userName: string;
  userRole: string | null;
  action: string;
  entity: string;
  entityId: number | null;
  summary: string;
  before: unknown;
  after: unknown;
}
