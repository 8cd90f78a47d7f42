import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import type { Db } from '../../db/open.ts';
import { openAppDatabase } from '../../db/app-database.ts';
import { createSessionStore, type SessionStore } from '../auth/sessions.ts';
import type { PdfPrinter } from '../filings/printer.ts';
import { stmt } from '../shared/statements.ts';
import { findInstitution } from '../institution/service.ts';
import { DEMO_HOME, seedHome } from '../demo/seed.ts';
import { removableRoots } from './drives.ts';

export type RuntimeMode = 'demo' | 'real';

/** The live state of one open data folder: its database handle (replaced on restore) and who is signed in. */
export interface Runtime {
  db: Db;
  readonly dataDir: string | null;
  readonly dbFile: string;
  readonly mode: RuntimeMode;
  readonly sessions: SessionStore;
  printer: PdfPrinter | null;
  readonly clock: () => Date;
  /** Where errors a person must not see (stack traces) go. */
  readonly log: (message: string, error?: unknown) => void;
  /** Drives and mounted sticks offered for “备份到 U 盘” (see drives.ts). */
  readonly backupRoots: () => string[];
}

export const DB_FILE_NAME = 'ylywt.sqlite';
const DEFAULT_IDLE_MINUTES = 15;

export interface RuntimeOptions {
  /** null: an in-memory database (tests). */
  dataDir: string | null;
  mode: RuntimeMode;
  clock?: () => Date;
  printer?: PdfPrinter | null;
  log?: (message: string, error?: unknown) => void;
  /** Defaults to the machine's own drives; tests give folders of their own. */
  backupRoots?: () => string[];
}

export function createRuntime(options: RuntimeOptions): Runtime {
  const clock = options.clock ?? (() => new Date());
  let dbFile = ':memory:';
  if (options.dataDir !== null) {
    mkdirSync(options.dataDir, { recursive: true });
    dbFile = join(options.dataDir, DB_FILE_NAME);
  }
  const runtime: Runtime = {
    db: openAppDatabase(dbFile),
    dataDir: options.dataDir,
    dbFile,
    mode: options.mode,
    printer: options.printer ?? null,
    clock,
    log: options.log ?? ((message, error) => console.error(message, error ?? '')),
    backupRoots: options.backupRoots ?? (() => removableRoots()),
    sessions: createSessionStore({
      idleMs: () => idleLockMinutes(runtime.db) * 60_000,
      nowMs: () => clock().getTime(),
    }),
  };
  // A demo folder always holds the demo home: whichever entry point opens it (web mode, Electron's
  // core host), an empty one is filled on first open.
  if (options.mode === 'demo' && findInstitution(runtime.db) === null) {
    seedHome(runtime.db, { shape: DEMO_HOME, now: clock(), isDemo: true });
  }
  return runtime;
}

export function idleLockMinutes(db: Db): number {
  const row = stmt<{ idle_lock_minutes: number }>(db, 'SELECT idle_lock_minutes FROM institution WHERE id = 1').get();
  return row?.idle_lock_minutes ?? DEFAULT_IDLE_MINUTES;
}
