import type { Db } from '../../db/open.ts';
import type { WriteContext } from '../api/context.ts';
import { isoDay } from '../shared/dates.ts';
import { stmt } from '../shared/statements.ts';
import { appendAudit, type Actor, type AuditEntry } from './record.ts';

export { SYSTEM_ACTOR, type Actor } from './record.ts';

/** Who acts, when, and under which action name the audit rows are filed. */
export interface AuditedRun {
  actor: Actor;
  now: Date;
  action: string;
}

const totalChanges = (db: Db) => stmt<number>(db, 'SELECT total_changes() AS n').pluck().get()!;

function writeContext<E extends object>(db: Db, run: AuditedRun, extra: E, onAudit: () => void): WriteContext & E {
  const ctx: WriteContext & E = Object.assign(
    {
      db,
      now: run.now,
      today: isoDay(run.now),
      actor: run.actor,
      audit(entry: AuditEntry) {
        onAudit();
        // ctx.actor, not run.actor: signing in or setting up changes who acts halfway through the call.
        appendAudit(db, ctx.actor, run.now, run.action, entry);
      },
    },
    extra,
  );
  return ctx;
}

/**
 * The one way data changes: `work` runs in one transaction with the audit rows it records. A failure rolls
 * back both. A write that changed rows but recorded no audit row is a programming error and is rolled back
 * too; a write that changed nothing (the bed was already stopped) commits nothing and needs no row.
 * The dispatcher runs every write method through this; the demo seed, the console password reset and
 * restore use it directly.
 */
export function auditedWrite<T, E extends object = object>(
  db: Db,
  run: AuditedRun,
  work: (ctx: WriteContext & E) => T,
  extra: E = {} as E,
): T {
  let audits = 0;
  const ctx = writeContext(db, run, extra, () => audits++);
  return db.transaction(() => {
    const before = totalChanges(db);
    const result = work(ctx);
    if (audits === 0 && totalChanges(db) !== before) throw new Error(`写操作 ${run.action} 改动了数据却没有记录审计，已回滚`);
    return result;
  })();
}

/**
 * For asynchronous tasks (backups, printing, restore) that cannot hold a transaction open across awaits:
 * each audit row commits on its own, or joins the transaction already open.
 */
export function taskContext<E extends object = object>(db: () => Db, run: AuditedRun, extra: E = {} as E): WriteContext & E {
  const ctx = writeContext(db(), run, extra, () => undefined);
  // A restore replaces the connection halfway through the task; the context always reads the live one.
  Object.defineProperty(ctx, 'db', { get: db, enumerable: true });
  ctx.audit = (entry) => {
    const live = db();
    const write = () => appendAudit(live, ctx.actor, run.now, run.action, entry);
    if (live.inTransaction) write();
    else live.transaction(write)();
  };
  return ctx;
}
