import { mkdtempSync, rmSync, writeFileSync, readdirSync, truncateSync, copyFileSync, existsSync, openSync, writeSync, closeSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { automaticBackup, backupsToPrune, backupToFolder, inspectBackupFile } from './backup.ts';
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

describe('which automatic backups are kept', () => {
  it('keeps everything while there are 14 or fewer', () => {
    const names = Array.from({ length: 14 }, (_, i) => name(`202611${String(i + 1).padStart(2, '0')}`));
    expect(backupsToPrune(names)).toEqual([]);
  });

  it('keeps the newest 14 plus the newest of every older month', () => {
    const days = [
      ...Array.from({ length: 30 }, (_, i) => `202610${String(i + 1).padStart(2, '0')}`),
      ...Array.from({ length: 20 }, (_, i) => `202611${String(i + 1).padStart(2, '0')}`),
      '20260915',
      '20260920',
      '20250101',
    ];
    const pruned = new Set(backupsToPrune(days.map((d) => name(d))));
    const kept = days.map((d) => name(d)).filter((n) => !pruned.has(n));
    // 14 newest: 2026-11-07 … 2026-11-20; newest of October, September and January 2025.
    expect(kept.sort()).toEqual(
      [name('20250101'), name('20260920'), name('20261030'), ...Array.from({ length: 14 }, (_, i) => name(`202611${String(i + 7).padStart(2, '0')}`))].sort(),
    );
  });

  it('never touches manual backups or the copies kept before a restore', () => {
    const names = [...Array.from({ length: 20 }, (_, i) => name(`202611${String(i + 1).padStart(2, '0')}`)), 'manual-20260101T0900.sqlite', 'before-restore-20260101-090000.sqlite'];
    expect(backupsToPrune(names).some((n) => !n.startsWith('auto-'))).toBe(false);
  });
});

describe('backups and their checks', () => {
  it('writes a consistent online copy into backups/ that passes the restore check', async () => {
    const dir = tempDir();
    const db = openAppDatabase(join(dir, 'ylywt.sqlite'));
    db.exec(`INSERT INTO beds (floor, room, bed_no, created_at) VALUES (1, '101', '1', '2026-11-23')`);
    const file = await automaticBackup(db, dir, new Date('2026-11-23T09:00:00'));
    db.close();
    expect(readdirSync(join(dir, 'backups'))).toEqual(['auto-20261123-090000.sqlite']);
    expect(inspectBackupFile(file, latestSchemaVersion())).toEqual({ ok: true, version: latestSchemaVersion() });
    const copy = openDatabase(file, { readonly: true });
    expect(copy.prepare('SELECT count(*) FROM beds').pluck().get()).toBe(1);
    copy.close();
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
    const file = await automaticBackup(db, dir, new Date('2026-11-23T09:00:00'));
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
