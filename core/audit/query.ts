import dayjs from 'dayjs';
import type { Db } from '../../db/open.ts';
import { stmt } from '../shared/statements.ts';
import { invalid } from '../shared/errors.ts';
import { AUDIT_COUNT_CAP, type AuditListInput, type AuditPage, type AuditRow } from './schema.ts';

interface AuditDbRow {
  id: number;
  at: string;
  user_id: number | null;
  user_name: string;
  user_role: string | null;
  action: string;
  entity: string;
  entity_id: number | null;
  summary: string;
  before_json: string | null;
  after_json: string | null;
}

/**
 * How many rows one request may look at for the filters its index walk cannot check by itself (text in the
 * summary, or a second of 操作人/类别/操作). A search for something rare then costs ~50 ms a page at 15 million
 * rows (bench --large) instead of a scan of the whole table; a common word fills its page long before.
 */
export const AUDIT_SCAN_LIMIT = 100_000;

/** Newest first; `id` breaks ties between rows of the same millisecond, and every index ends in (at, rowid). */
const NEWEST_FIRST = 'ORDER BY at DESC, id DESC';

export interface AuditQuery {
  /** The index walk: one equality filter of an index (or none), the date range, and the cursor. */
  walk: { where: string; params: unknown[] };
  /** What the walk's index cannot check; checked on each row the walk yields, at most AUDIT_SCAN_LIMIT of them. */
  residual: { where: string; params: unknown[] } | null;
}

const escapeLike = (s: string) => s.replace(/[\\%_]/g, (c) => `\\${c}`);

/**
 * Splits the filters into the index walk and the rest. Each index of audit_log is (key…, at): one equality key
 * and a date range walk it backwards, already in page order. The most selective key present gets the walk
 * (a record, then a person, then an action, then a kind); any other key and the text search are residual.
 * `cursor` is the (at, id) of the last row of the page before.
 */
export function auditQuery(input: AuditListInput, cursor: { at: string; id: number } | null): AuditQuery {
  const walk: string[] = [];
  const walkParams: unknown[] = [];
  const residual: string[] = [];
  const residualParams: unknown[] = [];
  const keys: [string, unknown[]][] = [];
  if (input.entity !== null && input.entityId !== null) keys.push(['entity = ? AND entity_id = ?', [input.entity, input.entityId]]);
  if (input.userId !== null) keys.push(['user_id = ?', [input.userId]]);
  if (input.action !== null) keys.push(['action = ?', [input.action]]);
  if (input.entity !== null && input.entityId === null) keys.push(['entity = ?', [input.entity]]);
  keys.forEach(([sql, params], i) => {
    (i === 0 ? walk : residual).push(sql);
    (i === 0 ? walkParams : residualParams).push(...params);
  });
  if (input.from) {
    walk.push('at >= ?');
    walkParams.push(dayjs(input.from).startOf('day').toISOString());
  }
  if (input.to) {
    walk.push('at < ?');
    walkParams.push(dayjs(input.to).add(1, 'day').startOf('day').toISOString());
  }
  if (cursor) {
    walk.push('(at, id) < (?, ?)');
    walkParams.push(cursor.at, cursor.id);
  }
  if (input.q) {
    residual.push("(summary LIKE ? ESCAPE '\\' OR user_name LIKE ? ESCAPE '\\')");
    const like = `%${escapeLike(input.q)}%`;
    residualParams.push(like, like);
  }
  return {
    walk: { where: walk.length ? `WHERE ${walk.join(' AND ')}` : '', params: walkParams },
    residual: residual.length ? { where: `WHERE ${residual.join(' AND ')}`, params: residualParams } : null,
  };
}

/** The statements of one page: its rows, where a bounded scan ended, and the capped count. */
export function auditSql(q: AuditQuery): { rows: string; windowEnd: string; count: string } {
  const walk = `SELECT * FROM audit_log ${q.walk.where} ${NEWEST_FIRST}`;
  return {
    // A subquery with its own LIMIT is not flattened: SQLite runs it as a co-routine, so the outer LIMIT
    // stops the walk as soon as the page is full.
    rows: q.residual ? `SELECT * FROM (${walk} LIMIT ?) ${q.residual.where} ${NEWEST_FIRST} LIMIT ?` : `${walk} LIMIT ?`,
    windowEnd: `SELECT id, at FROM audit_log ${q.walk.where} ${NEWEST_FIRST} LIMIT 2 OFFSET ?`,
    count: `SELECT count(*) FROM (SELECT 1 FROM audit_log ${q.walk.where} LIMIT ?)`,
  };
}

function toAuditRow(r: AuditDbRow): AuditRow {
  return {
    id: r.id,
    at: r.at,
    userId: r.user_id,
    userName: r.user_name,
    userRole: r.user_role,
    action: r.action,
    entity: r.entity,
    entityId: r.entity_id,
    summary: r.summary,
    before: r.before_json === null ? null : JSON.parse(r.before_json),
    after: r.after_json === null ? null : JSON.parse(r.after_json),
  };
}

/** One page of audit rows, newest first. Dates are local calendar days; `at` is stored in UTC. */
export function listAudit(db: Db, input: AuditListInput, scanLimit = AUDIT_SCAN_LIMIT): AuditPage {
  let cursor: { at: string; id: number } | null = null;
  if (input.before !== null) {
    const at = stmt<string>(db, 'SELECT at FROM audit_log WHERE id = ?').pluck().get(input.before);
    // The log is append-only, so only a restore from an older backup can take a cursor's row away.
    if (at === undefined) throw invalid('翻页位置已失效（数据可能刚从备份恢复），请回到第一页重新查询', 'before');
    cursor = { at, id: input.before };
  }
  const q = auditQuery(input, cursor);
  const sql = auditSql(q);
  const rows = q.residual
    ? stmt<AuditDbRow>(db, sql.rows).all(...q.walk.params, scanLimit, ...q.residual.params, input.limit + 1)
    : stmt<AuditDbRow>(db, sql.rows).all(...q.walk.params, input.limit + 1);

  let nextCursor: number | null = null;
  let searchedTo: string | null = null;
  if (rows.length > input.limit) {
    rows.length = input.limit;
    nextCursor = rows.at(-1)!.id;
  } else if (q.residual) {
    // The page is not full: either the walk ran out, or it stopped at the scan limit with more beyond.
    const end = stmt<{ id: number; at: string }>(db, sql.windowEnd).all(...q.walk.params, scanLimit - 1);
    if (end.length === 2) {
      nextCursor = end[0]!.id;
      searchedTo = end[0]!.at;
    }
  }

  let total: AuditPage['total'] = null;
  if (input.before === null && !q.residual) {
    const n = stmt<number>(db, sql.count).pluck().get(...q.walk.params, AUDIT_COUNT_CAP + 1)!;
    total = { count: Math.min(n, AUDIT_COUNT_CAP), capped: n > AUDIT_COUNT_CAP };
  }
  return { rows: rows.map(toAuditRow), nextCursor, searchedTo, total };
}
