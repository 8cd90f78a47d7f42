import dayjs from 'dayjs';
import type { BenchContext } from './context.ts';
import type { ExplainedQuery, Operation, Targets } from './measure.ts';
import { admitFloor, auditFloor, auditTextFloor, moveFloor, rosterFloors, type AuditFloor } from './floors.ts';
import { admission, forFloor, nextMove } from './inputs.ts';
import { listInput } from '../core/residents/schema.ts';
import { rosterQuery, rosterSql } from '../core/residents/list.ts';
import { auditListInput } from '../core/audit/schema.ts';
import { auditQuery, auditSql, AUDIT_SCAN_LIMIT } from '../core/audit/query.ts';
import { bornOnOrBefore } from '../core/shared/dates.ts';
import type { MethodName } from '../core/api/methods.ts';

/** Issue #7's targets: roster reads within 1.5× of their floor and 20 ms; writes 20 ms; audit pages 50 ms at 15 M rows. */
const ROSTER: Targets = { vsFloor: 1.5, serviceMs: 20 };
const WRITE: Targets = { serviceMs: 20 };
const AUDIT: Targets = { serviceMs: 50 };

type Page = { rows: unknown[]; total: number | null | { count: number; capped: boolean } };
/** Rows and count of a page, the same string in all three modes; '-' where a page is not counted. */
function fingerprint(page: unknown): string {
  const { rows, total } = page as Page;
  if (total === null) return `${rows.length}/-`;
  if (typeof total === 'number') return `${rows.length}/${total}`;
  return `${rows.length}/${total.count}${total.capped ? '+' : ''}`;
}

/** The service and HTTP sides of a read: the same input through the dispatcher and through the loopback server. */
function viaApi(method: MethodName, input: (ctx: BenchContext, i: number) => object): Pick<Operation, 'service' | 'http'> {
  return {
    service: (ctx, i) => {
      const body = input(ctx, i);
      return async () => fingerprint(await ctx.service(method, body));
    },
    http: (ctx, i) => {
      const body = input(ctx, i);
      return async () => fingerprint(await ctx.http(method, body));
    },
  };
}

/** The service's statements of a roster page, for EXPLAIN QUERY PLAN. */
function rosterPlans(ctx: BenchContext, raw: object, expectIndex: string): ExplainedQuery[] {
  const input = listInput.parse(raw);
  const q = rosterQuery(input, ctx.today);
  const sql = rosterSql(q);
  return [
    { label: '行', sql: sql.rows, params: [...q.params, input.limit, input.offset], expectIndex },
    ...(input.offset === 0 ? [{ label: '计数', sql: sql.count, params: q.params }] : []),
  ];
}

function roster(name: string, input: (ctx: BenchContext, i: number) => object, floor: Operation['floor'], expectIndex: string): Operation {
  return {
    name,
    kind: 'read',
    group: '名册',
    targets: ROSTER,
    floor,
    ...viaApi('residents.list', input),
    explain: (ctx) => rosterPlans(ctx, input(ctx, 0), expectIndex),
  };
}

/** The page halfway down the list of those in residence (row 1,001 of 2,000), where scrolling gets to. */
const middleOffset = (ctx: BenchContext) => Math.max(100, Math.floor(ctx.occupants.length / 200) * 100);

/** Searches go through different residents each round (the same one in all three modes of a round). */
const occupant = (ctx: BenchContext, i: number) => ctx.occupants[i % ctx.occupants.length]!;

