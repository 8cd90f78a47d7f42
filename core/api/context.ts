import type { Db } from '../../db/open.ts';
import type { Actor, AuditEntry } from '../audit/record.ts';

/**
 * What a service needs to read: the database and one fixed time for the whole call, so a transaction
 * sees one "now". Nothing here points back at the runtime, so services never depend on how they are reached.
 */
export interface ReadContext {
  db: Db;
  now: Date;
  /** The local calendar date of `now` (YYYY-MM-DD). */
  today: string;
  actor: Actor;
}

/** A service that changes data also records what it changed; inside a write the audit row joins the write's transaction. */
export interface WriteContext extends ReadContext {
  audit(entry: AuditEntry): void;
}

/** What a heavy read gets: a read-only connection, and the folder where it may leave a file for the person to save. */
export interface HeavyContext extends ReadContext {
  exportsDir: string;
}
