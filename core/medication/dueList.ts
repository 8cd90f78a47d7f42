import type { Db } from '../../db/open.ts';
import { stmt } from '../shared/statements.ts';
import { bedLabel } from '../beds/schema.ts';
import { residentAllergies } from './allergies.ts';
import { ordersOnFloor, slotKey, stayOf, type AdministrationDbRow, type OrderDbRow } from './queries.ts';
import { dueSlots, shiftWindow } from './slots.ts';
import type { DueResident, Shift } from './schema.ts';

/**
 * What was recorded for the given orders between two dates: one short walk of medication_administrations' key per
 * order. The orders are the ones the shift's list already found (running in the shift), so the floor's residents
 * and their past orders are not walked a second time.
 */
function recordedFor(db: Db, orderIds: number[], fromDate: string, toDate: string): Map<string, AdministrationDbRow> {
  const rows = stmt<AdministrationDbRow>(
    db,
    `SELECT a.order_id, a.due_date, a.due_time, a.status, a.given_time, a.reason, m.recorder_name
     FROM json_each(?) j JOIN medication_administrations a ON a.order_id = j.value AND a.due_date >= ? AND a.due_date <= ?
       JOIN medication_rounds m ON m.id = a.round_id`,
  ).all(JSON.stringify(orderIds), fromDate, toDate);
  return new Map(rows.map((a) => [slotKey(a.order_id, a.due_date, a.due_time), a]));
}

export interface FloorShift {
  orders: Map<number, OrderDbRow>;
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
  const recorded = recordedFor(db, orders.map((o) => o.id), from.slice(0, 10), to.slice(0, 10));
  const byResident = new Map<number, DueResident>();
  for (const o of orders) {
    const slots = dueSlots({ times: o.times.split(','), longTerm: o.long_term === 1, startAt: o.start_at, stopAt: o.stop_at }, stayOf(o), date, shift);
    if (slots.length === 0) continue;
    let resident = byResident.get(o.resident_id);
    if (!resident) {
      resident = {
        residentId: o.resident_id,
        name: o.resident_name,
        bedLabel: bedLabel(o.room, o.bed_no),
        allergies: residentAllergies(db, o.resident_id)
          .filter((a) => a.category === 'drug')
          .map((a) => a.substance),
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
