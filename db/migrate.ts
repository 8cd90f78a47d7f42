import { APPLICATION_ID, type Db } from './open.ts';
import { DatabaseOpenError } from './errors.ts';
import type { Migration } from './migration.ts';
import { MIGRATIONS } from './migrations/index.ts';

export type { Migration };

/** The steps in order, numbered 1, 2, 3 … without gaps (checked, so a missing or doubled file is caught at start). */
export function loadMigrations(list: readonly Migration[] = MIGRATIONS): Migration[] {
  const migrations = [...list].sort((a, b) => a.version - b.version);
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
        m.up(db);
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
