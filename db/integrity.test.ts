import { closeSync, existsSync, mkdtempSync, openSync, rmSync, writeFileSync, writeSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { openAppDatabase } from './app-database.ts';
import { openDatabase } from './open.ts';
import { DatabaseOpenError } from './errors.ts';
import { damagedFlag, flagDamaged, inUseMarker, integrityProblems } from './integrity.ts';

const dirs: string[] = [];
afterEach(() => dirs.splice(0).forEach((d) => rmSync(d, { recursive: true, force: true })));

/** A data file with enough audit rows to fill many pages, closed cleanly. */
function dataFile(): string {
  const dir = mkdtempSync(join(tmpdir(), 'ylywt-integrity-'));
  dirs.push(dir);
  const file = join(dir, 'ylywt.sqlite');
  const db = openAppDatabase(file);
  const insert = db.prepare(`INSERT INTO audit_log (at, user_name, action, entity, summary) VALUES (?, '系统', 'x.y', 'bed', ?)`);
  db.transaction(() => {
    for (let i = 0; i < 3000; i++) insert.run(new Date(1_700_000_000_000 + i * 1000).toISOString(), `第 ${i} 条`);
  })();
  db.close();
  return file;
}

/** Overwrites one leaf page of the audit log's table with garbage: what a failing disk does. */
function breakAPage(file: string): void {
  const db = openDatabase(file, { readonly: true });
  const page = db.prepare(`SELECT pageno FROM dbstat WHERE name = 'audit_log' AND pagetype = 'leaf' ORDER BY pageno LIMIT 1 OFFSET 5`).pluck().get() as number;
  db.close();
  const fd = openSync(file, 'r+');
  writeSync(fd, Buffer.alloc(4096, 0x5a), 0, 4096, (page - 1) * 4096);
  closeSync(fd);
}

/** An index that no longer matches its table: only the full check (integrity_check) sees it, quick_check does not. */
function breakAnIndex(file: string): void {
  const db = openDatabase(file);
  // unsafeMode lifts better-sqlite3's SQLITE_DBCONFIG_DEFENSIVE, which otherwise forbids writing the schema.
  db.unsafeMode(true);
  db.pragma('writable_schema = ON');
  db.prepare(`UPDATE sqlite_master SET sql = 'CREATE INDEX audit_log_at ON audit_log (summary)' WHERE name = 'audit_log_at'`).run();
  db.close();
}

const refusal = (file: string) => {
  try {
    openAppDatabase(file).close();
  } catch (error) {
    return error;
  }
  return null;
};

describe('checking the data file at open', () => {
  it('marks the file in use while open and removes the mark on a clean close', () => {
    const file = dataFile();
    expect(existsSync(inUseMarker(file))).toBe(false);
    const db = openAppDatabase(file);
    expect(existsSync(inUseMarker(file))).toBe(true);
    db.close();
    expect(existsSync(inUseMarker(file))).toBe(false);
  });

  it('after a clean close, opens without reading the whole file (the damage waits for the background check)', () => {
    const file = dataFile();
    breakAPage(file);
    expect(refusal(file)).toBeNull();
  });

  it('after an unclean close (the mark is still there), checks first and refuses a damaged file, saying so in Chinese', () => {
    const file = dataFile();
    breakAPage(file);
    writeFileSync(inUseMarker(file), '{}');
    const error = refusal(file);
    expect(error).toBeInstanceOf(DatabaseOpenError);
    expect(error).toMatchObject({ reason: 'damaged', message: expect.stringMatching(/^上次没有正常关闭，检查发现数据文件损坏（.+），请从备份恢复。$/) });
    // Refused again next time: the mark stays until the file is sound.
    expect(existsSync(inUseMarker(file))).toBe(true);
    expect(refusal(file)).toBeInstanceOf(DatabaseOpenError);
  });

  it('after an unclean close, opens a sound file and marks it again', () => {
    const file = dataFile();
    writeFileSync(inUseMarker(file), '{}');
    const db = openAppDatabase(file);
    expect(db.prepare('SELECT count(*) FROM audit_log').pluck().get()).toBe(3000);
    db.close();
    expect(existsSync(inUseMarker(file))).toBe(false);
  });

  it('when the background check flagged the file, checks fully at open and refuses what quick_check would let through', () => {
    const file = dataFile();
    breakAnIndex(file);
    const db = openDatabase(file, { readonly: true });
    expect(integrityProblems(db, 'quick')).toEqual([]);
    const problems = integrityProblems(db, 'full');
    db.close();
    expect(problems.length).toBeGreaterThan(0);
    flagDamaged(file, problems);
    writeFileSync(inUseMarker(file), '{}');
    expect(refusal(file)).toMatchObject({ reason: 'damaged', message: expect.stringContaining('完整性检查发现数据文件损坏') });
    expect(existsSync(damagedFlag(file))).toBe(true);
  });

  it('clears the flag when the full check at open finds the file sound (a false alarm, or a repaired disk)', () => {
    const file = dataFile();
    flagDamaged(file, ['row 1 missing from index audit_log_at']);
    openAppDatabase(file).close();
    expect(existsSync(damagedFlag(file))).toBe(false);
  });
});
