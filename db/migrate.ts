import { readdirSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { APPLICATION_ID, type Db } from './open.ts';
import { DatabaseOpenError } from './errors.ts';

export interface Migration {
  version: number;
  name: string;
  sql: string;
}

const MIGRATION_FILE = /^(\d{4})-([a-z0-9-]+)\.sql$/;

/** The migrations folder sits next to this file; the Electron build copies it beside its bundle. */
export function migrationsDir(): string {
  return fileURLToPath(new URL('./migrations/', import.meta.url));
}

export function loadMigrations(dir: string = migrationsDir()): Migration[] {
  const migrations = readdirSync(dir)
    .map((file) => ({ file, match: MIGRATION_FILE.exec(file) }))
    .filter((m): m is { file: string; match: RegExpExecArray } => m.match !== null)
    .map(({ file, match }) => ({
      version: Number(match[1]),
      name: match[2] ?? file,
      sql: readFileSync(`${dir}/${file}`, 'utf8'),
    }))
    .sort((a, b) => a.version - b.version);
  migrations.forEach((m, i) => {
    if (m.version !== i + 1) throw new Error(`迁移文件编号不连续：期望 ${i + 1}，实际 ${m.version}（${m.name}）`);
  });
  return migrations;
}

export function schemaVersion(db: Db): number {
  return db.pragma('user_version', { simple: true }) as number;
}

/**
 * Brings the database up to the newest migration. Forward only; each step runs in one transaction
 * together with its user_version bump, so a failing step leaves the file exactly as it was.
 */
export function migrate(db: Db, migrations: Migration[] = loadMigrations()): { from: number; to: number } {
  const from = schemaVersion(db);
  const latest = migrations.length;
  if (from > latest) {
    throw new DatabaseOpenError(
      'too-new',
      `数据文件的版本（${from}）比本程序能识别的版本（${latest}）新，请先升级“养老医务通”再打开。数据未被改动。`,
    );
  }
  if (from > 0) assertOurs(db);
  for (const m of migrations.slice(from)) {
    try {
      db.transaction(() => {
        db.exec(m.sql);
        if (m.version === 1) db.pragma(`application_id = ${APPLICATION_ID}`);
        db.pragma(`user_version = ${m.version}`);
      })();
    } catch (cause) {
      throw new DatabaseOpenError(
        'migration-failed',
        `数据库升级到第 ${m.version} 版（${m.name}）时失败，数据保持升级前的状态。原因：${(cause as Error).message}`,
        { cause },
      );
    }
  }
  return { from, to: latest };
}

export function assertOurs(db: Db): void {
  const id = db.pragma('application_id', { simple: true }) as number;
  if (id !== APPLICATION_ID) {
    throw new DatabaseOpenError('foreign', '这不是“养老医务通”的数据文件（文件标识不符），已拒绝打开。');
  }
}
