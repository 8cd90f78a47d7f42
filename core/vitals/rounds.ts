import type { Db } from '../../db/open.ts';
import { stmt } from '../shared/statements.ts';
import type { Shift } from './measures.ts';
import { glucoseKindOf, tempSiteOf } from './storage.ts';
import type { RoundInfo } from './schema.ts';
import { localTimeOf } from './time.ts';

/** A round as stored (db/migrations, the vital-signs file). */
export interface RoundDbRow {
  id: number;
  floor: number;
  taken_on: string;
  shift: Shift;
  taken_at: number;
  temp_site: number;
  glucose_kind: number;
  recorded_by: number | null;
  recorded_by_name: string;
  late_reason: string;
  revision: number;
  created_at: string;
  updated_at: string;
}

export function findRound(db: Db, floor: number, date: string, shift: Shift): RoundDbRow | undefined {
  return stmt<RoundDbRow>(db, 'SELECT * FROM vital_rounds WHERE floor = ? AND taken_on = ? AND shift = ?').get(floor, date, shift);
}

export function roundInfo(round: RoundDbRow): RoundInfo {
  return {
    id: round.id,
    revision: round.revision,
    time: localTimeOf(round.taken_at),
    tempSite: tempSiteOf(round.temp_site)!,
    glucoseKind: glucoseKindOf(round.glucose_kind)!,
    recordedBy: round.recorded_by_name,
    updatedAt: round.updated_at,
  };
}
