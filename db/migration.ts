import { readFileSync } from 'node:fs';
import type { Db } from './open.ts';

/** One step of the schema: version n, a name saying what it holds, and the change itself. */
export interface Migration {
  version: number;
  name: string;
  /** The file it comes from in db/migrations/ (NNNN-name.sql or NNNN-name.ts). */
  file: string;
  up(db: Db): void;
}

const FILE = /^(\d{4})-([a-z0-9-]+)\.(sql|ts)$/;

function parse(file: string): { version: number; name: string } {
  const match = FILE.exec(file);
  if (!match) throw new Error(`迁移文件名应为“四位编号-名称.sql/.ts”：${file}`);
  return { version: Number(match[1]), name: match[2]! };
}

/** The migrations folder sits next to this file; the Electron build copies its .sql files beside its bundle. */
export function migrationsDir(): URL {
  return new URL('./migrations/', import.meta.url);
}

/** A step written in SQL, read from its file when it runs (a data folder already up to date never reads it). */
export function sqlMigration(file: string): Migration {
  return { ...parse(file), file, up: (db) => db.exec(readFileSync(new URL(file, migrationsDir()), 'utf8')) };
}

/** A step written in TypeScript, for a backfill SQL cannot express; `up` runs inside the step's transaction. */
export function codeMigration(file: string, up: (db: Db) => void): Migration {
  return { ...parse(file), file, up };
}
