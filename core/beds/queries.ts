import type { Db } from '../../db/open.ts';
import { conflict, invalid } from '../shared/errors.ts';
import { stmt } from '../shared/statements.ts';
import { ageOn } from '../shared/dates.ts';
import { bedLabel, type BedCell, type FloorSummary } from './schema.ts';

/** The beds area's published reads: the bed map, the floors, and whether a bed can take a resident. */
interface BedDbRow {
  id: number;
  floor: number;
  room: string;
  bed_no: string;
  active: number;
  resident_id: number | null;
  name: string | null;
  sex: '男' | '女' | null;
  birth_date: string | null;
  care_level: number | null;
}

const BEDS_WITH_OCCUPANTS = `
  SELECT b.id, b.floor, b.room, b.bed_no, b.active,
         r.id AS resident_id, r.name, r.sex, r.birth_date, r.care_level
  FROM beds b
  LEFT JOIN residents r ON r.bed_id = b.id AND r.status = 'in_residence' AND r.deleted_at IS NULL`;

/** Rooms sort as numbers where they are numbers (301 before 1001). */
const BED_ORDER = 'ORDER BY b.floor, length(b.room), b.room, length(b.bed_no), b.bed_no';

function toCell(row: BedDbRow, today: string): BedCell {
  return {
    bedId: row.id,
    floor: row.floor,
    room: row.room,
    bedNo: row.bed_no,
    label: bedLabel(row.room, row.bed_no),
    active: row.active === 1,
    occupant:
      row.resident_id === null
        ? null
        : {
            residentId: row.resident_id,
            name: row.name!,
            sex: row.sex!,
            age: ageOn(row.birth_date!, today),
            careLevel: row.care_level,
          },
  };
}

export function listBeds(db: Db, today: string, floor: number | null = null): BedCell[] {
  const rows =
    floor === null
      ? stmt<BedDbRow>(db, `${BEDS_WITH_OCCUPANTS} ${BED_ORDER}`).all()
      : stmt<BedDbRow>(db, `${BEDS_WITH_OCCUPANTS} WHERE b.floor = ? ${BED_ORDER}`).all(floor);
  return rows.map((r) => toCell(r, today));
}

export function floorSummaries(db: Db): FloorSummary[] {
  return stmt<FloorSummary>(
    db,
    // Beds in use only; a floor whose beds are all stopped still shows, so they can be started again.
    `SELECT b.floor AS floor, sum(b.active) AS beds, count(r.id) AS occupied
     FROM beds b LEFT JOIN residents r ON r.bed_id = b.id AND r.status = 'in_residence' AND r.deleted_at IS NULL
     GROUP BY b.floor ORDER BY b.floor`,
  ).all();
}

export function getBed(db: Db, bedId: number, today: string): BedCell | undefined {
  const row = stmt<BedDbRow>(db, `${BEDS_WITH_OCCUPANTS} WHERE b.id = ?`).get(bedId);
  return row && toCell(row, today);
}

/** A bed a resident can move into: exists, in use, empty (or already theirs). */
export function requireFreeBed(db: Db, bedId: number, today: string, field: string, residentId?: number): BedCell {
  const bed = getBed(db, bedId, today);
  if (!bed) throw invalid('所选床位不存在，请重新选择', field);
  if (!bed.active) throw invalid(`床位 ${bed.label} 已停用，请选择其他床位`, field);
  if (bed.occupant && bed.occupant.residentId !== residentId) {
    throw conflict(`床位 ${bed.label} 已有老人入住（${bed.occupant.name}），请选择空床位`, field);
  }
  return bed;
}

