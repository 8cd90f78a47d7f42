import { existsSync, mkdirSync, readdirSync, renameSync, rmSync, statSync, copyFileSync, openSync, fsyncSync, closeSync } from 'node:fs';
import { join } from 'node:path';
import { APPLICATION_ID, openDatabase, type Db } from './open.ts';

export const AUTO_PREFIX = 'auto-';
/** Backups written to a chosen folder (a USB stick) start with this, so they can be found there again. */
export const FOLDER_BACKUP_PREFIX = '养老医务通备份-';
/** Automatic backups kept: the newest 14, plus the newest of every calendar month (issue #3). */
export const KEEP_RECENT = 14;

export interface BackupFile {
  file: string;
  name: string;
  size: number;
  modifiedAt: string;
  automatic: boolean;
}

function stamp(now: Date): string {
  const p = (n: number) => String(n).padStart(2, '0');
  return `${now.getFullYear()}${p(now.getMonth() + 1)}${p(now.getDate())}-${p(now.getHours())}${p(now.getMinutes())}${p(now.getSeconds())}`;
}

export function backupsDir(dataDir: string): string {
  return join(dataDir, 'backups');
}

/** An online backup through SQLite's backup API: consistent even while the app keeps writing. */
export async function backupTo(db: Db, destination: string): Promise<void> {
  const partial = `${destination}.partial`;
  rmSync(partial, { force: true });
  await db.backup(partial);
  fsyncFile(partial);
  renameSync(partial, destination);
}

/** A backup into the data folder's backups/, named by its prefix and local time. */
export async function backupIntoDataDir(db: Db, dataDir: string, prefix: string, now: Date): Promise<string> {
  const dir = backupsDir(dataDir);
  mkdirSync(dir, { recursive: true });
  const file = join(dir, `${prefix}${stamp(now)}.sqlite`);
  await backupTo(db, file);
  return file;
}

export async function automaticBackup(db: Db, dataDir: string, now: Date): Promise<string> {
  const file = await backupIntoDataDir(db, dataDir, AUTO_PREFIX, now);
  pruneAutomaticBackups(backupsDir(dataDir));
  return file;
}

