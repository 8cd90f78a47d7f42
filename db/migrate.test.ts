import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { APPLICATION_ID, openDatabase } from './open.ts';
import { readdirSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { loadMigrations, migrate, schemaVersion, type Migration } from './migrate.ts';
import { codeMigration, migrationsDir } from './migration.ts';
import { openAppDatabase } from './app-database.ts';
import { DatabaseOpenError } from './errors.ts';

const dirs: string[] = [];
const tempFile = () => {
  const dir = mkdtempSync(join(tmpdir(), 'ylywt-migrate-'));
  dirs.push(dir);
  return join(dir, 'test.sqlite');
};
afterEach(() => dirs.splice(0).forEach((d) => rmSync(d, { recursive: true, force: true })));

describe('migrations', () => {
  it('numbers its files 0001, 0002, … without gaps, each naming what it holds', () => {
    const migrations = loadMigrations();
    expect(migrations.map((m) => m.version)).toEqual(migrations.map((_, i) => i + 1));
    expect(migrations[0]!.name).toBe('institution-users-audit');
  });

  it('lists in db/migrations/index.ts exactly the migration files of the folder', () => {
    const files = readdirSync(fileURLToPath(migrationsDir())).filter((f) => /^\d{4}-.+\.(sql|ts)$/.test(f));
    expect(loadMigrations().map((m) => m.file).sort()).toEqual(files.sort());
  });

  it('refuses a gap or a doubled number', () => {
    const step = (file: string) => codeMigration(file, () => undefined);
    expect(() => loadMigrations([step('0001-a.ts'), step('0003-c.ts')])).toThrow('迁移文件编号不连续：期望 2，实际 3（c）');
    expect(() => loadMigrations([step('0001-a.ts'), step('0001-b.ts')])).toThrow(/编号不连续/);
    expect(() => step('1-a.ts')).toThrow(/四位编号/);
  });

  it('runs a TypeScript step (a backfill) in the same sequence and transaction as the SQL ones', () => {
    const db = openDatabase(':memory:');
    const [first] = loadMigrations();
    const fill = codeMigration('0002-fill.ts', (d) => {
      d.exec('CREATE TABLE numbers (n INTEGER) STRICT');
      const insert = d.prepare('INSERT INTO numbers (n) VALUES (?)');
      for (let n = 1; n <= 3; n++) insert.run(n * n);
    });
    migrate(db, [first!, fill]);
    expect(schemaVersion(db)).toBe(2);
    expect(db.prepare('SELECT sum(n) FROM numbers').pluck().get()).toBe(14);
    const failing = codeMigration('0003-fails.ts', (d) => {
      d.exec('CREATE TABLE partial (x INTEGER) STRICT');
      throw new Error('计算失败');
    });
    expect(() => migrate(db, [first!, fill, failing])).toThrow(/第 3 版（fails）.*计算失败/);
    expect(schemaVersion(db)).toBe(2);
    expect(db.prepare(`SELECT count(*) FROM sqlite_master WHERE name = 'partial'`).pluck().get()).toBe(0);
  });

  it('brings a new database to the newest version, marks it as ours, and makes every table STRICT', () => {
    const db = openAppDatabase(':memory:');
    expect(schemaVersion(db)).toBe(loadMigrations().length);
    expect(db.pragma('application_id', { simple: true })).toBe(APPLICATION_ID);
    const tables = db.prepare(`SELECT name, sql FROM sqlite_master WHERE type = 'table'`).all() as { name: string; sql: string }[];
    // STRICT, alone or with WITHOUT ROWID (a table stored in the order of its key, e.g. vital_signs).
    for (const t of tables) expect(t.sql, t.name).toMatch(/\)\s*STRICT(,\s*WITHOUT ROWID)?$/);
    expect(db.pragma('foreign_keys', { simple: true })).toBe(1);
  });

  it('opens a file in WAL mode with full sync, so a power cut keeps committed writes', () => {
    const db = openAppDatabase(tempFile());
    expect(db.pragma('journal_mode', { simple: true })).toBe('wal');
    expect(db.pragma('synchronous', { simple: true })).toBe(2);
    db.close();
  });

  it('is a no-op on a database already up to date', () => {
    const db = openAppDatabase(':memory:');
    expect(migrate(db)).toEqual({ from: loadMigrations().length, to: loadMigrations().length });
  });

  it('leaves the file exactly as it was when a migration step fails', () => {
    const file = tempFile();
    const good = loadMigrations();
    const db = openDatabase(file);
    migrate(db, good.slice(0, 1));
    db.close();
    const before = readFileSync(file);

    const broken: Migration[] = [
      ...good.slice(0, 1),
      { version: 2, name: 'broken', file: '0002-broken.sql', up: (d) => d.exec('CREATE TABLE half (x INTEGER) STRICT; INSERT INTO nowhere VALUES (1);') },
    ];
    const again = openDatabase(file);
    expect(() => migrate(again, broken)).toThrow(DatabaseOpenError);
    expect(schemaVersion(again)).toBe(1);
    expect(again.prepare(`SELECT count(*) FROM sqlite_master WHERE name = 'half'`).pluck().get()).toBe(0);
    again.pragma('wal_checkpoint(TRUNCATE)');
    again.close();
    expect(readFileSync(file).equals(before)).toBe(true);
  });

  it('refuses a database made by a newer version of the program, without changing it', () => {
    const file = tempFile();
    const db = openAppDatabase(file);
    db.pragma(`user_version = ${loadMigrations().length + 1}`);
    db.close();
    expect(() => openAppDatabase(file)).toThrow(/比本程序能识别的版本.*新/);
    const check = openDatabase(file, { readonly: true });
    expect(schemaVersion(check)).toBe(loadMigrations().length + 1);
    check.close();
  });

  it('refuses a SQLite file that belongs to another program', () => {
    const file = tempFile();
    const foreign = openDatabase(file);
    foreign.exec('CREATE TABLE notes (x TEXT)');
    foreign.pragma('user_version = 1');
    foreign.close();
    expect(() => openAppDatabase(file)).toThrow(/不是“养老医务通”的数据文件/);
  });

  it('refuses a damaged file with a message that points to the backups', () => {
    const file = tempFile();
    writeFileSync(file, Buffer.alloc(8192, 7));
    expect(() => openAppDatabase(file)).toThrow(/损坏或不是数据库文件/);
  });
});
