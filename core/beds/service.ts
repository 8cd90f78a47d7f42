import type { Db } from '../../db/open.ts';
import type { WriteContext } from '../api/context.ts';
import { conflict, invalid, notFound } from '../shared/errors.ts';
import { stmt } from '../shared/statements.ts';
import { ageOn } from '../shared/dates.ts';
import { bedLabel, type AddBedsInput, type BedCell, type FloorSummary } from './schema.ts';

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

export function addBeds(ctx: WriteContext, input: AddBedsInput): { added: number } {
  const labels: { room: string; bedNo: string }[] = [];
  for (let room = input.roomFrom; room <= input.roomTo; room++) {
    for (let bed = 1; bed <= input.bedsPerRoom; bed++) labels.push({ room: String(room), bedNo: String(bed) });
  }
  const exists = stmt<{ id: number }>(ctx.db, 'SELECT id FROM beds WHERE room = ? AND bed_no = ?');
  const taken = labels.filter((l) => exists.get(l.room, l.bedNo) !== undefined);
  if (taken.length > 0) {
    const shown = taken.slice(0, 5).map((l) => bedLabel(l.room, l.bedNo)).join('、');
    throw conflict(`以下床位已存在：${shown}${taken.length > 5 ? ` 等 ${taken.length} 张` : ''}，请调整房间号`, 'roomFrom');
  }
  const insert = stmt(ctx.db, 'INSERT INTO beds (floor, room, bed_no, active, created_at) VALUES (?, ?, ?, 1, ?)');
  for (const l of labels) insert.run(input.floor, l.room, l.bedNo, ctx.now.toISOString());
  ctx.audit({
    entity: 'bed',
    entityId: null,
    summary: `添加床位：${input.floor} 楼 ${input.roomFrom}–${input.roomTo} 号房，每间 ${input.bedsPerRoom} 张，共 ${labels.length} 张`,
    after: input,
  });
  return { added: labels.length };
}

export function setBedActive(ctx: WriteContext, bedId: number, active: boolean): BedCell {
  const bed = getBed(ctx.db, bedId, ctx.today);
  if (!bed) throw notFound('该床位');
  if (!active && bed.occupant) {
    throw conflict(`床位 ${bed.label} 有老人在住（${bed.occupant.name}），请先为老人换床再停用`, 'bedId');
  }
  if (bed.active === active) return bed;
  stmt(ctx.db, 'UPDATE beds SET active = ? WHERE id = ?').run(active ? 1 : 0, bedId);
  ctx.audit({
    entity: 'bed',
    entityId: bedId,
    summary: `${active ? '启用' : '停用'}床位 ${bed.label}`,
    before: { active: bed.active },
    after: { active },
  });
  return { ...bed, active };
}
