import type { Db } from '../../db/open.ts';
import { stmt } from '../shared/statements.ts';
import { addDays } from '../shared/dayMath.ts';
import { inResidence, isDue, shiftOf, shiftWindow } from './slots.ts';
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
 * window across the home, and in the same walk of each order's key range what was recorded for them. The due slots are
 * the eMAR's own (isDue, shiftOf in slots.ts), walked date by date and time by time.
 */
export function unrecordedShifts(db: Db, fromDate: string, now: string): UnrecordedShift[] {
  const toDate = now.slice(0, 10);
  const from = shiftWindow(fromDate, 'day').from;
  const params = { toDate, fromDate, now, from };
  const running = `FROM medication_orders o JOIN residents r ON r.id = o.resident_id JOIN beds b ON b.id = r.bed_id
     WHERE r.deleted_at IS NULL AND r.admission_date <= @toDate AND (r.left_on IS NULL OR r.left_on > @fromDate)
       AND o.start_at < @now AND (o.stop_at IS NULL OR o.stop_at > @from)`;
  const orders = stmt<{ id: number; resident_id: number; floor: number; admission_date: string; left_on: string | null; times: string; long_term: number; start_at: string; stop_at: string | null }>(
    db,
    `SELECT o.id, o.resident_id, b.floor, r.admission_date, r.left_on, o.times, o.long_term, o.start_at, o.stop_at ${running}`,
  ).all(params);
  const recorded = new Set(
    stmt<{ k: string }>(
      db,
      `SELECT a.order_id || ' ' || a.due_date || ' ' || a.due_time AS k ${running.replace('FROM medication_orders o', 'FROM medication_orders o JOIN medication_administrations a ON a.order_id = o.id AND a.due_date >= @fromDate AND a.due_date <= @toDate')}`,
    )
      .all(params)
      .map((a) => a.k),
  );
  const dates: string[] = [];
  for (let d = fromDate; d <= toDate; d = addDays(d, 1)) dates.push(d);
  // Which of the window's shifts are over, keyed 'date shift': only their doses count.
  const over = new Set(dates.flatMap((date) => SHIFT_KEYS.filter((shift) => shiftWindow(date, shift).to <= now).map((shift) => `${date} ${shift}`)));
  const byShift = new Map<string, UnrecordedShift & { who: Set<number> }>();
  for (const o of orders) {
    const order = { times: o.times.split(','), longTerm: o.long_term === 1, startAt: o.start_at, stopAt: o.stop_at };
    const stay = { admitted: o.admission_date, leftOn: o.left_on };
    for (const dueDate of dates) {
      if (!inResidence(stay, dueDate)) continue;
      for (const dueTime of order.times) {
        const slot = { dueDate, dueTime };
        const s = shiftOf(slot);
        const key = `${s.date} ${s.shift}`;
        if (!over.has(key) || !isDue(order, stay, slot) || recorded.has(`${o.id} ${dueDate} ${dueTime}`)) continue;
        const entry = byShift.get(`${o.floor} ${key}`) ?? { floor: o.floor, date: s.date, shift: s.shift, doses: 0, residents: 0, who: new Set<number>() };
        entry.doses += 1;
        entry.who.add(o.resident_id);
        byShift.set(`${o.floor} ${key}`, entry);
      }
    }
  }
  return [...byShift.values()]
    .map(({ who, ...e }) => ({ ...e, residents: who.size }))
    .sort((a, b) => a.date.localeCompare(b.date) || SHIFT_KEYS.indexOf(a.shift) - SHIFT_KEYS.indexOf(b.shift) || a.floor - b.floor);
}
