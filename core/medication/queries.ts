import type { Db } from '../../db/open.ts';
import { stmt } from '../shared/statements.ts';
import { bedLabel } from '../beds/schema.ts';
import type { AdminStatus, Frequency, OrderRow, Shift } from './schema.ts';
import { isDue, shiftOf, type Stay } from './slots.ts';
import { addDays } from '../shared/dayMath.ts';

// The medication area's published reads: the due list, the MAR, the stock area and filings read orders here.

export interface OrderDbRow {
  id: number;
  resident_id: number;
  resident_name: string;
  room: string;
  bed_no: string;
  floor: number;
  admission_date: string;
  left_on: string | null;
  encounter_id: number | null;
  source: OrderRow['source'];
  prescriber: string;
  drug_code: string | null;
  drug_name: string;
  generic_name: string;
  drug_class: string;
  spec: string;
  dose: string;
  route: string;
  frequency: Frequency;
  times: string;
  long_term: number;
  start_at: string;
  stop_at: string | null;
  stopped_by: string | null;
  stop_reason: string | null;
  notes: string;
}

export const ORDER_SELECT = `
  SELECT o.id, o.resident_id, r.name AS resident_name, b.room, b.bed_no, b.floor, r.admission_date, r.left_on, o.encounter_id,
         o.source, o.prescriber, o.drug_code, o.drug_name, o.generic_name, o.drug_class, o.spec, o.dose, o.route, o.frequency,
         o.times, o.long_term, o.start_at, o.stop_at, o.stopped_by, o.stop_reason, o.notes
  FROM medication_orders o JOIN residents r ON r.id = o.resident_id JOIN beds b ON b.id = r.bed_id`;

export function toOrderRow(r: OrderDbRow): OrderRow {
  return {
    id: r.id,
    residentId: r.resident_id,
    residentName: r.resident_name,
    bedLabel: bedLabel(r.room, r.bed_no),
    floor: r.floor,
    encounterId: r.encounter_id,
    source: r.source,
    prescriber: r.prescriber,
    drugCode: r.drug_code,
    drugName: r.drug_name,
    genericName: r.generic_name,
    drugClass: r.drug_class,
    spec: r.spec,
    dose: r.dose,
    route: r.route,
    frequency: r.frequency,
    times: r.times.split(','),
    longTerm: r.long_term === 1,
    startAt: r.start_at,
    stopAt: r.stop_at,
    stoppedBy: r.stopped_by,
    stopReason: r.stop_reason,
    notes: r.notes,
  };
}

export const stayOf = (r: Pick<OrderDbRow, 'admission_date' | 'left_on'>): Stay => ({ admitted: r.admission_date, leftOn: r.left_on });

export function findOrder(db: Db, id: number): OrderDbRow | undefined {
  return stmt<OrderDbRow>(db, `${ORDER_SELECT} WHERE o.id = ?`).get(id);
}

/** Orders of a floor's residents that run at some moment of [from, to), by bed then drug. */
export function ordersOnFloor(db: Db, floor: number, from: string, to: string): OrderDbRow[] {
  return stmt<OrderDbRow>(
    db,
    `${ORDER_SELECT}
     WHERE b.floor = ? AND r.deleted_at IS NULL AND r.admission_date <= ? AND (r.left_on IS NULL OR r.left_on > ?)
       AND o.start_at < ? AND (o.stop_at IS NULL OR o.stop_at > ?)
     ORDER BY b.room, b.bed_no, o.id`,
  ).all(floor, to.slice(0, 10), from.slice(0, 10), to, from);
}

/** Orders of one resident that run at some moment of [from, to). */
export function ordersOfResident(db: Db, residentId: number, from: string, to: string): OrderDbRow[] {
  return stmt<OrderDbRow>(db, `${ORDER_SELECT} WHERE o.resident_id = ? AND o.start_at < ? AND (o.stop_at IS NULL OR o.stop_at > ?) ORDER BY o.start_at, o.id`).all(
    residentId,
    to,
    from,
  );
}

export interface AdministrationDbRow {
  order_id: number;
  due_date: string;
  due_time: string;
  status: AdminStatus;
  given_time: string | null;
  reason: string | null;
  recorder_name: string;
}

/** What was recorded for one order between two dates (inclusive): a walk of the order's key range. */
export function administrationsOf(db: Db, orderId: number, fromDate: string, toDate: string): AdministrationDbRow[] {
  return stmt<AdministrationDbRow>(
    db,
    `SELECT a.order_id, a.due_date, a.due_time, a.status, a.given_time, a.reason, m.recorder_name
     FROM medication_administrations a JOIN medication_rounds m ON m.id = a.round_id
     WHERE a.order_id = ? AND a.due_date >= ? AND a.due_date <= ? ORDER BY a.due_date, a.due_time`,
  ).all(orderId, fromDate, toDate);
}

export const slotKey = (orderId: number, dueDate: string, dueTime: string) => `${orderId} ${dueDate} ${dueTime}`;

/**
 * Orders running at `moment` ('YYYY-MM-DD HH:MM') for residents in residence, grouped by who prescribed them: the
 * self-inspection (core/inspection) holds each prescriber to the clinic's licensed physicians. `source` 'external':
 * a prescription from outside the home, prescriber typed in.
 */
