import type { Db } from '../../db/open.ts';
import { stmt } from '../shared/statements.ts';
import { RESIDENT_COLUMNS, RESIDENT_FROM, toResidentRow, type ResidentDbRow } from '../residents/queries.ts';
import type { ResidentRow } from '../residents/schema.ts';

/** The residents a call names, by id (one statement for a whole round). */
export function residentsByIds(db: Db, ids: readonly number[], today: string): Map<number, ResidentRow> {
  const rows = stmt<ResidentDbRow>(db, `SELECT ${RESIDENT_COLUMNS} ${RESIDENT_FROM} WHERE r.id IN (SELECT value FROM json_each(?))`).all(JSON.stringify(ids));
  return new Map(rows.map((r) => [r.id, toResidentRow(r, today)]));
}

/** “101-2床 张秀英”: how a row of a round is named in every message about it. */
export const rowLabel = (r: Pick<ResidentRow, 'bedLabel' | 'name'>): string => `${r.bedLabel}床 ${r.name}`;

/** A resident's latest height in cm, through the partial index of heights (vital_signs_height). */
export function latestHeight(db: Db, residentId: number): number | null {
  const h = stmt<number>(
    db,
    `SELECT height FROM vital_signs INDEXED BY vital_signs_height
     WHERE resident_id = ? AND height IS NOT NULL AND deleted_at IS NULL ORDER BY taken_at DESC LIMIT 1`,
  )
    .pluck()
    .get(residentId);
  return h === undefined ? null : h / 10;
}

/** Who recorded readings: user ids to names (a home has a few dozen accounts). */
export function userNames(db: Db): Map<number, string> {
  const rows = stmt<{ id: number; display_name: string }>(db, 'SELECT id, display_name FROM users').all();
  return new Map(rows.map((r) => [r.id, r.display_name]));
}
