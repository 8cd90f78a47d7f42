import dayjs from 'dayjs';
import { beforeAll, describe, expect, it } from 'vitest';
import { openAppDatabase } from '../../db/app-database.ts';
import type { Db } from '../../db/open.ts';
import { AppError } from '../shared/errors.ts';
import { seededRandom } from '../demo/random.ts';
import { appendAudit } from './record.ts';
import { auditQuery, auditSql, listAudit } from './query.ts';
import { AUDIT_COUNT_CAP, auditListInput, AUDIT_ENTITIES } from './schema.ts';

type Filter = Partial<Record<'from' | 'to' | 'userId' | 'entity' | 'entityId' | 'action' | 'q', unknown>>;

const ENTITIES = Object.keys(AUDIT_ENTITIES);
const ACTIONS = ['residents.admit', 'residents.moveBed', 'beds.add', 'users.update', 'filings.pdf'];
const NAMES = ['张秀英', '王建国', '李桂兰', '刘_100%'];

/**
 * 1,300 rows over about 60 days, several a day, with a few in the same millisecond: enough for many pages
 * under every filter. Users 1–4 and the system (null); summaries name a resident.
 */
function fillLog(db: Db): void {
  db.exec(`INSERT INTO users (id, username, display_name, role, password_hash, created_at, updated_at) VALUES
    (1, 'a', '院长甲', 'director', 'x', 'x', 'x'), (2, 'b', '文员乙', 'clerk', 'x', 'x', 'x'),
    (3, 'c', '护士丙', 'nurse', 'x', 'x', 'x'), (4, 'd', '医生丁', 'doctor', 'x', 'x', 'x')`);
  const rng = seededRandom(7);
  let at = dayjs('2026-09-20T08:00:00+08:00');
  db.transaction(() => {
    for (let i = 0; i < 1300; i++) {
      if (rng.next() < 0.85) at = at.add(rng.int(1, 90), 'minute');
      const userId = rng.next() < 0.2 ? null : rng.int(1, 4);
      appendAudit(db, { userId, name: userId === null ? '系统' : `用户${userId}`, role: null }, at.toDate(), rng.pick(ACTIONS), {
        entity: rng.pick(ENTITIES),
        entityId: rng.next() < 0.1 ? null : rng.int(1, 8),
        summary: `办理：${rng.pick(NAMES)}（${i}）`,
        after: { i },
      });
    }
  })();
}

/** audit.list as it was: count(*) and LIMIT/OFFSET, newest id first (the reference the keyset pages must match). */
function offsetPages(db: Db, f: Filter, pageSize: number): number[] {
  const where: string[] = [];
  const params: unknown[] = [];
  if (f.from) {
    where.push('at >= ?');
    params.push(dayjs(f.from as string).startOf('day').toISOString());
  }
  if (f.to) {
    where.push('at < ?');
    params.push(dayjs(f.to as string).add(1, 'day').startOf('day').toISOString());
  }
  for (const [key, column] of [['userId', 'user_id'], ['entity', 'entity'], ['entityId', 'entity_id'], ['action', 'action']] as const) {
    if (f[key] !== undefined) {
      where.push(`${column} = ?`);
      params.push(f[key]);
    }
  }
  if (f.q) {
    where.push("(summary LIKE ? ESCAPE '\\' OR user_name LIKE ? ESCAPE '\\')");
    const like = `%${(f.q as string).replace(/[\\%_]/g, (c) => `\\${c}`)}%`;
    params.push(like, like);
  }
  const clause = where.length ? `WHERE ${where.join(' AND ')}` : '';
  const total = db.prepare(`SELECT count(*) FROM audit_log ${clause}`).pluck().get(...params) as number;
  const ids: number[] = [];
  for (let offset = 0; offset < total; offset += pageSize) {
    ids.push(...(db.prepare(`SELECT id FROM audit_log ${clause} ORDER BY id DESC LIMIT ? OFFSET ?`).pluck().all(...params, pageSize, offset) as number[]));
  }
  return ids;
}

/** Follows nextCursor from the first page to the last, as 更早 does. */
function keysetPages(db: Db, f: Filter, pageSize: number, scanLimit?: number) {
  const ids: number[] = [];
  const pages = [];
  let before: number | null = null;
  do {
    const page = listAudit(db, auditListInput.parse({ ...f, before, limit: pageSize }), scanLimit);
    pages.push(page);
    ids.push(...page.rows.map((r) => r.id));
    before = page.nextCursor;
  } while (before !== null && pages.length < 1000);
  return { ids, pages };
}

const FILTERS: [string, Filter][] = [
  ['no filter', {}],
  ['a user', { userId: 2 }],
  ['a kind', { entity: 'resident' }],
  ['one record', { entity: 'bed', entityId: 5 }],
  ['an action', { action: 'residents.moveBed' }],
  ['a date range', { from: '2026-10-01', to: '2026-10-20' }],
  ['a user and a date range', { userId: 3, from: '2026-10-05', to: '2026-11-02' }],
  ['a user and a kind', { userId: 4, entity: 'user' }],
  ['text', { q: '王建国' }],
  ['text with LIKE characters', { q: '_100%' }],
  ['text, a kind and dates', { q: '李', entity: 'institution', from: '2026-10-01', to: '2026-11-30' }],
];

