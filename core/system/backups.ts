import { existsSync, rmSync, statfsSync, statSync } from 'node:fs';
import {
  asideName,
  AUTO_PREFIX,
  backupFileInDataDir,
  backupIntoDataDir,
  backupsDir,
  backupTo,
  backupToFolder,
  inspectBackupFile,
  listBackups,
  pruneAutomaticBackups,
  stageCopy,
  swapInBackup,
} from '../../db/backup.ts';
import { openAppDatabase, latestSchemaVersion } from '../../db/app-database.ts';
import { AppError } from '../shared/errors.ts';
import type { Runtime } from './runtime.ts';
import { checkIntegrityInBackground } from './integrity.ts';
import { copyInBackground } from './backupJob.ts';

function requireDataDir(runtime: Runtime): string {
  if (runtime.dataDir === null) throw new AppError('BAD_REQUEST', '内存数据库没有备份功能。');
  return runtime.dataDir;
}

export function backupList(runtime: Runtime) {
  return runtime.dataDir === null ? [] : listBackups(backupsDir(runtime.dataDir));
}

const DAY_MS = 24 * 60 * 60_000;

/** True when the newest automatic backup is a day old or there is none. */
export function backupDue(runtime: Runtime): boolean {
  if (runtime.dataDir === null) return false;
  // listBackups sees finished copies only: a .partial left by an interrupted one does not count as today's.
  const newest = listBackups(backupsDir(runtime.dataDir), AUTO_PREFIX)
    .map((b) => Date.parse(b.modifiedAt))
    .reduce((a, b) => Math.max(a, b), 0);
  return runtime.clock().getTime() - newest >= DAY_MS;
}

/** Room for a copy of the file and its WAL, with 512 MB to spare for everything else on that disk. */
function roomForBackup(runtime: Runtime, dir: string): boolean {
  const size = (file: string) => (existsSync(file) ? statSync(file).size : 0);
  const needed = size(runtime.dbFile) + size(`${runtime.dbFile}-wal`) + 512 * 1024 ** 2;
  try {
    const fs = statfsSync(existsSync(dir) ? dir : runtime.dataDir!);
    return fs.bavail * fs.bsize >= needed;
  } catch {
    return true;
  }
}

export interface DailyResult {
  file: string;
  problems: string[];
  pruned: string[];
}

/**
 * Today's automatic copy, then the full check of the live file, both in the maintenance worker. Older copies
 * are pruned only when the data passed: if it is damaged, the older copies may be the good ones.
 */
export async function dailyBackupAndCheck(runtime: Runtime, signal?: AbortSignal): Promise<DailyResult | null> {
  if (runtime.dataDir === null) return null;
  const dir = backupsDir(runtime.dataDir);
  if (!roomForBackup(runtime, dir)) {
    runtime.log(`磁盘空间不足，今天的自动备份没有做。请清理磁盘，或把 ${dir} 里较早的备份移到 U 盘。`);
    return null;
  }
  const file = backupFileInDataDir(runtime.dataDir, AUTO_PREFIX, runtime.clock());
  await copyInBackground(runtime, file, signal);
  if (signal?.aborted) return { file, problems: [], pruned: [] };
  const status = await checkIntegrityInBackground(runtime);
  const problems = status?.problems ?? [];
  return { file, problems, pruned: problems.length === 0 ? await pruneAutomaticBackups(dir) : [] };
}

/**
 * The first look waits this long after start: the first minutes belong to signing in and the first pages,
 * and most starts need no backup at all (one was taken within the day).
 */
export const FIRST_BACKUP_CHECK_MS = 60_000;

export interface BackupSchedule {
  /** Stops the timers and abandons a copy or check under way (shutdown); resolves once it has let go. */
  stop(): Promise<void>;
  /** Resolves when no daily backup is running (tests). */
  idle(): Promise<void>;
}

/**
 * Backs up when a day has passed since the newest automatic copy: looked at a minute after start, then every
 * hour. Taking a full copy at every start, as before, cost a whole-file read and write per start (bench
 * --large: 10–30 s of disk at 5.5 GB). Failures are logged, never thrown into the app.
 */
export function startBackupSchedule(
  runtime: Runtime,
  options: { firstCheckMs?: number; checkEveryMs?: number } = {},
): BackupSchedule {
  const controller = new AbortController();
  let running: Promise<unknown> | null = null;
  const tick = () => {
    if (running || controller.signal.aborted || !backupDue(runtime)) return;
    running = dailyBackupAndCheck(runtime, controller.signal)
      .catch((error: unknown) => {
        if (!controller.signal.aborted) runtime.log('自动备份失败', error);
      })
      .finally(() => (running = null));
  };
  const first = setTimeout(tick, options.firstCheckMs ?? FIRST_BACKUP_CHECK_MS);
  first.unref();
  const timer = setInterval(tick, options.checkEveryMs ?? 60 * 60_000);
  timer.unref();
  return {
    async stop() {
      clearTimeout(first);
      clearInterval(timer);
      controller.abort();
      if (running) {
        // A copy or check under way is minutes of reading; ending its worker is safe, it only reads.
        await runtime.maintenance?.restart();
        await running;
      }
    },
    async idle() {
      await running;
    },
  };
}

export function manualBackup(runtime: Runtime): Promise<string> {
  return backupIntoDataDir(runtime.db, requireDataDir(runtime), 'manual-', runtime.clock());
}

export async function backupToChosenFolder(runtime: Runtime, folder: string, label: string): Promise<string> {
  requireDataDir(runtime);
  try {
    return await backupToFolder(runtime.db, folder, label, runtime.clock());
  } catch (error) {
    throw new AppError('VALIDATION', (error as Error).message, 'folder');
  }
}

export function checkBackup(file: string) {
  return inspectBackupFile(file, latestSchemaVersion());
}

/**
 * 从备份恢复. The file is checked first (integrity, ours, not newer); the current data is copied aside into
 * backups/ so the restore itself can be undone; everyone is signed out because users may differ.
 */
export async function restoreFromBackup(runtime: Runtime, file: string): Promise<{ aside: string; version: number }> {
  const dataDir = requireDataDir(runtime);
  const check = checkBackup(file);
  if (!check.ok) throw new AppError('VALIDATION', check.reason, 'file');
  // Copy the offered file first: the aside copy below must never overwrite what is being restored from.
  const staged = stageCopy(file, runtime.dbFile);
  const aside = asideName(dataDir, runtime.clock());
  try {
    await backupTo(runtime.db, aside);
  } catch (error) {
    rmSync(staged, { force: true });
    throw error;
  }
  runtime.db.close();
  try {
    swapInBackup(runtime.dbFile, staged);
  } finally {
    runtime.db = openAppDatabase(runtime.dbFile);
  }
  // The workers' read-only connections still see the file that was replaced.
  await runtime.heavy?.restart();
  await runtime.maintenance?.restart();
  runtime.sessions.endAll();
  return { aside, version: check.version };
}
