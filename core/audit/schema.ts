import { z, isoDate, optionalText, intInRange, entityId } from '../shared/fields.ts';

export const AUDIT_ENTITIES = {
  resident: '老人',
  bed: '床位',
  user: '用户',
  institution: '机构信息',
  filing: '打印/导出',
  backup: '备份/恢复',
} as const;

export const auditListInput = z
  .object({
    from: isoDate('开始日期').nullable().default(null),
    to: isoDate('结束日期').nullable().default(null),
    userId: entityId('操作人').nullable().default(null),
    entity: z.enum(Object.keys(AUDIT_ENTITIES) as [keyof typeof AUDIT_ENTITIES]).nullable().default(null),
    entityId: entityId('记录').nullable().default(null),
    q: optionalText('搜索内容', 40),
    offset: intInRange('起始行', 0, 100_000_000).default(0),
    limit: intInRange('每页行数', 1, 500).default(100),
  })
  .strict()
  .refine((v) => v.from === null || v.to === null || v.from <= v.to, { message: '开始日期不能晚于结束日期', path: ['to'] });
export type AuditListInput = z.output<typeof auditListInput>;

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