export const ROSTER_OPERATIONS: Operation[] = [
  roster('名册首页（默认：在住，按床位）', () => ({}), (ctx) => rosterFloors.firstPage(ctx), 'beds_order'),
  roster('名册中间一页（在住，按床位，不再计数）', (ctx) => ({ offset: middleOffset(ctx) }), (ctx) => rosterFloors.laterPage(ctx, middleOffset(ctx)), 'beds_order'),
  roster(
    '名册首页（在住、3楼、65岁以上）',
    () => ({ status: 'in_residence', floor: 3, aged65: true, sort: 'bed', limit: 100 }),
    (ctx) => rosterFloors.floorAged(ctx, 3, bornOnOrBefore(ctx.today, 65)),
    'beds_order',
  ),
  roster('名册首页（全部：在住与离院，按床位）', () => ({ status: 'all' }), (ctx) => rosterFloors.everyoneByBed(ctx), 'residents_bed'),
  roster('搜索（姓名 王）', () => ({ q: '王' }), (ctx) => rosterFloors.name(ctx, '王'), 'residents_one_per_bed'),
  roster('搜索（身份证 18 位）', (ctx, i) => ({ q: occupant(ctx, i).idNumber }), (ctx, i) => rosterFloors.idNumber(ctx, () => occupant(ctx, i).idNumber), 'residents_unique_id_in_residence'),
  roster('搜索（身份证后 6 位）', (ctx, i) => ({ q: occupant(ctx, i).idNumber.slice(-6) }), (ctx, i) => rosterFloors.idTail(ctx, () => occupant(ctx, i).idNumber.slice(-6)), 'residents_unique_id_in_residence'),
];

/** The values the audit filters use, picked once from the data (untimed) so that each one finds rows. */
export interface AuditSamples {
  userId: number;
  residentId: number;
  /** A month with rows: five years back in --large, the last 30 days otherwise. */
  from: string;
  to: string;
  /** (at, id) and id of the 1,000th newest row: where 更早 twenty times lands. */
  deep: { at: string; id: number };
  /** A resident's name: a search that finds few rows per window. */
  rareText: string;
}

export function auditSamples(ctx: BenchContext, large: boolean): AuditSamples {
  const db = ctx.db;
  const newestUser = db
    .prepare('SELECT user_id FROM audit_log INDEXED BY audit_log_at WHERE user_id IS NOT NULL ORDER BY at DESC LIMIT 1')
    .pluck()
    .get() as number | undefined;
  const from = large ? dayjs(ctx.today).subtract(5, 'year').startOf('month') : dayjs(ctx.today).subtract(30, 'day');
  const to = large ? from.endOf('month') : dayjs(ctx.today);
  const who = ctx.occupants[0]!;
  return {
    userId: newestUser ?? ctx.user.id,
    residentId: who.id,
    from: from.format('YYYY-MM-DD'),
    to: to.format('YYYY-MM-DD'),
    deep: db.prepare('SELECT at, id FROM audit_log INDEXED BY audit_log_at ORDER BY at DESC, id DESC LIMIT 1 OFFSET 999').get() as { at: string; id: number },
    rareText: db.prepare('SELECT name FROM residents WHERE id = ?').pluck().get(who.id) as string,
  };
}

/** One audit filter: the service's input and the floor's index walk. */
function audit(name: string, input: (s: AuditSamples) => object, walk: (s: AuditSamples, ctx: BenchContext) => AuditFloor, samples: () => AuditSamples): Operation {
  const body = () => ({ limit: 50, ...input(samples()) });
  return {
    name,
    kind: 'read',
    group: '审计日志',
    targets: AUDIT,
    floor: (ctx) => auditFloor(ctx, walk(samples(), ctx)),
    ...viaApi('audit.list', body),
    explain: (ctx) => {
      const parsed = auditListInput.parse(body());
      const cursor = parsed.before === null ? null : samples().deep;
      const q = auditQuery(parsed, cursor);
      const sql = auditSql(q);
      const expectIndex = walk(samples(), ctx).index;
      return q.residual
        ? [{ label: '行（有界扫描）', sql: sql.rows, params: [...q.walk.params, AUDIT_SCAN_LIMIT, ...q.residual.params, 51], expectIndex }]
        : [{ label: '行', sql: sql.rows, params: [...q.walk.params, 51], expectIndex }];
    },
  };
}

/**
 * Text in the summary: no target of its own (issue #7: report it and bound it). Bounded to AUDIT_SCAN_LIMIT rows a
 * page, newest first, stopping as soon as the page is full.
 */
