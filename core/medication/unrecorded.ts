import type { Db } from '../../db/open.ts';
import { stmt } from '../shared/statements.ts';
import { addDays } from '../shared/dayMath.ts';
import { bedLabel } from '../beds/schema.ts';
import { dueSlots, isDue, shiftOf, shiftWindow, type OrderTimes, type Stay } from './slots.ts';
import { SHIFTS, type Shift } from './schema.ts';
import { administrationsOf } from './administrations.ts';

export interface UnrecordedShift {
  floor: number;
  /** The date the shift started on. */
  date: string;
  shift: Shift;
  /** Doses due in the shift with nothing recorded: not given, and no reason why not. */
  doses: number;
  residents: number;
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

export interface DoseGaps {
  /** Doses the orders made due in the finished shifts looked at. */
  due: number;
  /** Of those, recorded as not given with a reason (refused, held, missed): recorded, not missing. */
  withReason: number;
  /** Doses with no record at all, and how many residents they belong to. */
  count: number;
  residents: number;
  /** The missing doses by floor and shift, in shift order. */
  shifts: UnrecordedShift[];
  /** The first missing doses one by one, by bed (as many as asked for). */
  first: UnrecordedDose[];
}

const SHIFT_KEYS = Object.keys(SHIFTS) as Shift[];

interface Resident {
  id: number;
  name: string;
  floor: number;
  room: string;
  bedNo: string;
  stay: Stay;
  /** Doses due per shift of the window: index day × 3 + shift. */
  due: Int32Array;
  dueTotal: number;
  recordedTotal: number;
}

interface RunningOrder extends OrderTimes {
  id: number;
}

type OrderTuple = [id: number, times: string, longTerm: number, startAt: string, stopAt: string | null];

/** Which shift (0 day, 1 evening, 2 night) a time of day falls in: shiftOf's answer, whatever the date (kept: a few dozen times). */
const shiftIndexes = new Map<string, number>();
function shiftIndexOf(time: string): number {
  let si = shiftIndexes.get(time);
  if (si === undefined) shiftIndexes.set(time, (si = SHIFT_KEYS.indexOf(shiftOf({ dueDate: '2000-01-02', dueTime: time }).shift)));
  return si;
}

/** How many of an order's times of day fall in each shift (day, evening, night), for orders that run all window. */
function perShift(times: readonly string[]): [number, number, number] {
  const n: [number, number, number] = [0, 0, 0];
  for (const t of times) n[shiftIndexOf(t)]!++;
  return n;
}

/**
 * MAR against orders: for the shifts that started from `fromDate` to `toDate` and are over by `now` ('YYYY-MM-DD
 * HH:MM'), the doses the orders made due that have no administration at all — neither given nor marked not given
 * with a reason. Due doses come from the eMAR's own slot rules (slots.ts) over the running orders, read from their
 * covering index; what was recorded comes from medication_shift_tally (0018), one row per resident and shift, so the
 * home's 20,000 running orders are not each looked up in the administrations. A dose can only be recorded in a slot
 * that was due (recordShift.ts) and an order cannot be stopped before a recorded dose (orders.ts): due − recorded is
 * what nobody recorded. Only the first `evidence` missing doses are read out slot by slot.
 */
export function doseGaps(db: Db, fromDate: string, toDate: string, now: string, evidence = 0): DoseGaps {
  const dates: string[] = [];
  for (let d = fromDate; d <= toDate; d = addDays(d, 1)) dates.push(d);
  const over = new Uint8Array(dates.length * 3);
  dates.forEach((date, di) => SHIFT_KEYS.forEach((shift, si) => (over[di * 3 + si] = shiftWindow(date, shift).to <= now ? 1 : 0)));
  if (!over.includes(1)) return { due: 0, withReason: 0, count: 0, residents: 0, shifts: [], first: [] };

  const start = shiftWindow(fromDate, 'day').from;
  const end = shiftWindow(toDate, 'night').to;
  const lastDate = end.slice(0, 10);
  // Residents in the home at some point of the window: those in residence, and those who left after it began.
  const inWindow = `SELECT id FROM residents INDEXED BY residents_status WHERE status = 'in_residence'
    UNION SELECT id FROM residents INDEXED BY residents_left_on WHERE left_on > @fromDate`;
  // An order that runs through the whole window: each of its times is due once in every shift of its kind.
  const wholeOrder = 'o.long_term = 1 AND o.start_at <= @start AND (o.stop_at IS NULL OR o.stop_at >= @end)';
  const params = { fromDate, lastDate, start, end };
  const size = dates.length * 3;
  const residents = new Map<number, Resident>();
  for (const r of stmt<{ id: number; name: string; floor: number; room: string; bed_no: string; admission_date: string; left_on: string | null }>(
    db,
    `SELECT r.id, r.name, b.floor, b.room, b.bed_no, r.admission_date, r.left_on FROM residents r JOIN beds b ON b.id = r.bed_id
     WHERE r.id IN (${inWindow}) AND r.deleted_at IS NULL AND r.admission_date <= @lastDate AND (r.left_on IS NULL OR r.left_on > @fromDate)`,
  ).all(params)) {
    const stay = { admitted: r.admission_date, leftOn: r.left_on };
    residents.set(r.id, { id: r.id, name: r.name, floor: r.floor, room: r.room, bedNo: r.bed_no, stay, due: new Int32Array(size), dueTotal: 0, recordedTotal: 0 });
  }

  const nextDates = [...dates.slice(1), lastDate];
  /** Adds an order's doses due in the window's finished shifts, slot by slot by isDue's rules. */
  const addSlots = (r: Resident, order: OrderTimes) => {
    for (const time of order.times) {
      const si = shiftIndexOf(time);
      for (let di = 0; di < dates.length; di++) {
        const k = di * 3 + si;
        // A night shift's small-hours doses fall on the next date.
        if (over[k] && isDue(order, r.stay, { dueDate: si === 2 && time < SHIFTS.night.to ? nextDates[di]! : dates[di]!, dueTime: time })) r.due[k]!++;
      }
    }
  };
  // Most running orders run through the window: read as each resident's list of their times (2,000 strings, not
  // 20,000 rows); the rest one by one.
  for (const [residentId, times] of stmt<[number, string]>(
    db,
    `SELECT o.resident_id, group_concat(o.times) FROM residents r JOIN medication_orders o INDEXED BY medication_orders_resident ON o.resident_id = r.id
     WHERE r.id IN (${inWindow}) AND ${wholeOrder} GROUP BY o.resident_id`,
  )
    .raw()
    .all(params) as unknown as [number, string][]) {
    const r = residents.get(residentId);
    if (!r) continue;
    const list = times.split(',');
    if (r.stay.admitted <= fromDate && (r.stay.leftOn === null || r.stay.leftOn > lastDate)) {
      const n = perShift(list);
      for (let k = 0; k < size; k++) if (over[k]) r.due[k]! += n[k % 3]!;
    } else {
      // The resident came or left within the window: the orders run throughout, the stay does not.
      addSlots(r, { times: list, longTerm: true, startAt: start, stopAt: null });
    }
  }
  for (const [residentId, , times, longTerm, startAt, stopAt] of stmt<[number, ...OrderTuple]>(
    db,
    `SELECT o.resident_id, o.id, o.times, o.long_term, o.start_at, o.stop_at FROM residents r JOIN medication_orders o INDEXED BY medication_orders_resident ON o.resident_id = r.id
     WHERE r.id IN (${inWindow}) AND o.start_at < @end AND (o.stop_at IS NULL OR o.stop_at > @start) AND NOT (${wholeOrder})`,
  )
    .raw()
    .all(params) as unknown as [number, ...OrderTuple][]) {
    const r = residents.get(residentId);
    if (r) addSlots(r, { times: times.split(','), longTerm: longTerm === 1, startAt, stopAt });
  }

  // What was recorded in the finished shifts, per resident. Recorded doses are due doses, so a resident whose total
  // matches has nothing missing in any shift; only the others are read shift by shift.
  const openFrom = dates.find((_, di) => !over[di * 3] || !over[di * 3 + 1] || !over[di * 3 + 2]) ?? lastDate;
  const overTail = JSON.stringify(dates.flatMap((d, di) => (d < openFrom ? [] : SHIFT_KEYS.filter((_, si) => over[di * 3 + si]).map((sh) => `${d} ${sh}`))));
  const finished = `shift_date >= @fromDate AND shift_date <= @toDate AND (shift_date < @openFrom OR shift_date || ' ' || shift IN (SELECT value FROM json_each(@overTail)))`;
  let withReason = 0;
  for (const [residentId, doses, notGiven] of stmt<[number, number, number]>(
    db,
    `SELECT resident_id, sum(doses), sum(not_given) FROM medication_shift_tally WHERE ${finished} GROUP BY resident_id`,
  )
    .raw()
    .all({ fromDate, toDate, openFrom, overTail }) as unknown as [number, number, number][]) {
    const r = residents.get(residentId);
    if (!r) continue;
    r.recordedTotal = doses;
    withReason += notGiven;
  }

  let due = 0;
  const missing: Resident[] = [];
  for (const r of residents.values()) {
    for (let k = 0; k < size; k++) r.dueTotal += r.due[k]!;
    due += r.dueTotal;
    if (r.recordedTotal < r.dueTotal) missing.push(r);
  }
  const recorded = new Map<number, Int32Array>(missing.map((r) => [r.id, new Int32Array(size)]));
  const dayIndex = new Map(dates.map((d, i) => [d, i]));
  if (missing.length > 0) {
    for (const [residentId, shiftDate, shift, doses] of stmt<[number, string, Shift, number]>(
      db,
      `SELECT resident_id, shift_date, shift, doses FROM medication_shift_tally WHERE ${finished} AND resident_id IN (SELECT value FROM json_each(@ids))`,
    )
      .raw()
      .all({ fromDate, toDate, openFrom, overTail, ids: JSON.stringify(missing.map((r) => r.id)) }) as unknown as [number, string, Shift, number][]) {
      recorded.get(residentId)![dayIndex.get(shiftDate)! * 3 + SHIFT_KEYS.indexOf(shift)] = doses;
    }
  }

  let count = 0;
  const byShift = new Map<string, UnrecordedShift>();
  for (const r of missing) {
    const done = recorded.get(r.id)!;
    for (let k = 0; k < size; k++) {
      const gap = r.due[k]! - done[k]!;
      if (gap <= 0) continue;
      count += gap;
      const key = `${r.floor} ${k}`;
      const entry = byShift.get(key) ?? { floor: r.floor, date: dates[Math.floor(k / 3)]!, shift: SHIFT_KEYS[k % 3]!, doses: 0, residents: 0 };
      entry.doses += gap;
      entry.residents += 1;
      byShift.set(key, entry);
    }
  }
  const shifts = [...byShift.values()].sort((a, b) => a.date.localeCompare(b.date) || SHIFT_KEYS.indexOf(a.shift) - SHIFT_KEYS.indexOf(b.shift) || a.floor - b.floor);
  const first = evidence > 0 ? firstMissing(db, missing, recorded, { dates, over, start, end }, evidence) : [];
  return { due, withReason, count, residents: missing.length, shifts, first };
}

/** The first `limit` missing doses one by one, by bed: each order's due slots beside what was recorded for it. */
function firstMissing(
  db: Db,
  missing: Resident[],
  recorded: Map<number, Int32Array>,
  window: { dates: string[]; over: Uint8Array; start: string; end: string },
  limit: number,
): UnrecordedDose[] {
  const { dates, over } = window;
  const ordersOf = stmt<{ id: number; drug_name: string; times: string; long_term: number; start_at: string; stop_at: string | null }>(
    db,
    `SELECT id, drug_name, times, long_term, start_at, stop_at FROM medication_orders INDEXED BY medication_orders_resident
     WHERE resident_id = ? AND start_at < ? AND (stop_at IS NULL OR stop_at > ?) ORDER BY id`,
  );
  const first: UnrecordedDose[] = [];
  const byBed = [...missing].sort((a, b) => a.floor - b.floor || a.room.localeCompare(b.room) || a.bedNo.localeCompare(b.bedNo));
  for (const r of byBed) {
    const done = recorded.get(r.id)!;
    for (const o of ordersOf.all(r.id, window.end, window.start)) {
      const order: RunningOrder = { id: o.id, times: o.times.split(','), longTerm: o.long_term === 1, startAt: o.start_at, stopAt: o.stop_at };
      const have = new Set(administrationsOf(db, o.id, dates[0]!, window.end.slice(0, 10)).map((a) => `${a.due_date} ${a.due_time}`));
      for (let k = 0; k < over.length; k++) {
        if (!over[k] || r.due[k]! <= done[k]!) continue;
        const shiftDate = dates[Math.floor(k / 3)]!;
        const shift = SHIFT_KEYS[k % 3]!;
        for (const s of dueSlots(order, r.stay, shiftDate, shift)) {
          if (have.has(`${s.dueDate} ${s.dueTime}`)) continue;
          first.push({ orderId: o.id, residentId: r.id, residentName: r.name, bedLabel: bedLabel(r.room, r.bedNo), drugName: o.drug_name, dueDate: s.dueDate, dueTime: s.dueTime, shift, shiftDate });
          if (first.length >= limit) return first;
        }
      }
    }
  }
  return first;
}

/** 漏记给药 of the 总览: the floors' shifts that started on `fromDate` or later and are over by `now`. */
export const unrecordedShifts = (db: Db, fromDate: string, now: string): UnrecordedShift[] => doseGaps(db, fromDate, now.slice(0, 10), now).shifts;
