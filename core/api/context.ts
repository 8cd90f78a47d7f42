import type { Db } from '../../db/open.ts';
import type { Actor, AuditEntry } from '../audit/record.ts';
import type { Session } from '../auth/sessions.ts';
import type { Runtime } from '../system/runtime.ts';

/** What a handler gets for one call. `now` is fixed for the call, so a transaction sees one time. */
export interface Context {
  db: Db;
  now: Date;
  /** The local calendar date of `now` (YYYY-MM-DD). */
  today: string;
  actor: Actor;
  session: Session | null;
  sessionId: string | undefined;
  runtime: Runtime;
  /** Appends an audit row; inside a write it joins the write's transaction. */
  audit(entry: AuditEntry): void;
}

/** The part of a context a service that changes data needs. */
export type WriteContext = Pick<Context, 'db' | 'now' | 'today' | 'actor' | 'audit'>;
