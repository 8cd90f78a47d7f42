import { existsSync, mkdirSync, readdirSync, renameSync, rmSync, statSync, copyFileSync, openSync, fsyncSync, closeSync } from 'node:fs';
import { open, rm } from 'node:fs/promises';
import { join } from 'node:path';
import { APPLICATION_ID, openDatabase, type Db } from './open.ts';
import { clearDamaged } from './integrity.ts';

export const AUTO_PREFIX = 'auto-';
/** Backups written to a chosen folder (a USB stick) start with this, so they can be found there again. */
export const FOLDER_BACKUP_PREFIX = '养老医务通备份-';

/**
 * Which automatic backups are kept (issue #7). The rule of issue #3, the newest 14 plus one per month for
 * ever, is 30+ GB for a 2 GB file after a year, on the same disk as the data (a copy on a USB stick is what
 * survives that disk). Old copies are also worth less than they look: residents are never deleted and the
 * audit log keeps every change with its before and after, so a newer copy holds nearly all an older one does.
 * So copies are kept in order of worth until a budget is spent:
 *   1. the newest KEEP_NEWEST, whatever their size: a mistake noticed today or in a day or two;
 *   2. the newest copy of each of the KEEP_MONTHS latest months that have one: a problem noticed late;
 *   3. the rest of the newest KEEP_DAILY.
 * The budget is BUDGET_COPIES copies of the newest one, and never less than BUDGET_FLOOR. A home with a file
 * of 100 MB keeps everything the rules name (26 copies, 2.6 GB); one with 2 GB keeps the 3 newest and the
 * last two months (10 GB). Not compressed: a copy stays a plain SQLite file that the checked restore opens
 * as it is, and gzip -6 runs at ~75 MB/s (bench --large): half a minute of one of the office PC's two cores
 * a day for 2 GB, and a restore would have to unpack first.
 */
export const KEEP_NEWEST = 3;
export const KEEP_DAILY = 14;
export const KEEP_MONTHS = 12;
export const BUDGET_COPIES = 5;
export const BUDGET_FLOOR = 4 * 1024 ** 3;

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

/** Pages copied per step of an online backup; the app's calls run between steps (see backupTo). */
export const BACKUP_PAGES_PER_STEP = 100;
/** Flush the copy to disk every this many pages (16 MB), beside the copying, so the last step has little to flush. */
const SYNC_EVERY_PAGES = 4096;

/** better-sqlite3's largest step: the rest of the file at once. */
const ALL_PAGES = 0x7fffffff;

export interface BackupOptions {
  /** Stops the copy between two steps (shutdown). */
  signal?: AbortSignal;
  /**
   * The whole file in one step: one read transaction, a consistent snapshot while the app's writes go on in the
   * WAL. Only on a connection of its own in a worker thread: it holds its thread for the whole copy.
   */
  oneStep?: boolean;
}

/** fsync off the app's thread (libuv's pool): a flush of gigabytes holds up nobody. */
async function syncInBackground(file: string): Promise<void> {
  const handle = await open(file, 'r+');
  try {
    await handle.sync();
  } finally {
    await handle.close();
  }
}

/**
 * An online backup through SQLite's backup API: consistent even while the app keeps writing. better-sqlite3
 * copies BACKUP_PAGES_PER_STEP pages (400 KB) per step on this thread and yields to the event loop between
 * steps, so calls wait at most one step, not the whole copy; writes through this same connection go into
 * the copy as they happen, so the copy never restarts. `signal` stops it between two steps (on shutdown).
 *
 * The last step commits the copy, and SQLite's commit fsyncs it on this thread: with gigabytes of the copy
 * still only in the OS's cache that one fsync held the app up 0.6–0.8 s at 5.5 GB (bench --large), and would be
 * many seconds on an office PC's hard disk. So the copy is flushed as it grows, in the background, and once
 * more before the last step, which then has only the copy's own page cache (≤ 16 MB) to write: ~20–60 ms.
 * The daily automatic copy does not even pay that: it runs in the maintenance worker, in one step
 * (core/system/backupJob.ts).
 */