describe('audit.list pages with a cursor', () => {
  let db: Db;
  beforeAll(() => {
    db = openAppDatabase(':memory:');
    fillLog(db);
  });

  it.each(FILTERS)('returns the rows the old offset paging returned, in the same order: %s', (_label, f) => {
    const expected = offsetPages(db, f, 25);
    expect(expected.length).toBeGreaterThan(0);
    expect(keysetPages(db, f, 25).ids).toEqual(expected);
  });

  it.each(FILTERS)('still returns them all when a search stops at its scan limit and 更早 goes on: %s', (_label, f) => {
    const { ids, pages } = keysetPages(db, f, 25, 60);
    expect(ids).toEqual(offsetPages(db, f, 25));
    for (const p of pages.slice(0, -1)) expect(p.rows.length === 25 || p.searchedTo !== null).toBe(true);
  });

  it('says how far back a bounded search looked, and that the next page starts there', () => {
    const first = listAudit(db, auditListInput.parse({ q: '没有这个人', limit: 25 }), 100);
    expect(first.rows).toEqual([]);
    expect(first.searchedTo).not.toBeNull();
    const walked = db.prepare('SELECT id, at FROM audit_log ORDER BY at DESC, id DESC LIMIT 1 OFFSET 99').get() as { id: number; at: string };
    expect({ nextCursor: first.nextCursor, searchedTo: first.searchedTo }).toEqual({ nextCursor: walked.id, searchedTo: walked.at });
  });

  it('counts the first page only, only where the count is an index walk, and caps it', () => {
    expect(listAudit(db, auditListInput.parse({ userId: 2 })).total).toEqual({ count: offsetPages(db, { userId: 2 }, 500).length, capped: false });
    const first = listAudit(db, auditListInput.parse({ limit: 10 }));
    expect(first.total).toEqual({ count: 1300, capped: false });
    expect(listAudit(db, auditListInput.parse({ limit: 10, before: first.nextCursor })).total).toBeNull();
    expect(listAudit(db, auditListInput.parse({ q: '王' })).total).toBeNull();
    expect(listAudit(db, auditListInput.parse({ userId: 2, entity: 'bed' })).total).toBeNull();

    const big = openAppDatabase(':memory:');
    const at = new Date('2026-11-01T00:00:00Z');
    big.transaction(() => {
      for (let i = 0; i <= AUDIT_COUNT_CAP; i++) appendAudit(big, { userId: null, name: '系统', role: null }, at, 'beds.add', { entity: 'bed', entityId: null, summary: 'x' });
    })();
    expect(listAudit(big, auditListInput.parse({})).total).toEqual({ count: AUDIT_COUNT_CAP, capped: true });
    big.close();
  });

  it('refuses a cursor whose row is gone, and a record number without its kind', () => {
    expect(() => listAudit(db, auditListInput.parse({ before: 999_999 }))).toThrow(AppError);
    expect(auditListInput.safeParse({ entityId: 3 }).success).toBe(false);
  });
});

/** EXPLAIN QUERY PLAN, one line per step. */
function planOf(db: Db, sql: string, params: unknown[]): string[] {
  return (db.prepare(`EXPLAIN QUERY PLAN ${sql}`).all(...params) as { detail: string }[]).map((r) => r.detail);
}

describe('audit.list query plans (they must hold at 15 million rows, so no sort and no full scan)', () => {
  const db = openAppDatabase(':memory:');
  const cursor = { at: '2026-11-01T00:00:00.000Z', id: 500 };
  const cases: [string, Filter, string][] = [
    ['no filter', {}, 'audit_log_at (at<?)'],
    ['a date range', { from: '2026-10-01', to: '2026-10-31' }, 'audit_log_at (at>? AND at<?)'],
    ['a user', { userId: 2 }, 'audit_log_user (user_id=? AND at<?)'],
    ['a user and a date range', { userId: 2, from: '2026-10-01' }, 'audit_log_user (user_id=? AND at>? AND at<?)'],
    ['a kind', { entity: 'resident' }, 'audit_log_entity (entity=? AND at<?)'],
    ['one record', { entity: 'resident', entityId: 7 }, 'audit_log_entity_id (entity=? AND entity_id=? AND at<?)'],
    ['an action', { action: 'residents.admit', to: '2026-10-31' }, 'audit_log_action (action=? AND at<?)'],
    ['text', { q: '张' }, 'audit_log_at (at<?)'],
    ['a user, a kind and text', { userId: 2, entity: 'bed', q: '张' }, 'audit_log_user (user_id=? AND at<?)'],
  ];

  it.each(cases)('%s (%o): walks %s newest first', (_label, f, index) => {
    const q = auditQuery(auditListInput.parse(f), cursor);
    const sql = auditSql(q);
    const rowParams = q.residual ? [...q.walk.params, 100, ...q.residual.params, 51] : [...q.walk.params, 51];
    const rows = planOf(db, sql.rows, rowParams);
    expect(rows).toContain(`SEARCH audit_log USING INDEX ${index}`);
    expect(rows.join('\n')).not.toMatch(/TEMP B-TREE|SCAN audit_log\b/);
    const others: [string, unknown[]][] = [[sql.count, [...q.walk.params, 10_001]], [sql.windowEnd, [...q.walk.params, 99]]];
    for (const [statement, params] of others) {
      const plan = planOf(db, statement, params).join('\n');
      expect(plan).toContain(`USING COVERING INDEX ${index}`);
      expect(plan).not.toMatch(/TEMP B-TREE/);
    }
  });
});
