import { existsSync } from 'node:fs';
import { openDatabase, type Db } from './open.ts';
import { migrate, loadMigrations } from './migrate.ts';
import { DatabaseOpenError } from './errors.ts';
import { checkNeededAtOpen, clearDamaged, integrityProblems, markInUse } from './integrity.ts';

/**
 * Opens the app's database file (or ':memory:') and brings it up to date; a file it cannot trust is not kept
 * open. The file is checked only after an unclean close or a failed background check (see db/integrity.ts),
 * and is marked in use until it is closed.
 */
export function openAppDatabase(file: string): Db {
  const isNew = file === ':memory:' || !existsSync(file);
  const check = isNew ? null : checkNeededAtOpen(file);
  let db: Db;
  try {
    db = openDatabase(file);
  } catch (cause) {
    throw damagedOr(cause, `无法打开数据文件：${(cause as Error).message}`);
  }
  try {
    if (check) {
      const problems = integrityProblems(db, check);
      if (problems.length > 0) {
        const when = check === 'full' ? '完整性检查发现' : '上次没有正常关闭，检查发现';
        throw new DatabaseOpenError('damaged', `${when}数据文件损坏（${problems[0]}），请从备份恢复。`);
      }
      if (check === 'full') clearDamaged(file);
    }
    migrate(db);
    if (file !== ':memory:') markInUse(db, file);
    return db;
  } catch (error) {
    db.close();
    if (error instanceof DatabaseOpenError) throw error;
    throw damagedOr(error, null);
  }
}

/** SQLite's "not a database" and "corrupt" become one message a person can act on. */
function damagedOr(error: unknown, otherwise: string | null): Error {
  const code = (error as { code?: string }).code;
  if (code === 'SQLITE_NOTADB' || code === 'SQLITE_CORRUPT') {
    return new DatabaseOpenError('damaged', '数据文件已损坏或不是数据库文件，请从备份恢复。', { cause: error });
  }
  return otherwise === null ? (error as Error) : new DatabaseOpenError('damaged', otherwise, { cause: error });
}

export function latestSchemaVersion(): number {
  return loadMigrations().length;
}
