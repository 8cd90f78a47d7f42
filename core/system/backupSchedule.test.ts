import { existsSync, mkdirSync, mkdtempSync, readdirSync, rmSync, utimesSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { createRuntime, type Runtime } from './runtime.ts';
import { bootRuntime } from './boot.ts';
import { dailyBackupAndCheck, FIRST_BACKUP_CHECK_MS, startBackupSchedule } from './backups.ts';
import { backupsDir, inspectBackupFile } from '../../db/backup.ts';
import { damagedFlag } from '../../db/integrity.ts';
import { openDatabase } from '../../db/open.ts';
import { latestSchemaVersion, openAppDatabase } from '../../db/app-database.ts';
import { DatabaseOpenError } from '../../db/errors.ts';

const HOUR = 60 * 60_000;
const cleanups: (() => unknown)[] = [];
afterEach(async () => {
  vi.useRealTimers();
  for (const c of cleanups.splice(0).reverse()) await c();
});

/** A runtime on a fresh data folder whose clock the test moves; audit rows give the file some pages. */
function home(options: { workers?: boolean } = {}) {
  const dir = mkdtempSync(join(tmpdir(), 'ylywt-schedule-'));
  let now = new Date('2026-11-24T09:00:00');
  const base = { dataDir: dir, mode: 'real' as const, clock: () => now, log: () => undefined };
  const runtime: Runtime = options.workers ? bootRuntime(base) : createRuntime(base);
  const insert = runtime.db.prepare(`INSERT INTO audit_log (at, user_name, action, entity, summary) VALUES (?, '系统', 'x.y', 'bed', ?)`);
  runtime.db.transaction(() => {
    for (let i = 0; i < 2000; i++) insert.run(now.toISOString(), `第 ${i} 条：${'备份'.repeat(40)}`);
  })();
  cleanups.push(() => rmSync(dir, { recursive: true, force: true }));
  cleanups.push(async () => {
    await runtime.heavy?.close();
    await runtime.maintenance?.close();
    runtime.db.close();
  });
  return {
    runtime,
    dir,
    backups: () => (existsSync(backupsDir(dir)) ? readdirSync(backupsDir(dir)).sort() : []),
    advance: (ms: number) => (now = new Date(now.getTime() + ms)),
    /** An automatic copy made `hoursAgo` hours before the runtime's now. */
    oldCopy(name: string, hoursAgo: number) {
      mkdirSync(backupsDir(dir), { recursive: true });
      const file = join(backupsDir(dir), name);
      writeFileSync(file, 'x');
      const t = new Date(now.getTime() - hoursAgo * HOUR);
      utimesSync(file, t, t);
    },
  };
}

describe('the automatic backup', () => {
  it('is not taken at start: the first look is a minute later, and then only if none is a day old', async () => {
    vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout', 'setInterval', 'clearInterval'] });
    const h = home();
    h.oldCopy('auto-20261123-100000.sqlite', 23);
    const schedule = startBackupSchedule(h.runtime);
    cleanups.push(() => schedule.stop());
    expect(h.backups()).toEqual(['auto-20261123-100000.sqlite']);
    vi.advanceTimersByTime(FIRST_BACKUP_CHECK_MS);
    await schedule.idle();
    expect(h.backups()).toEqual(['auto-20261123-100000.sqlite']);

    h.advance(2 * HOUR);
    vi.advanceTimersByTime(HOUR);
    await schedule.idle();
    expect(h.backups()).toEqual(['auto-20261123-100000.sqlite', 'auto-20261124-110000.sqlite']);
  });

  it('is taken at the first look when there is none yet, and checks the data afterwards', async () => {
    vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout', 'setInterval', 'clearInterval'] });
    const h = home();
    const schedule = startBackupSchedule(h.runtime);
    cleanups.push(() => schedule.stop());
    expect(h.backups()).toEqual([]);
    vi.advanceTimersByTime(FIRST_BACKUP_CHECK_MS);
    await schedule.idle();
    expect(h.backups()).toEqual(['auto-20261124-090000.sqlite']);
    expect(h.runtime.integrity).toEqual({ checkedAt: h.runtime.clock().toISOString(), problems: [] });
  });

  it('is abandoned by stop() without a half-written copy, and the file then closes cleanly', async () => {
    vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout', 'setInterval', 'clearInterval'] });
    const h = home();
    const schedule = startBackupSchedule(h.runtime);
    vi.advanceTimersByTime(FIRST_BACKUP_CHECK_MS);
    await schedule.stop();
    // It had started (backups/ is made first), and left nothing behind, not even the .partial file.
    expect(existsSync(backupsDir(h.dir))).toBe(true);
    expect(h.backups()).toEqual([]);
  });

  it('copies and checks in the maintenance worker while the app writes, and prunes older copies after the check passed', async () => {
    const h = home({ workers: true });
    for (let d = 1; d <= 20; d++) h.oldCopy(`auto-202611${String(d).padStart(2, '0')}-090000.sqlite`, (24 - d) * 24 + 1);
    // The worker copies while this thread keeps writing: the copy is the snapshot of when it began, and sound.
    const copying = dailyBackupAndCheck(h.runtime);
    h.runtime.db.prepare(`INSERT INTO audit_log (at, user_name, action, entity, summary) VALUES ('x', '系统', 'x.y', 'bed', '备份期间写入')`).run();
    const result = await copying;
    expect(result).toMatchObject({ file: join(backupsDir(h.dir), 'auto-20261124-090000.sqlite'), problems: [] });
    expect(result!.pruned).toHaveLength(7);
    expect(h.backups()).toHaveLength(14);
    expect(inspectBackupFile(result!.file, latestSchemaVersion())).toMatchObject({ ok: true });
  });

  it('keeps every copy when the check finds the data damaged, flags the file, and the next start refuses it', async () => {
    const h = home();
    for (let d = 1; d <= 20; d++) h.oldCopy(`auto-202611${String(d).padStart(2, '0')}-090000.sqlite`, (24 - d) * 24 + 1);
    // An index that no longer matches its table: what only the full check sees.
    const other = openDatabase(h.runtime.dbFile);
    other.unsafeMode(true);
    other.pragma('writable_schema = ON');
    other.prepare(`UPDATE sqlite_master SET sql = 'CREATE INDEX audit_log_at ON audit_log (summary)' WHERE name = 'audit_log_at'`).run();
    other.close();

    const result = await dailyBackupAndCheck(h.runtime);
    expect(result!.problems.length).toBeGreaterThan(0);
    expect(result!.pruned).toEqual([]);
    expect(h.backups()).toHaveLength(21);
    expect(h.runtime.integrity!.problems).toEqual(result!.problems);
    expect(existsSync(damagedFlag(h.runtime.dbFile))).toBe(true);
    expect(() => openAppDatabase(h.runtime.dbFile)).toThrow(DatabaseOpenError);
  });
});