export async function backupTo(db: Db, destination: string, options: BackupOptions = {}): Promise<void> {
  const { signal, oneStep = false } = options;
  const partial = `${destination}.partial`;
  rmSync(partial, { force: true });
  let flushing: Promise<void> | null = null;
  let flushedAt = 0;
  try {
    await db.backup(partial, {
      progress: ({ totalPages, remainingPages }) => {
        // Throwing from the progress callback is how better-sqlite3 abandons a backup.
        if (signal?.aborted) throw new Error('备份已中止（程序正在关闭）');
        const copied = totalPages - remainingPages;
        const last = remainingPages <= BACKUP_PAGES_PER_STEP;
        if (!flushing && (copied - flushedAt >= SYNC_EVERY_PAGES || (last && flushedAt < copied))) {
          flushedAt = copied;
          flushing = syncInBackground(partial)
            .catch(() => undefined)
            .finally(() => (flushing = null));
        }
        if (oneStep) return ALL_PAGES;
        // Before the last step, wait (0 pages a step: the event loop keeps turning) until the copy is on disk.
        return last && flushing ? 0 : BACKUP_PAGES_PER_STEP;
      },
    });
    await flushing;
    await syncInBackground(partial);
    renameSync(partial, destination);
  } catch (error) {
    await flushing;
    rmSync(partial, { force: true });
    throw error;
  }
}

/** Where a backup into the data folder's backups/ goes: named by its prefix and local time. */
export function backupFileInDataDir(dataDir: string, prefix: string, now: Date): string {
  const dir = backupsDir(dataDir);
  mkdirSync(dir, { recursive: true });
  return join(dir, `${prefix}${stamp(now)}.sqlite`);
}

export async function backupIntoDataDir(db: Db, dataDir: string, prefix: string, now: Date, options: BackupOptions = {}): Promise<string> {
  const file = backupFileInDataDir(dataDir, prefix, now);
  await backupTo(db, file, options);
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

/** Which automatic backups to delete under the rule above; manual copies and those kept before a restore are never touched. */
export function backupsToPrune(files: { name: string; size: number }[]): string[] {
  const auto = files.filter((f) => f.name.startsWith(AUTO_PREFIX)).sort((a, b) => b.name.localeCompare(a.name));
  if (auto.length === 0) return [];
  const byWorth = [...auto.slice(0, KEEP_NEWEST)];
  const months = new Set<string>();
  for (const f of auto) {
    const month = f.name.slice(AUTO_PREFIX.length, AUTO_PREFIX.length + 6);
    if (months.has(month) || months.size === KEEP_MONTHS) continue;
    months.add(month);
    byWorth.push(f);
  }
  byWorth.push(...auto.slice(KEEP_NEWEST, KEEP_DAILY));
  const budget = Math.max(BUDGET_FLOOR, BUDGET_COPIES * auto[0]!.size);
  const keep = new Set<string>();
  let used = 0;
  byWorth.forEach((f, i) => {
    if (keep.has(f.name) || (i >= KEEP_NEWEST && used + f.size > budget)) return;
    keep.add(f.name);
    used += f.size;
  });
  return auto.filter((f) => !keep.has(f.name)).map((f) => f.name);
}

/**
 * Deletes what backupsToPrune names, off the app's thread: unlinking a 5.5 GB file held the thread 1.8 s in
 * bench --large, for each copy pruned.
 */
export async function pruneAutomaticBackups(dir: string): Promise<string[]> {
  const pruned = backupsToPrune(listBackups(dir, AUTO_PREFIX));
  for (const name of pruned) await rm(join(dir, name), { force: true });
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
  // The restored file passed the full check before it was staged; a flag about the old one no longer applies.
  clearDamaged(liveFile);
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