function auditText(name: string, text: (s: AuditSamples) => string, samples: () => AuditSamples): Operation {
  return {
    name,
    kind: 'read',
    group: '审计日志',
    targets: {},
    floor: (ctx) => auditTextFloor(ctx, text(samples())),
    ...viaApi('audit.list', () => ({ limit: 50, q: text(samples()) })),
  };
}

/** dayjs of the local day bounds, as core/audit/query.ts turns dates into instants. */
const dayStart = (d: string) => dayjs(d).startOf('day').toISOString();
const dayAfter = (d: string) => dayjs(d).add(1, 'day').startOf('day').toISOString();

export function auditOperations(samples: () => AuditSamples): Operation[] {
  return [
    audit('审计日志首页（无筛选）', () => ({}), () => ({ index: 'audit_log_at', where: '', params: [] }), samples),
    audit(
      '审计日志第 21 页（点“更早” 20 次后）',
      (s) => ({ before: s.deep.id }),
      (s) => ({ index: 'audit_log_at', where: '', params: [], after: s.deep }),
      samples,
    ),
    audit('按操作人', (s) => ({ userId: s.userId }), (s) => ({ index: 'audit_log_user', where: 'user_id = ?', params: [s.userId] }), samples),
    audit('按类别（床位）', () => ({ entity: 'bed' }), () => ({ index: 'audit_log_entity', where: 'entity = ?', params: ['bed'] }), samples),
    audit(
      '按记录（某位老人）',
      (s) => ({ entity: 'resident', entityId: s.residentId }),
      (s) => ({ index: 'audit_log_entity_id', where: 'entity = ? AND entity_id = ?', params: ['resident', s.residentId] }),
      samples,
    ),
    audit('按操作（修改老人信息）', () => ({ action: 'residents.update' }), () => ({ index: 'audit_log_action', where: 'action = ?', params: ['residents.update'] }), samples),
    audit(
      '按日期（一个月）',
      (s) => ({ from: s.from, to: s.to }),
      (s) => ({ index: 'audit_log_at', where: 'at >= ? AND at < ?', params: [dayStart(s.from), dayAfter(s.to)] }),
      samples,
    ),
    audit(
      '按操作人和日期',
      (s) => ({ userId: s.userId, from: s.from, to: s.to }),
      (s) => ({ index: 'audit_log_user', where: 'user_id = ? AND at >= ? AND at < ?', params: [s.userId, dayStart(s.from), dayAfter(s.to)] }),
      samples,
    ),
    auditText('搜索内容（常见字“王”；有界）', () => '王', samples),
    auditText('搜索内容（某位老人姓名；有界）', (s) => s.rareText, samples),
  ];
}

/** Issue #8: trends, today's abnormal list and a round of 60 (bench/vitalsOperations.ts). */
export { VITALS_READ_OPERATIONS, VITALS_WRITE_OPERATIONS, prepareRoundFloor } from './vitalsOperations.ts';

export const WRITE_OPERATIONS: Operation[] = [
  {
    name: '办理入住',
    kind: 'write',
    group: '写入',
    targets: WRITE,
    floor: (ctx, i) => admitFloor(ctx, forFloor(admission(ctx, i, 0), ctx.today)),
    service: (ctx, i) => {
      const input = admission(ctx, i, 1);
      return async () => ((await ctx.service('residents.admit', input)) as { status: string }).status;
    },
    http: (ctx, i) => {
      const input = admission(ctx, i, 2);
      return async () => ((await ctx.http('residents.admit', input)) as { status: string }).status;
    },
  },
  {
    name: '换床',
    kind: 'write',
    group: '写入',
    targets: WRITE,
    floor: (ctx) => moveFloor(ctx, nextMove(ctx)),
    service: (ctx) => {
      const move = nextMove(ctx);
      return async () => ((await ctx.service('residents.moveBed', move)) as { bedId: number }).bedId === move.bedId;
    },
    http: (ctx) => {
      const move = nextMove(ctx);
      return async () => ((await ctx.http('residents.moveBed', move)) as { bedId: number }).bedId === move.bedId;
    },
  },
];
