import type { Db } from '../../db/open.ts';
import { stmt } from '../shared/statements.ts';
import type { Role } from '../shared/roles.ts';

/** Who did it. `userId` is null for the system itself (setup, demo data, scheduled backups). */
export interface Actor {
  userId: number | null;
  name: string;
  role: Role | null;
}

export const SYSTEM_ACTOR: Actor = { userId: null, name: '系统', role: null };

export interface AuditEntry {
  /** Defaults to the API method being called. */
  action?: string;
  entity: string;
  entityId: number | null;
  /** One zh-CN line a director can read in the log, e.g. “办理入住：张三（3-301-1床）”. */
  summary: string;
  before?: unknown;
  after?: unknown;
}

export function appendAudit(db: Db, actor: Actor, at: Date, action: string, entry: AuditEntry): void {
  stmt(
    db,
    `INSERT INTO audit_log (at, user_id, user_name, user_role, action, entity, entity_id, summary, before_json, after_json)
     VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
  ).run(
    at.toISOString(),
    actor.userId,
    actor.name,
    actor.role,
    entry.action ?? action,
    entry.entity,
    entry.entityId,
    entry.summary,
    entry.before === undefined ? null : JSON.stringify(entry.before),
    entry.after === undefined ? null : JSON.stringify(entry.after),
  );
}
