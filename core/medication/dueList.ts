import type { Db } from '../../db/open.ts';
import { stmt } from '../shared/statements.ts';
import { bedLabel } from '../beds/schema.ts';
import { residentsDrugAllergies } from './allergies.ts';
import { ordersOnFloor, slotKey, stayOf, type AdministrationDbRow, type DueOrderDbRow } from './queries.ts';
import { dueSlots, shiftWindow } from './slots.ts';
import type { DueResident, Shift } from './schema.ts';

/**
 * What was recorded for the given orders in the shift's window [from, to): one short walk of
 * medication_administrations' key per order, bounded on (due_date, due_time) so the day's other shifts are not read.
 * The orders are the ones the shift's list already found (running in the shift), so the floor's residents and their
 * past orders are not walked a second time.
 */
function recordedFor(db: Db, orderIds: number[], from: string, to: string): Map<string, AdministrationDbRow> {
  const rows = stmt<Omit<AdministrationDbRow, 'recorder_name'> & { round_id: number }>(
    db,
    `SELECT a.order_id, a.due_date, a.due_time, a.status, a.given_time, a.reason, a.round_id
     FROM json_each(?) j JOIN medication_administrations a ON a.order_id = j.value AND (a.due_date, a.due_time) >= (?, ?) AND (a.due_date, a.due_time) < (?, ?)`,
  ).all(JSON.stringify(orderIds), from.slice(0, 10), from.slice(11), to.slice(0, 10), to.slice(11));
  // A floor's shift is saved in a round or a few: each round's recorder is read once.
  const recorderOf = stmt<string>(db, 'SELECT recorder_name FROM medication_rounds WHERE id = ?').pluck();
  const recorders = new Map<number, string>();
  const map = new Map<string, AdministrationDbRow>();
  for (const a of rows) {
    let name = recorders.get(a.round_id);
    if (name === undefined) recorders.set(a.round_id, (name = recorderOf.get(a.round_id) ?? ''));
    map.set(slotKey(a.order_id, a.due_date, a.due_time), Object.assign(a, { recorder_name: name }));
  }
  return map;
}

/** Residents with at least one dose recorded in the shift that started on `date`. */
function residentsRecordedIn(db: Db, date: string, shift: Shift): Set<number> {
  return new Set(stmt<number>(db, 'SELECT resident_id FROM medication_shift_tally WHERE shift_date = ? AND shift = ? AND doses > 0').pluck().all(date, shift));
}

export interface FloorShift {
  orders: Map<number, DueOrderDbRow>;
  residents: DueResident[];
  /** What is already recorded for the shift's doses, by slotKey (recordShift tells a correction from a first entry by it). */
  recorded: Map<string, AdministrationDbRow>;
}

/**
 * 本班给药单: a floor's doses due in a shift, by bed, each with what has been recorded for it. The night shift
 * runs past midnight, so its doses may fall on the next date.
 */
export function floorShift(db: Db, floor: number, date: string, shift: Shift): FloorShift {
  const { from, to } = shiftWindow(date, shift);
  const orders = ordersOnFloor(db, floor, from, to);
  // Only residents with a dose already recorded in this shift (the per-shift tally, 0018) have anything to look up:
  // while the shift is being given, most have none yet.
  const started = residentsRecordedIn(db, date, shift);
  const due = orders
    .map((o) => ({ o, slots: dueSlots({ times: o.times.split(','), longTerm: o.long_term === 1, startAt: o.start_at, stopAt: o.stop_at }, stayOf(o), date, shift) }))
    .filter((d) => d.slots.length > 0);
  const recorded = recordedFor(db, due.filter((d) => started.has(d.o.resident_id)).map((d) => d.o.id), from, to);
  const allergies = residentsDrugAllergies(db, [...new Set(due.map((d) => d.o.resident_id))]);
  const byResident = new Map<number, DueResident>();
  for (const { o, slots } of due) {
    let resident = byResident.get(o.resident_id);
    if (!resident) {
      resident = {
        residentId: o.resident_id,
        name: o.resident_name,
        bedLabel: bedLabel(o.room, o.bed_no),
        allergies: allergies.get(o.resident_id) ?? [],
        doses: [],
      };
      byResident.set(o.resident_id, resident);
    }
    for (const s of slots) {
      const a = recorded.get(slotKey(o.id, s.dueDate, s.dueTime));
      resident.doses.push({
        orderId: o.id,
        drugName: o.drug_name,
        spec: o.spec,
        dose: o.dose,
        route: o.route,
        longTerm: o.long_term === 1,
        dueDate: s.dueDate,
        dueTime: s.dueTime,
        status: a?.status ?? null,
        givenTime: a?.given_time ?? null,
        reason: a?.reason ?? null,
        recordedBy: a?.recorder_name ?? null,
      });
    }
  }
  for (const r of byResident.values()) r.doses.sort((a, b) => `${a.dueDate}${a.dueTime}`.localeCompare(`${b.dueDate}${b.dueTime}`) || a.orderId - b.orderId);
  return { orders: new Map(orders.map((o) => [o.id, o])), residents: [...byResident.values()], recorded };
}

export const dueList = (db: Db, floor: number, date: string, shift: Shift): DueResident[] => floorShift(db, floor, date, shift).residents;

/** The floors that have beds, for the floor picker. */
export function floors(db: Db): number[] {
  return stmt<number>(db, 'SELECT DISTINCT floor FROM beds WHERE active = 1 ORDER BY floor').pluck().all();
}
