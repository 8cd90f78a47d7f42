import type { Db } from '../../db/open.ts';
import { stmt } from '../shared/statements.ts';
import { homeRanges } from './thresholds.ts';
import { latestHeight, userNames } from './people.ts';
import { toReading, VITAL_COLUMNS, type VitalDbRow } from './storage.ts';
import type { Reading } from './schema.ts';

/**
 * A resident's readings, newest first, a page at a time from a cursor (the `takenAt` of the last row shown):
 * a walk back along the key. Deleted readings are included, marked, for the director to restore.
 */
export function residentReadings(db: Db, input: { residentId: number; before: number | null; limit: number }): { rows: Reading[]; nextCursor: number | null } {
  const rows = stmt<VitalDbRow>(
    db,
    `SELECT ${VITAL_COLUMNS} FROM vital_signs v WHERE v.resident_id = ? AND v.taken_at < ? ORDER BY v.taken_at DESC LIMIT ?`,
  ).all(input.residentId, input.before ?? Number.MAX_SAFE_INTEGER, input.limit + 1);
  const more = rows.length > input.limit;
  const page = rows.slice(0, input.limit);
  const { ranges } = homeRanges(db);
  const heightCm = latestHeight(db, input.residentId);
  const names = userNames(db);
  return { rows: page.map((r) => toReading(r, ranges, heightCm, names)), nextCursor: more ? page.at(-1)!.taken_at : null };
}
