import { existsSync, rmSync } from 'node:fs';
import { openDatabase } from '../../db/open.ts';
import { latestSchemaVersion } from '../../db/app-database.ts';

/**
 * The demo folder holds generated data only. When the program has moved on (new areas with their own demo
 * records), an older demo is thrown away and generated afresh, so a newcomer always sees every screen with
 * something in it. Real data folders are never touched here: they are migrated.
 */
export function discardOutdatedDemo(dbFile: string): boolean {
  if (!existsSync(dbFile)) return false;
  let version: number;
  try {
    const db = openDatabase(dbFile, { readonly: true });
    try {
      version = db.pragma('user_version', { simple: true }) as number;
    } finally {
      db.close();
    }
  } catch {
    // Unreadable: regenerate it rather than refuse to start the demo.
    version = -1;
  }
  if (version === latestSchemaVersion()) return false;
  for (const suffix of ['', '-wal', '-shm', '.in-use']) rmSync(`${dbFile}${suffix}`, { force: true });
  return true;
}