export function runningOrderPrescribers(db: Db, moment: string) {
  return stmt<{ source: OrderRow['source']; prescriber: string; prescriber_id: number | null; orders: number; first_order: number; first_resident: string; first_bed: string }>(
    db,
    `SELECT o.source, o.prescriber, o.prescriber_id, count(*) AS orders, min(o.id) AS first_order,
            min(r.name) AS first_resident, min(b.room || '-' || b.bed_no) AS first_bed
     FROM residents r INDEXED BY residents_status JOIN beds b ON b.id = r.bed_id
     JOIN medication_orders o INDEXED BY medication_orders_resident ON o.resident_id = r.id
     WHERE r.status = 'in_residence' AND r.deleted_at IS NULL AND o.start_at <= ? AND (o.stop_at IS NULL OR o.stop_at > ?)
     GROUP BY o.source, o.prescriber, o.prescriber_id ORDER BY count(*) DESC`,
  )
    .all(moment, moment)
    .map((r) => ({
      source: r.source,
      prescriber: r.prescriber,
      prescriberId: r.prescriber_id,
      orders: r.orders,
      firstOrderId: r.first_order,
      firstResident: `${r.first_bed} ${r.first_resident}`,
    }));
}

export interface UnrecordedDose {
  orderId: number;
  residentId: number;
  residentName: string;
  bedLabel: string;
  drugName: string;
  dueDate: string;
  dueTime: string;
  /** The shift the dose fell in, and the date that shift started (its 交班报告 lists the dose). */
  shift: Shift;
  shiftDate: string;
}

/**
 * MAR against orders for the days from `fromDate` to `toDate` (inclusive) of residents in residence: every dose the
 * orders made due (slots.ts) that has no administration record at all — neither given nor marked not given with a
 * reason. Each order's recorded doses are counted in one walk of its key range (a dose is recorded only in a slot that
 * was due, so what is missing is what was due less what was recorded); only the first `limit` missing doses are read
 * out slot by slot. Also how many doses were marked not given with a reason (those are recorded, not missed).
 */
export function unrecordedDoses(db: Db, fromDate: string, toDate: string, limit: number) {
  // One walk of each order's doses in the window gives both counts: recorded × 2^20 + not given (a week has far fewer).
  const orders = stmt<{ id: number; resident_id: number; resident_name: string; room: string; bed_no: string; admission_date: string; left_on: string | null;
    drug_name: string; times: string; long_term: number; start_at: string; stop_at: string | null; counts: number }>(
    db,
    `SELECT o.id, o.resident_id, r.name AS resident_name, b.room, b.bed_no, r.admission_date, r.left_on, o.drug_name, o.times, o.long_term,
            o.start_at, o.stop_at,
            (SELECT count(*) * 1048576 + coalesce(sum(a.status <> 'given'), 0) FROM medication_administrations a
             WHERE a.order_id = o.id AND a.due_date >= @from AND a.due_date <= @to) AS counts
     FROM residents r INDEXED BY residents_status JOIN beds b ON b.id = r.bed_id
     JOIN medication_orders o INDEXED BY medication_orders_resident ON o.resident_id = r.id
     WHERE r.status = 'in_residence' AND r.deleted_at IS NULL AND o.start_at < @before AND (o.stop_at IS NULL OR o.stop_at > @from)
     ORDER BY b.floor, b.room, b.bed_no, o.id`,
  ).all({ from: fromDate, to: toDate, before: `${addDays(toDate, 1)} 00:00` });
  const dates: string[] = [];
  for (let d = fromDate; d <= toDate; d = addDays(d, 1)) dates.push(d);
  let due = 0;
  let withReason = 0;
  let count = 0;
  const residents = new Set<number>();
  const first: UnrecordedDose[] = [];
  const windowStart = `${fromDate} 00:00`;
  const windowEnd = `${addDays(toDate, 1)} 00:00`;
  for (const o of orders) {
    const times = o.times.split(',');
    const order = { times, longTerm: o.long_term === 1, startAt: o.start_at, stopAt: o.stop_at };
    const stay = stayOf(o);
    const slotsOf = () => dates.flatMap((dueDate) => times.filter((dueTime) => isDue(order, stay, { dueDate, dueTime })).map((dueTime) => ({ dueDate, dueTime })));
    // Most orders run, and their resident stays, through the whole window: every slot is due, with no slot-by-slot walk.
    const whole =
      order.longTerm && o.start_at <= windowStart && (o.stop_at === null || o.stop_at >= windowEnd) && o.admission_date <= fromDate && (o.left_on === null || o.left_on > toDate);
    const dueHere = whole ? dates.length * times.length : slotsOf().length;
    const recorded = Math.floor(o.counts / 1048576);
    due += dueHere;
    withReason += o.counts % 1048576;
    if (recorded >= dueHere) continue;
    count += dueHere - recorded;
    residents.add(o.resident_id);
    if (first.length >= limit) continue;
    const slots = slotsOf();
    const done = new Set(administrationsOf(db, o.id, fromDate, toDate).map((a) => slotKey(o.id, a.due_date, a.due_time)));
    for (const s of slots) {
      if (first.length >= limit || done.has(slotKey(o.id, s.dueDate, s.dueTime))) continue;
      const at = shiftOf(s);
      first.push({ orderId: o.id, residentId: o.resident_id, residentName: o.resident_name, bedLabel: bedLabel(o.room, o.bed_no), drugName: o.drug_name, dueDate: s.dueDate, dueTime: s.dueTime, shift: at.shift, shiftDate: at.date });
    }
  }
  return { orders: orders.length, due, withReason, count, residents: residents.size, first };
}

// The deadlines list reads the doses nobody recorded (core/deadlines/sources/missedDoses.ts).
export { unrecordedShifts, type UnrecordedShift } from './unrecorded.ts';
