import { mkdtempSync, rmSync, writeFileSync, readdirSync, truncateSync, copyFileSync, existsSync, openSync, writeSync, closeSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { AUTO_PREFIX, backupIntoDataDir, backupsToPrune, backupTo, backupToFolder, BACKUP_PAGES_PER_STEP, inspectBackupFile } from './backup.ts';
import { openAppDatabase, latestSchemaVersion } from './app-database.ts';
import { openDatabase } from './open.ts';

const dirs: string[] = [];
const tempDir = () => {
  const dir = mkdtempSync(join(tmpdir(), 'ylywt-backup-'));
  dirs.push(dir);
  return dir;
};
afterEach(() => dirs.splice(0).forEach((d) => rmSync(d, { recursive: true, force: true })));

const name = (day: string, time = '090000') => `auto-${day}-${time}.sqlite`;
const MB = 1024 ** 2;
const GB = 1024 ** 3;
/** Backup files of one size each, as listBackups gives them. */
const sized = (names: string[], size = 50 * MB) => names.map((n) => ({ name: n, size }));
const days = (month: string, from: number, to: number) =>
  Array.from({ length: to - from + 1 }, (_, i) => name(`${month}${String(from + i).padStart(2, '0')}`));
const kept = (files: { name: string; size: number }[]) => {
  const pruned = new Set(backupsToPrune(files));
  return files.map((f) => f.name).filter((n) => !pruned.has(n)).sort();
};

describe('which automatic backups are kept', () => {
  it('keeps everything while there are 14 or fewer', () => {
    expect(backupsToPrune(sized(days('202611', 1, 14)))).toEqual([]);
  });

  it('keeps the newest 14 plus the newest of each month, while the copies are small', () => {
    const names = [...days('202610', 1, 30), ...days('202611', 1, 20), name('20260915'), name('20260920'), name('20250101')];
    // 14 newest: 2026-11-07 … 2026-11-20; newest of October, September and January 2025.
    expect(kept(sized(names))).toEqual([name('20250101'), name('20260920'), name('20261030'), ...days('202611', 7, 20)].sort());
  });

  it('keeps one copy a month for the latest 12 months that have one, not for ever', () => {
    const monthly = Array.from({ length: 34 }, (_, i) => name(`${2024 + Math.floor(i / 12)}${String((i % 12) + 1).padStart(2, '0')}28`));
    const names = [...monthly, ...days('202611', 1, 20)];
    // The 14 newest are November's; with November, the 11 months before it (2025-12 … 2026-10).
    expect(kept(sized(names))).toEqual([...monthly.slice(-11), ...days('202611', 7, 20)].sort());
  });

  it('for a 2 GB file keeps the 3 newest and the last two months: five copies, 10 GB, not 30', () => {
    const names = [...days('202609', 1, 30), ...days('202610', 1, 31), ...days('202611', 1, 20)];
    expect(kept(sized(names, 2 * GB))).toEqual([name('20260930'), name('20261031'), ...days('202611', 18, 20)].sort());
  });

  it('spends a budget of five copies of the newest, but always keeps the 3 newest, even over it', () => {
    const names = days('202611', 1, 10);
    expect(kept(sized(names, 5 * GB))).toEqual(days('202611', 6, 10));
    expect(kept(names.map((n, i) => ({ name: n, size: i === 9 ? 1 * MB : 3 * GB })))).toEqual(days('202611', 8, 10));
  });

  it('never touches manual backups or the copies kept before a restore', () => {
    const names = [...days('202611', 1, 20), 'manual-20260101T0900.sqlite', 'before-restore-20260101-090000.sqlite'];
    expect(backupsToPrune(sized(names, 2 * GB)).some((n) => !n.startsWith('auto-'))).toBe(false);
  });
});

describe('backups and their checks', () => {
  it('writes a consistent online copy into backups/ that passes the restore check', async () => {
    const dir = tempDir();
    const db = openAppDatabase(join(dir, 'ylywt.sqlite'));
    db.exec(`INSERT INTO beds (floor, room, bed_no, created_at) VALUES (1, '101', '1', '2026-11-23')`);
    const file = await backupIntoDataDir(db, dir, AUTO_PREFIX, new Date('2026-11-23T09:00:00'));
    db.close();
    expect(readdirSync(join(dir, 'backups'))).toEqual(['auto-20261123-090000.sqlite']);
    expect(inspectBackupFile(file, latestSchemaVersion())).toEqual({ ok: true, version: latestSchemaVersion() });
    const copy = openDatabase(file, { readonly: true });
    expect(copy.prepare('SELECT count(*) FROM beds').pluck().get()).toBe(1);
    copy.close();
  });

  it('copies a file of many steps, and stops between two steps when asked, leaving no partial copy', async () => {
    const dir = tempDir();
    const db = openAppDatabase(join(dir, 'ylywt.sqlite'));
    const insert = db.prepare(`INSERT INTO audit_log (at, user_name, action, entity, summary) VALUES ('2026', '系统', 'x.y', 'bed', ?)`);
    db.transaction(() => {
      for (let i = 0; i < 4000; i++) insert.run('备份'.repeat(100));
    })();
    expect(db.pragma('page_count', { simple: true })).toBeGreaterThan(3 * BACKUP_PAGES_PER_STEP);
    const stopped = new AbortController();
    const copy = backupTo(db, join(dir, 'copy.sqlite'), { signal: stopped.signal });
    stopped.abort();
    await expect(copy).rejects.toThrow('备份已中止');
    expect(readdirSync(dir).filter((n) => n.startsWith('copy'))).toEqual([]);

    await backupTo(db, join(dir, 'whole.sqlite'));
    db.close();
    expect(inspectBackupFile(join(dir, 'whole.sqlite'), latestSchemaVersion())).toMatchObject({ ok: true });
  });

  it('backs up to a chosen folder, and says plainly when the folder is not there', async () => {
    const dir = tempDir();
    const usb = tempDir();
    const db = openAppDatabase(join(dir, 'ylywt.sqlite'));
    const file = await backupToFolder(db, usb, '测试/福利院', new Date('2026-11-23T09:00:00'));
    expect(file).toBe(join(usb, '养老医务通备份-测试福利院-20261123-090000.sqlite'));
    await expect(backupToFolder(db, join(usb, 'missing'), 'x', new Date())).rejects.toThrow(/找不到文件夹/);
    db.close();
  });

  it.each([
    ['random bytes', (f: string) => writeFileSync(f, Buffer.alloc(4096, 0x41)), /损坏或不是数据库文件/],
    ['a truncated backup', (f: string) => truncateSync(f, 3000), /损坏|不是数据库/],
    ['an empty file', (f: string) => writeFileSync(f, ''), /^这个文件是空的（0 字节）/],
    [
      'a backup damaged in the middle',
      (f: string) => {
        // Pages past the header overwritten: the file still opens; only the integrity check finds it.
        const fd = openSync(f, 'r+');
        writeSync(fd, Buffer.alloc(4096 * 3, 0x5a), 0, 4096 * 3, 4096 * 2);
        closeSync(fd);
      },
      /^备份文件已损坏/,
    ],
  ])('refuses %s with the reason', async (_label, damage, reason) => {
    const dir = tempDir();
    const db = openAppDatabase(join(dir, 'ylywt.sqlite'));
    for (let i = 0; i < 200; i++) db.prepare(`INSERT INTO beds (floor, room, bed_no, created_at) VALUES (1, ?, '1', '2026')`).run(String(i));
    const file = await backupIntoDataDir(db, dir, AUTO_PREFIX, new Date('2026-11-23T09:00:00'));
    db.close();
    damage(file);
    const check = inspectBackupFile(file, latestSchemaVersion());
    expect(check.ok).toBe(false);
    expect(check.ok ? '' : check.reason).toMatch(reason);
    // A person reads this: no English from SQLite in it.
    expect(check.ok ? '' : check.reason).not.toMatch(/[A-Za-z]{4,}/);
  });

  it('refuses a SQLite file of another program and a backup from a newer version', () => {
    const dir = tempDir();
    const foreign = join(dir, 'foreign.sqlite');
    const f = openDatabase(foreign);
    f.exec('CREATE TABLE t (x)');
    f.close();
    expect(inspectBackupFile(foreign, latestSchemaVersion())).toMatchObject({ ok: false, reason: expect.stringContaining('不是“养老医务通”的备份文件') });

    const newer = join(dir, 'newer.sqlite');
    const n = openAppDatabase(newer);
    n.pragma(`user_version = ${latestSchemaVersion() + 1}`);
    n.close();
    expect(inspectBackupFile(newer, latestSchemaVersion())).toMatchObject({ ok: false, reason: expect.stringContaining('更新版本') });
    expect(inspectBackupFile(join(dir, 'nope.sqlite'), latestSchemaVersion())).toMatchObject({ ok: false, reason: expect.stringContaining('找不到') });
    expect(existsSync(join(dir, 'nope.sqlite'))).toBe(false);
    copyFileSync(newer, join(dir, 'copy.sqlite'));
  });
});
