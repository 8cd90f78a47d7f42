import dayjs from 'dayjs';
import type { Db } from '../../db/open.ts';
import { stmt } from '../shared/statements.ts';
import type { AuditListInput, AuditRow } from './schema.ts';

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

/** Audit rows newest first. Dates are local calendar days; `at` is stored in UTC. */
export function listAudit(db: Db, input: AuditListInput): { rows: AuditRow[]; total: number } {
  const where: string[] = [];
  const params: unknown[] = [];
  if (input.from) {
    where.push('at >= ?');
    params.push(dayjs(input.from).startOf('day').toISOString());
  }
  if (input.to) {
    where.push('at < ?');
    params.push(dayjs(input.to).add(1, 'day').startOf('day').toISOString());
  }
  if (input.userId !== null) {
    where.push('user_id = ?');
    params.push(input.userId);
  }
  if (input.entity !== null) {
    where.push('entity = ?');
    params.push(input.entity);
  }
  if (input.entityId !== null) {
    where.push('entity_id = ?');
    params.push(input.entityId);
  }
  if (input.q) {
    where.push("(summary LIKE ? ESCAPE '\\' OR user_name LIKE ? ESCAPE '\\')");
    const like = `%${input.q.replace(/[\\%_]/g, (c) => `\\${c}`)}%`;
    params.push(like, like);
  }
  const clause = where.length ? `WHERE ${where.join(' AND ')}` : '';
  const rows = stmt<AuditDbRow>(db, `SELECT * FROM audit_log ${clause} ORDER BY id DESC LIMIT ? OFFSET ?`).all(
    ...params,
    input.limit,
    input.offset,
  );
  const total = stmt<{ n: number }>(db, `SELECT count(*) AS n FROM audit_log ${clause}`).get(...params)!.n;
  return {
    total,
    rows: rows.map((r) => ({
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
    })),
  };
}
