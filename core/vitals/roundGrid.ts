import type { Db } from '../../db/open.ts';
import { stmt } from '../shared/statements.ts';
import { ageOn } from '../shared/dates.ts';
import { bedLabel } from '../beds/schema.ts';
import { homeRanges } from './thresholds.ts';
import { latestHeight, userNames } from './people.ts';
import { findRound, roundInfo } from './rounds.ts';
import { toReading, VITAL_COLUMNS, type VitalDbRow } from './storage.ts';
import type { RoundGrid, RoundGridRow, RoundQueryInput } from './schema.ts';

interface StayRow {
  id: number;
  name: string;
  sex: '男' | '女';
  birth_date: string;
  admission_date: string;
  status: string;
  left_on: string | null;
  room: string;
  bed_no: string;
}

/**
 * Who a round of a floor is for: everyone whose bed on that day was on that floor (their bed stays), in bed
 * order, so a round entered a few days late lists the floor as it was. Someone who moved or left that day
 * appears on it too; someone admitted later does not.
 */
function floorOnDay(db: Db, floor: number, date: string): StayRow[] {
  return stmt<StayRow>(
    db,
    `SELECT r.id, r.name, r.sex, r.birth_date, r.admission_date, r.status, r.left_on, b.room, b.bed_no
     FROM bed_stays s JOIN beds b ON b.id = s.bed_id JOIN residents r ON r.id = s.resident_id
     WHERE b.floor = ? AND s.start_on <= ? AND (s.end_on IS NULL OR s.end_on >= ?) AND r.deleted_at IS NULL
     GROUP BY r.id
     ORDER BY length(b.room), b.room, length(b.bed_no), b.bed_no, r.id`,
  ).all(floor, date, date);
}

/** The round grid of a floor, day and shift: its residents, and the round's readings if it was saved already. */
export function roundGrid(db: Db, input: RoundQueryInput, today: string): RoundGrid {
  const round = findRound(db, input.floor, input.date, input.shift);
  const { ranges } = homeRanges(db);
  const names = userNames(db);
  const reading = stmt<VitalDbRow>(
    db,
    `SELECT ${VITAL_COLUMNS} FROM vital_signs v WHERE v.resident_id = ? AND v.taken_at = ? AND v.round_id = ? AND v.deleted_at IS NULL`,
  );
  const rows = floorOnDay(db, input.floor, input.date).map((r): RoundGridRow => {
    const heightCm = latestHeight(db, r.id);
    const saved = round ? reading.get(r.id, round.taken_at, round.id) : undefined;
    return {
      residentId: r.id,
      bedLabel: bedLabel(r.room, r.bed_no),
      name: r.name,
      sex: r.sex,
      age: ageOn(r.birth_date, today),
      leftOn: r.status === 'in_residence' ? null : r.left_on,
      admissionDate: r.admission_date,
      heightCm,
      reading: saved ? toReading(saved, ranges, heightCm, names) : null,
    };
  });
  return { floor: input.floor, date: input.date, shift: input.shift, round: round ? roundInfo(round) : null, rows };
}
