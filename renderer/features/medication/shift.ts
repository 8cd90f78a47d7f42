import dayjs from 'dayjs';
import { SHIFTS, type Shift } from '../../../core/medication/schema.ts';

/** The shift in progress now and the date it started on (after midnight, the night shift began the evening before). */
export function currentShift(now = dayjs()): { date: string; shift: Shift } {
  const t = now.format('HH:mm');
  if (t >= SHIFTS.day.from && t < SHIFTS.day.to) return { date: now.format('YYYY-MM-DD'), shift: 'day' };
  if (t >= SHIFTS.evening.from && t < SHIFTS.evening.to) return { date: now.format('YYYY-MM-DD'), shift: 'evening' };
  return { date: (t >= SHIFTS.night.from ? now : now.subtract(1, 'day')).format('YYYY-MM-DD'), shift: 'night' };
}

/** The shift before: what the report between shifts looks back on. */
export function previousShift(s: { date: string; shift: Shift }): { date: string; shift: Shift } {
  if (s.shift === 'night') return { date: s.date, shift: 'evening' };
  if (s.shift === 'evening') return { date: s.date, shift: 'day' };
  return { date: dayjs(s.date).subtract(1, 'day').format('YYYY-MM-DD'), shift: 'night' };
}

export const shiftOptions = (Object.keys(SHIFTS) as Shift[]).map((value) => ({ value, label: `${SHIFTS[value].label}（${SHIFTS[value].from}–${SHIFTS[value].to}）` }));
