import type { Db } from '../../db/open.ts';
import { stmt } from '../shared/statements.ts';
import { addDays } from '../shared/dayMath.ts';
import { dueSlots, shiftWindow } from './slots.ts';
import { SHIFTS, type Shift } from './schema.ts';

export interface UnrecordedShift {
  floor: number;
  /** The date the shift started on. */
  date: string;
  shift: Shift;
  /** Doses due in the shift with nothing recorded: not given, and no reason why not. */
  doses: number;
  residents: number;
}

const SHIFT_KEYS = Object.keys(SHIFTS) as Shift[];

/**
 * 漏记给药: the shifts that started on `fromDate` or later and are over by `now` ('YYYY-MM-DD HH:MM'), per floor, with
 * the doses that fell due in them and have no administration at all — neither given nor a recorded reason (the
 * missed/refused/held doses with a reason are the shift report's, not a deadline). Two reads: the orders running in the
 * window across the home, and what was recorded for them by the administrations' key ranges.
 */
export function unrecordedDoses(db: Db, fromDate: string, now: string): UnrecordedShift[] {
  const toDate = now.slice(0, 10);
  const from = shiftWindow(fromDate, 'day').from;
  const orders = stmt<{ id: number; resident_id: number; floor: number; admission_date: string; left_on: string | null; times: string; long_term: number; start_at: string; stop_at: string | null }>(
    db,
    `SELECT o.id, o.resident_id, b.floor, r.admission_date, r.left_on, o.times, o.long_term, o.start_at, o.stop_at
     FROM medication_orders o JOIN residents r ON r.id = o.resident_id JOIN beds b ON b.id = r.bed_id
     WHERE r.deleted_at IS NULL AND r.admission_date <= @toDate AND (r.left_on IS NULL OR r.left_on > @fromDate)
       AND o.start_at < @now AND (o.stop_at IS NULL OR o.stop_at > @from)`,
  ).all({ toDate, fromDate, now, from });
  const recorded = stmt<{ due_date: string; due_time: string }>(
    db,
    'SELECT due_date, due_time FROM medication_administrations WHERE order_id = ? AND due_date >= ? AND due_date <= ?',
  );
  const dates: string[] = [];
  for (let d = fromDate; d <= toDate; d = addDays(d, 1)) dates.push(d);
  const shifts = dates.flatMap((date) => SHIFT_KEYS.map((shift) => ({ date, shift }))).filter((s) => shiftWindow(s.date, s.shift).to <= now);
  const byShift = new Map<string, UnrecordedShift & { who: Set<number> }>();
  for (const o of orders) {
    const order = { times: o.times.split(','), longTerm: o.long_term === 1, startAt: o.start_at, stopAt: o.stop_at };
    const stay = { admitted: o.admission_date, leftOn: o.left_on };
    let done: Set<string> | null = null;
    for (const s of shifts) {
      const slots = dueSlots(order, stay, s.date, s.shift);
      if (slots.length === 0) continue;
      done ??= new Set(recorded.all(o.id, fromDate, toDate).map((a) => `${a.due_date} ${a.due_time}`));
      const missing = slots.filter((slot) => !done!.has(`${slot.dueDate} ${slot.dueTime}`)).length;
      if (missing === 0) continue;
      const key = `${o.floor} ${s.date} ${s.shift}`;
      const entry = byShift.get(key) ?? { floor: o.floor, date: s.date, shift: s.shift, doses: 0, residents: 0, who: new Set<number>() };
      entry.doses += missing;
      entry.who.add(o.resident_id);
      byShift.set(key, entry);
    }
  }
  return [...byShift.values()]
    .map(({ who, ...e }) => ({ ...e, residents: who.size }))
    .sort((a, b) => a.date.localeCompare(b.date) || SHIFT_KEYS.indexOf(a.shift) - SHIFT_KEYS.indexOf(b.shift) || a.floor - b.floor);
}
