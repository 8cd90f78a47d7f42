import type { Db } from '../../db/open.ts';
import { stmt } from '../shared/statements.ts';
import { bedLabel } from '../beds/schema.ts';
import type { Frequency, OrderRow } from './schema.ts';
import type { Stay } from './slots.ts';

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

/** What a floor's due list and the shift's save need of an order: the fields it shows and the ones the slots follow. */
export type DueOrderDbRow = Pick<
  OrderDbRow,
  'id' | 'resident_id' | 'resident_name' | 'room' | 'bed_no' | 'floor' | 'admission_date' | 'left_on' | 'drug_name' | 'spec' | 'dose' | 'route' | 'times' | 'long_term' | 'start_at' | 'stop_at' | 'stop_reason'
>;

/**
 * Orders of a floor's residents that run at some moment of [from, to), by bed then order: only the columns a due list
 * uses. Two reads: the residents on the floor then (those in residence by the one-per-bed index, and those who have
 * left since `from` by their leaving date — not the ten years of leavers who once slept in these beds), and their
 * orders from an index that holds every column read (0019). A floor has ~170 residents and ~1,700 running orders: the resident's
 * name and bed are read once each, not once per order.
 */
export function ordersOnFloor(db: Db, floor: number, from: string, to: string): DueOrderDbRow[] {
  const params = { floor, fromDate: from.slice(0, 10), toDate: to.slice(0, 10), from, to };
  const who = `r.id, r.name AS resident_name, b.room, b.bed_no, b.floor, r.admission_date, r.left_on`;
  const residents = stmt<Pick<DueOrderDbRow, 'resident_name' | 'room' | 'bed_no' | 'floor' | 'admission_date' | 'left_on'> & { id: number }>(
    db,
    `SELECT ${who} FROM beds b JOIN residents r INDEXED BY residents_one_per_bed ON r.bed_id = b.id
     WHERE b.floor = @floor AND r.status = 'in_residence' AND r.deleted_at IS NULL AND r.admission_date <= @toDate
     UNION
     SELECT ${who} FROM residents r INDEXED BY residents_left_on JOIN beds b ON b.id = r.bed_id
     WHERE r.left_on > @fromDate AND b.floor = @floor AND r.deleted_at IS NULL AND r.admission_date <= @toDate
     ORDER BY b.room, b.bed_no`,
  ).all(params);
  const orders = stmt<Omit<DueOrderDbRow, 'resident_name' | 'room' | 'bed_no' | 'floor' | 'admission_date' | 'left_on'>>(
    db,
    `SELECT o.id, o.resident_id, o.drug_name, o.spec, o.dose, o.route, o.times, o.long_term, o.start_at, o.stop_at, o.stop_reason
     FROM json_each(@ids) j JOIN medication_orders o INDEXED BY medication_orders_due_list ON o.resident_id = j.value
     WHERE o.start_at < @to AND (o.stop_at IS NULL OR o.stop_at > @from)`,
  ).all({ ...params, ids: JSON.stringify(residents.map((r) => r.id)) });
  const byResident = new Map<number, typeof orders>();
  for (const o of orders) {
    const list = byResident.get(o.resident_id);
    if (list) list.push(o);
    else byResident.set(o.resident_id, [o]);
  }
  // The order rows are fresh objects: each is completed with its resident's fields in place rather than copied.
  return residents.flatMap(({ id, ...r }) => (byResident.get(id) ?? []).sort((a, b) => a.id - b.id).map((o) => Object.assign(o, r)));
}

/** Orders of one resident that run at some moment of [from, to). */
export function ordersOfResident(db: Db, residentId: number, from: string, to: string): OrderDbRow[] {
  return stmt<OrderDbRow>(db, `${ORDER_SELECT} WHERE o.resident_id = ? AND o.start_at < ? AND (o.stop_at IS NULL OR o.stop_at > ?) ORDER BY o.start_at, o.id`).all(
    residentId,
    to,
    from,
  );
}

// What was recorded for one order: in its own file, so the doses-nobody-recorded read (unrecorded.ts) uses it too.
export { administrationsOf, type AdministrationDbRow } from './administrations.ts';

export const slotKey = (orderId: number, dueDate: string, dueTime: string) => `${orderId} ${dueDate} ${dueTime}`;

/**
 * Orders running at `moment` ('YYYY-MM-DD HH:MM') for residents in residence, grouped by who prescribed them: the
 * self-inspection (core/inspection) holds each prescriber to the clinic's licensed physicians. `source` 'external':
 * a prescription from outside the home, prescriber typed in.
 */
export function runningOrderPrescribers(db: Db, moment: string) {
  const groups = stmt<{ source: OrderRow['source']; prescriber: string; prescriber_id: number | null; orders: number; first_order: number }>(
    db,
    `SELECT o.source, o.prescriber, o.prescriber_id, count(*) AS orders, min(o.id) AS first_order
     FROM residents r INDEXED BY residents_status JOIN medication_orders o INDEXED BY medication_orders_resident ON o.resident_id = r.id
     WHERE r.status = 'in_residence' AND r.deleted_at IS NULL AND o.start_at <= ? AND (o.stop_at IS NULL OR o.stop_at > ?)
     GROUP BY o.source, o.prescriber, o.prescriber_id ORDER BY count(*) DESC`,
  ).all(moment, moment);
  // The example order's resident and bed, read for the few prescribers rather than joined to every running order.
  const whose = stmt<{ name: string; room: string; bed_no: string }>(
    db,
    'SELECT r.name, b.room, b.bed_no FROM medication_orders o JOIN residents r ON r.id = o.resident_id JOIN beds b ON b.id = r.bed_id WHERE o.id = ?',
  );
  return groups.map((g) => {
    const first = whose.get(g.first_order)!;
    return {
      source: g.source,
      prescriber: g.prescriber,
      prescriberId: g.prescriber_id,
      orders: g.orders,
      firstOrderId: g.first_order,
      firstResident: `${first.room}-${first.bed_no} ${first.name}`,
    };
  });
}

// The deadlines list and the self-inspection read the doses nobody recorded (core/deadlines/sources/missedDoses.ts,
// core/inspection/records/missedDoses.ts).
export { doseGaps, unrecordedShifts, type DoseGaps, type UnrecordedDose, type UnrecordedShift } from './unrecorded.ts';