export async function backupToFolder(db: Db, folder: string, label: string, now: Date): Promise<string> {
  if (!existsSync(folder) || !statSync(folder).isDirectory()) {
    throw new Error(`找不到文件夹“${folder}”，请确认 U 盘已插好、路径无误。`);
  }
  const safeLabel = label.replace(/[\\/:*?"<>|\s]+/g, '');
  const file = join(folder, `${FOLDER_BACKUP_PREFIX}${safeLabel}-${stamp(now)}.sqlite`);
  await backupTo(db, file);
  return file;
}

/** The backups in `dir` (only those whose name starts with `prefix`), newest name first; none if it cannot be read. */
export function listBackups(dir: string, prefix = ''): BackupFile[] {
  let names: string[];
  try {
    names = readdirSync(dir);
  } catch {
    return [];
  }
  return names
    .filter((name) => name.startsWith(prefix) && name.endsWith('.sqlite'))
    .map((name) => {
      const file = join(dir, name);
      const st = statSync(file);
      return { file, name, size: st.size, modifiedAt: st.mtime.toISOString(), automatic: name.startsWith(AUTO_PREFIX) };
    })
    .sort((a, b) => b.name.localeCompare(a.name));
}

/** Which automatic backups to delete: everything but the newest KEEP_RECENT and the newest of each month. */
export function backupsToPrune(names: string[], keepRecent = KEEP_RECENT): string[] {
  const auto = names.filter((n) => n.startsWith(AUTO_PREFIX)).sort().reverse();
  const keep = new Set(auto.slice(0, keepRecent));
  const monthsSeen = new Set<string>();
  for (const name of auto) {
    const month = name.slice(AUTO_PREFIX.length, AUTO_PREFIX.length + 6);
    if (!monthsSeen.has(month)) {
      monthsSeen.add(month);
      keep.add(name);
    }
  }
  return auto.filter((n) => !keep.has(n));
}

export function pruneAutomaticBackups(dir: string): string[] {
  const pruned = backupsToPrune(readdirSync(dir));
  for (const name of pruned) rmSync(join(dir, name), { force: true });
  return pruned;
}

export type BackupCheck =
  | { ok: true; version: number }
  | { ok: false; reason: string };

/**
 * Checks a file offered for restore without changing it: a SQLite file, ours, intact, not newer than the code.
 */
export function inspectBackupFile(file: string, latestVersion: number): BackupCheck {
  if (!existsSync(file) || !statSync(file).isFile()) return { ok: false, reason: '找不到这个备份文件。' };
  // SQLite opens a zero-byte file as an empty database, which would then look like someone else's file.
  if (statSync(file).size === 0) return { ok: false, reason: '这个文件是空的（0 字节），可能复制时没有完成。请换一份备份。' };
  let db: Db | undefined;
  try {
    db = openDatabase(file, { readonly: true });
    const integrity = db.pragma('integrity_check', { simple: true }) as string;
    // SQLite's own report is English and technical; the person needs only the verdict.
    if (integrity !== 'ok') return { ok: false, reason: '备份文件已损坏（完整性检查未通过），不能用于恢复。请换一份备份。' };
    if ((db.pragma('application_id', { simple: true }) as number) !== APPLICATION_ID) {
      return { ok: false, reason: '这不是“养老医务通”的备份文件，不能用于恢复。' };
    }
    const version = db.pragma('user_version', { simple: true }) as number;
    if (version < 1) return { ok: false, reason: '备份文件是空的，不能用于恢复。' };
    if (version > latestVersion) {
      return { ok: false, reason: `备份文件来自更新版本的程序（数据版本 ${version}），请先升级本程序。` };
    }
    return { ok: true, version };
  } catch (error) {
    const code = (error as { code?: string }).code;
    if (code === 'SQLITE_NOTADB' || code === 'SQLITE_CORRUPT') {
      return { ok: false, reason: '文件已损坏或不是数据库文件，不能用于恢复。' };
    }
    if (code === 'SQLITE_CANTOPEN' || code === 'SQLITE_IOERR' || code === 'SQLITE_READONLY' || code === 'SQLITE_PERM') {
      return { ok: false, reason: '读不了这个文件：可能 U 盘已拔出、文件正被其他程序使用或没有读取权限。请检查后重试。' };
    }
    return { ok: false, reason: `无法读取这个备份文件（错误代码 ${code || '未知'}），不能用于恢复。请换一份备份。` };
  } finally {
    db?.close();
  }
}

function fsyncFile(file: string): void {
  const fd = openSync(file, 'r+');
  try {
    fsyncSync(fd);
  } finally {
    closeSync(fd);
  }
}

/**
 * Puts a checked backup in place of the live file. The live data is first copied aside (online backup),
 * the replacement is staged next to the live file and renamed over it, so a failure at any step
 * leaves either the old file or the new one, never half of each.
 * The caller must have closed its connection; it reopens afterwards.
 */
export function swapInBackup(liveFile: string, stagedCopy: string): void {
  fsyncFile(stagedCopy);
  rmSync(`${liveFile}-wal`, { force: true });
  rmSync(`${liveFile}-shm`, { force: true });
  renameSync(stagedCopy, liveFile);
}

export function stageCopy(backupFile: string, liveFile: string): string {
  const staged = `${liveFile}.restoring`;
  rmSync(staged, { force: true });
  copyFileSync(backupFile, staged);
  return staged;
}

/**
 * Where the replaced data goes on restore; never an existing file (two restores in one second).
 * Creates backups/, which a data folder has not had before its first backup.
 */
export function asideName(dataDir: string, now: Date): string {
  const dir = backupsDir(dataDir);
  mkdirSync(dir, { recursive: true });
  const base = join(dir, `before-restore-${stamp(now)}`);
  let name = `${base}.sqlite`;
  for (let i = 2; existsSync(name); i++) name = `${base}-${i}.sqlite`;
  return name;
}

