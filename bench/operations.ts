import type { BenchContext } from './context.ts';
import type { ExplainedQuery, Operation } from './measure.ts';
import { admitFloor, listFloor, moveFloor } from './floors.ts';
import { admission, forFloor, nextMove } from './inputs.ts';
import { listInput } from '../core/residents/schema.ts';
import { rosterQuery, rosterSql } from '../core/residents/list.ts';

type ListPage = { rows: unknown[]; total: number };
const fingerprint = (page: unknown) => `${(page as ListPage).rows.length}/${(page as ListPage).total}`;

/** The two statements of one list page, for EXPLAIN QUERY PLAN. */
function listStatements(ctx: BenchContext, raw: unknown, expectIndex?: string): ExplainedQuery[] {
  const input = listInput.parse(raw);
  const q = rosterQuery(input, ctx.today);
  const sql = rosterSql(q);
  return [
    { label: '行', sql: sql.rows, params: [...q.params, input.limit, input.offset], ...(expectIndex ? { expectIndex } : {}) },
    { label: '计数', sql: sql.count, params: q.params, ...(expectIndex ? { expectIndex } : {}) },
  ];
}

/** A page of residents.list: the input of iteration i, and the index its query should use. */
function list(name: string, input: (ctx: BenchContext, i: number) => object, expectIndex?: string): Operation {
  return {
    name,
    kind: 'read',
    floor: (ctx, i) => listFloor(ctx, input(ctx, i)),
    service: (ctx, i) => {
      const body = input(ctx, i);
      return async () => fingerprint(await ctx.service('residents.list', body));
    },
    http: (ctx, i) => {
      const body = input(ctx, i);
      return async () => fingerprint(await ctx.http('residents.list', body));
    },
    explain: (ctx) => listStatements(ctx, input(ctx, 0), expectIndex),
  };
}

/** Searches go through different residents each round (the same one in all three modes of a round). */
const occupant = (ctx: BenchContext, i: number) => ctx.occupants[i % ctx.occupants.length]!;

export const OPERATIONS: Operation[] = [
  list('名册首页（默认：在住，按床位）', () => ({}), 'residents_status'),
  list('名册首页（在住、3楼、65岁以上）', () => ({ status: 'in_residence', floor: 3, aged65: true, sort: 'bed', limit: 100 }), 'residents_status'),
  list('搜索（姓名 王）', () => ({ q: '王' }), 'residents_status'),
  list('搜索（身份证 18 位）', (ctx, i) => ({ q: occupant(ctx, i).idNumber }), 'residents_unique_id_in_residence'),
  list('搜索（身份证后 6 位）', (ctx, i) => ({ q: occupant(ctx, i).idNumber.slice(-6) }), 'residents_status'),
  {
    name: '办理入住',
    kind: 'write',
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
