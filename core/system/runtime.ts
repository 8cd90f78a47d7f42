import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import type { Db } from '../../db/open.ts';
import { openAppDatabase } from '../../db/app-database.ts';
import { createSessionStore, type SessionStore } from '../auth/sessions.ts';
import type { PdfPrinter } from '../filings/printer.ts';
import type { HeavyReader } from '../api/heavyReads.ts';
import { idleLockMinutes } from '../institution/queries.ts';
import { removableRoots } from './drives.ts';
import { exportsDirOf } from '../shared/exports.ts';
import { uploadsDirOf } from '../shared/uploads.ts';
import type { IntegrityStatus } from './integrityStatus.ts';

export type RuntimeMode = 'demo' | 'real';

/** The live state of one open data folder: its database handle (replaced on restore) and who is signed in. */
export interface Runtime {
  db: Db;
  readonly dataDir: string | null;
  readonly dbFile: string;
  readonly mode: RuntimeMode;
  readonly sessions: SessionStore;
  printer: PdfPrinter | null;
  /** Runs heavy reads beside the app (null: they run inline, as for an in-memory database). */
  heavy: HeavyReader | null;
  /** A second worker of the same kind for the daily integrity check, so minutes of checking hold up no report. */
  maintenance: HeavyReader | null;
  /** The last background check of the data file, if one ran since start (core/system/integrity.ts). */
  integrity: IntegrityStatus | null;
  /** Where PDFs and Excel files wait to be saved (core/system/exports.ts). */
  readonly exportsDir: string;
  /** Where attached files wait between their upload and the call that stores them (core/shared/uploads.ts). */
  readonly uploadsDir: string;
  readonly clock: () => Date;
  /** Where errors a person must not see (stack traces) go. */
  readonly log: (message: string, error?: unknown) => void;
  /** Drives and mounted sticks offered for “备份到 U 盘” (see drives.ts). */
  readonly backupRoots: () => string[];
}

export const DB_FILE_NAME = 'ylywt.sqlite';

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

/** Opens the data folder's database and nothing else: what a folder should hold (the demo home) is boot's business. */
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
    heavy: null,
    maintenance: null,
    integrity: null,
    exportsDir: exportsDirOf(options.dataDir),
    uploadsDir: uploadsDirOf(options.dataDir),
    clock,
    log: options.log ?? ((message, error) => console.error(message, error ?? '')),
    backupRoots: options.backupRoots ?? (() => removableRoots()),
    sessions: createSessionStore({
      idleMs: () => idleLockMinutes(runtime.db) * 60_000,
      nowMs: () => clock().getTime(),
    }),
  };
  return runtime;
}
