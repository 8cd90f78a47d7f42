import { existsSync, rmSync, writeFileSync } from 'node:fs';
import type { Db } from './open.ts';

/**
 * Whether a file needs checking when it is opened. `PRAGMA quick_check` on every open reads the whole file:
 * 4.6 s at 5.5 GB already in the OS's cache (bench --large), and the time to read 5.5 GB from disk (half a
 * minute and more) on a cold start, every start. SQLite's WAL with synchronous=FULL keeps a
 * file sound through a crash or a power cut; what damages one is the disk or something outside SQLite,
 * and that is what the full check in the background after the daily backup looks for (core/system/integrity.ts).
 * So an open checks only when there is a reason to:
 * - the in-use marker is still there: the last run did not close the file cleanly (killed, power cut, crash);
 * - the damaged flag is there: the background check found a problem; the open checks fully and refuses the
 *   file if the problem is still there, so a damaged file is never silently used.
 */
export const inUseMarker = (file: string) => `${file}.in-use`;
export const damagedFlag = (file: string) => `${file}.damaged`;

export type CheckKind = 'quick' | 'full';

/** What the open must check, from the marker and the flag left beside the file. */
export function checkNeededAtOpen(file: string): CheckKind | null {
  if (existsSync(damagedFlag(file))) return 'full';
  if (existsSync(inUseMarker(file))) return 'quick';
  return null;
}

/** SQLite's own findings (at most `max`), none when the file is sound. quick_check skips comparing indexes with their tables. */
export function integrityProblems(db: Db, kind: CheckKind, max = 10): string[] {
  const pragma = kind === 'quick' ? 'quick_check' : 'integrity_check';
  let found: string[];
  try {
    found = (db.pragma(`${pragma}(${max})`) as Record<string, string>[]).map((row) => Object.values(row)[0]!);
  } catch (error) {
    // A page too broken to walk stops the check itself; that is a finding too.
    const code = (error as { code?: string }).code;
    if (code === 'SQLITE_CORRUPT' || code === 'SQLITE_NOTADB') return [(error as Error).message];
    throw error;
  }
  return found.length === 1 && found[0] === 'ok' ? [] : found;
}

/** Marks the file in use until `db.close()` succeeds; a close that throws (a backup still running) leaves the mark. */
export function markInUse(db: Db, file: string): void {
  const marker = inUseMarker(file);
  writeFileSync(marker, `${JSON.stringify({ pid: process.pid, openedAt: new Date().toISOString() })}\n`);
  const close = db.close.bind(db);
  db.close = () => {
    close();
    rmSync(marker, { force: true });
    return db;
  };
}

/** Left by a check that found damage, read by the next open. */
export function flagDamaged(file: string, problems: string[]): void {
  writeFileSync(damagedFlag(file), `${problems.join('\n')}\n`);
}

export function clearDamaged(file: string): void {
  rmSync(damagedFlag(file), { force: true });
}
