import type { Db } from '../../db/open.ts';
import { stmt } from '../shared/statements.ts';
import { ENCOUNTER_SELECT, toEncounterRow, type EncounterDbRow } from './queries.ts';
import type { EncounterListInput, EncounterRow } from './schema.ts';

/**
 * 诊疗记录 of a period (a month on screen: a few thousand at most), newest first, a page at a time with the
 * period's count; by kind, by resident, only referrals, or the deleted ones.
 */
export function listEncounters(db: Db, input: EncounterListInput): { rows: EncounterRow[]; total: number } {
  const where = ['e.date >= ?', 'e.date <= ?', input.deleted ? 'e.deleted_at IS NOT NULL' : 'e.deleted_at IS NULL'];
  const params: unknown[] = [input.from, input.to];
  if (input.kind !== null) {
    where.push('e.kind = ?');
    params.push(input.kind);
  }
  if (input.residentId !== null) {
    where.push('e.resident_id = ?');
    params.push(input.residentId);
  }
  if (input.referredOnly) where.push('e.referral_kind IS NOT NULL');
  const clause = where.join(' AND ');
  const rows = stmt<EncounterDbRow>(db, `${ENCOUNTER_SELECT} WHERE ${clause} ORDER BY e.date DESC, e.time DESC, e.id DESC LIMIT ? OFFSET ?`)
    .all(...params, input.limit, input.offset)
    .map(toEncounterRow);
  const total = stmt<number>(db, `SELECT count(*) FROM encounters e WHERE ${clause}`).pluck().get(...params)!;
  return { rows, total };
}
