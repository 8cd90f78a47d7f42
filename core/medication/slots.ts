import { addDays } from '../shared/dayMath.ts';
import { formatDateTime } from '../shared/dates.ts';
import { LATE_AFTER_MINUTES, SHIFTS, type Shift } from './schema.ts';

/**
 * When doses fall due: pure arithmetic on local 'YYYY-MM-DD' dates and 'HH:MM' times, tested on its own.
 * A moment is written 'YYYY-MM-DD HH:MM', so moments compare as strings.
 */

export interface Slot {
  dueDate: string;
  dueTime: string;
}

/** The moments a shift covers, [from, to): the night shift runs past midnight into the next date. */
export function shiftWindow(date: string, shift: Shift): { from: string; to: string } {
  const s = SHIFTS[shift];
  const toDate = shift === 'night' ? addDays(date, 1) : date;
  return { from: `${date} ${s.from}`, to: `${toDate} ${s.to}` };
}

/** What an order needs for its due slots: its times of day and when it runs. */
export interface OrderTimes {
  times: readonly string[];
  longTerm: boolean;
  startAt: string;
  stopAt: string | null;
}

/** The resident's stay: doses fall due from the admission date and stop on the day they leave. */
export interface Stay {
  admitted: string;
  leftOn: string | null;
}

export function inResidence(stay: Stay, date: string): boolean {
  return stay.admitted <= date && (stay.leftOn === null || date < stay.leftOn);
}

/** Whether an order has a dose due at this moment: running then (a 临时 order only on its start date), resident in. */
export function isDue(order: OrderTimes, stay: Stay, slot: Slot): boolean {
  const at = `${slot.dueDate} ${slot.dueTime}`;
  if (!order.times.includes(slot.dueTime)) return false;
  if (at < order.startAt || (order.stopAt !== null && at >= order.stopAt)) return false;
  if (!order.longTerm && slot.dueDate !== order.startAt.slice(0, 10)) return false;
  return inResidence(stay, slot.dueDate);
}

/** The order's doses due in a shift, in time order. */
export function dueSlots(order: OrderTimes, stay: Stay, date: string, shift: Shift): Slot[] {
  const { from, to } = shiftWindow(date, shift);
  const dates = shift === 'night' ? [date, addDays(date, 1)] : [date];
  const slots: Slot[] = [];
  for (const dueDate of dates) {
    for (const dueTime of [...order.times].sort()) {
      const at = `${dueDate} ${dueTime}`;
      if (at >= from && at < to && isDue(order, stay, { dueDate, dueTime })) slots.push({ dueDate, dueTime });
    }
  }
  return slots;
}

const minutes = (hhmm: string) => Number(hhmm.slice(0, 2)) * 60 + Number(hhmm.slice(3, 5));

/**
 * Minutes a dose was given after it was due (negative: early). Only the time is recorded, so a dose due at 23:00
 * and given at 00:30 is read as the next day's 00:30: the nearer reading within twelve hours either side.
 */
export function minutesLate(dueTime: string, givenTime: string): number {
  let d = minutes(givenTime) - minutes(dueTime);
  if (d > 720) d -= 1440;
  if (d < -720) d += 1440;
  return d;
}

export const isLate = (dueTime: string, givenTime: string | null) => givenTime !== null && minutesLate(dueTime, givenTime) > LATE_AFTER_MINUTES;

/** The shift a due moment belongs to, and the date that shift started on (a 02:00 dose is the night before's). */
export function shiftOf(slot: Slot): { date: string; shift: Shift } {
  const t = slot.dueTime;
  if (t >= SHIFTS.day.from && t < SHIFTS.day.to) return { date: slot.dueDate, shift: 'day' };
  if (t >= SHIFTS.evening.from && t < SHIFTS.evening.to) return { date: slot.dueDate, shift: 'evening' };
  return { date: t >= SHIFTS.night.from ? slot.dueDate : addDays(slot.dueDate, -1), shift: 'night' };
}

/** The local moment of an instant, as orders' starts and stops and due slots are written. */
export const momentOf = (now: Date): string => formatDateTime(now.toISOString());
