import { join } from 'node:path';
import { existsSync, readdirSync, rmSync, statSync } from 'node:fs';
import {
  asideName,
  automaticBackup,
  backupIntoDataDir,
  backupsDir,
  backupTo,
  backupToFolder,
  inspectBackupFile,
  listBackups,
  stageCopy,
  swapInBackup,
} from '../../db/backup.ts';
import { openAppDatabase, latestSchemaVersion } from '../../db/app-database.ts';
import { AppError } from '../shared/errors.ts';
import type { Runtime } from './runtime.ts';

function requireDataDir(runtime: Runtime): string {
  if (runtime.dataDir === null) throw new AppError('BAD_REQUEST', '内存数据库没有备份功能。');
  return runtime.dataDir;
}

export function backupList(runtime: Runtime) {
  return runtime.dataDir === null ? [] : listBackups(backupsDir(runtime.dataDir));
}

/** The automatic backup taken at start and once a day. */
export async function runAutomaticBackup(runtime: Runtime): Promise<string | null> {
  if (runtime.dataDir === null) return null;
  return automaticBackup(runtime.db, runtime.dataDir, runtime.clock());
}

const DAY_MS = 24 * 60 * 60_000;

/** True when the newest automatic backup is a day old or there is none. */
export function backupDue(runtime: Runtime): boolean {
  if (runtime.dataDir === null) return false;
  const dir = backupsDir(runtime.dataDir);
  if (!existsSync(dir)) return true;
  const newest = readdirSync(dir)
    .filter((n) => n.startsWith('auto-'))
    .map((n) => statSync(join(dir, n)).mtimeMs)
    .reduce((a, b) => Math.max(a, b), 0);
  return runtime.clock().getTime() - newest >= DAY_MS;
}

/**
 * Backs up at start, then checks every hour and backs up when a day has passed.
 * Returns a stop function. Failures are logged, never thrown into the app.
 */
export function startBackupSchedule(runtime: Runtime, checkEveryMs = 60 * 60_000): () => void {
  const run = () =>
    runAutomaticBackup(runtime).catch((error: unknown) => runtime.log('自动备份失败', error));
  void run();
  const timer = setInterval(() => {
    if (backupDue(runtime)) void run();
  }, checkEveryMs);
  timer.unref();
  return () => clearInterval(timer);
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
  runtime.sessions.endAll();
  return { aside, version: check.version };
}
