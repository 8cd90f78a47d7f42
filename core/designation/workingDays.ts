import dayjs from 'dayjs';
import calendar from './holidays.json' with { type: 'json' };

/**
 * Working days (工作日) as China counts them: Monday to Friday, less the official holidays, plus the weekend days
 * the State Council's yearly notice makes working days (调休上班). The notices are shipped as data
 * (holidays.json, one entry per year with its source); a year whose notice could not be checked is marked
 * `unverified` and every answer that used it says 待核实. A day beyond the shipped years is never guessed in
 * silence: it is counted Monday to Friday and the answer carries a warning.
 */

interface YearData {
  source: string;
  unverified?: boolean;
  holidays: [string, string, string][];
  workdays: string[];
}

const YEARS = calendar.years as unknown as Record<string, YearData>;
const HOLIDAYS = new Map<string, string>();
const WORKDAYS = new Set<string>();
for (const year of Object.values(YEARS)) {
  for (const [from, to, name] of year.holidays) {
    for (let d = dayjs(from); !d.isAfter(dayjs(to)); d = d.add(1, 'day')) HOLIDAYS.set(d.format('YYYY-MM-DD'), name);
  }
  for (const d of year.workdays) WORKDAYS.add(d);
}

export const CALENDAR_YEARS = Object.keys(YEARS).sort();
export const CALENDAR_SOURCE = calendar.source;

/** The shipped years and whether each is checked, in words (for screens and prints). */
export function calendarCoverage(): string {
  return CALENDAR_YEARS.map((y) => `${y} 年${YEARS[y]!.unverified ? '（待核实）' : ''}`).join('、');
}

export interface DayKind {
  working: boolean;
  /** The holiday's name when it is one. */
  holiday: string | null;
  /** false: the year is not in the calendar (counted Monday to Friday). */
  known: boolean;
  unverified: boolean;
}

export function dayKind(date: string): DayKind {
  const year = YEARS[date.slice(0, 4)];
  const weekday = dayjs(date).day();
  const weekend = weekday === 0 || weekday === 6;
  if (!year) return { working: !weekend, holiday: null, known: false, unverified: false };
  const holiday = HOLIDAYS.get(date) ?? null;
  const working = holiday === null && (!weekend || WORKDAYS.has(date));
  return { working, holiday, known: true, unverified: year.unverified === true };
}

export interface WorkingDayDate {
  date: string;
  /** Set when a day counted lies beyond the shipped calendar, or in a year marked 待核实. */
  warning: string | null;
  unverified: boolean;
}

function warningFor(beyond: Set<string>, unverified: Set<string>): string | null {
  const parts: string[] = [];
  if (beyond.size) {
    parts.push(
      `计算跨入 ${[...beyond].sort().join('、')} 年，本软件尚未收录该年的节假日安排（已收录：${calendarCoverage()}），暂按周一至周五计算工作日，请以国务院办公厅当年通知核对`,
    );
  }
  if (unverified.size) parts.push(`${[...unverified].sort().join('、')} 年的节假日安排待核实（未含调休）`);
  return parts.length ? `${parts.join('；')}。` : null;
}

/**
 * The day on which `n` working days after `from` end: `from` itself is not counted (a change approved on a
 * Friday has its first working day on Monday). n = 0 gives `from`.
 */
export function addWorkingDays(from: string, n: number): WorkingDayDate {
  const beyond = new Set<string>();
  const unverified = new Set<string>();
  let d = dayjs(from);
  let left = n;
  while (left > 0) {
    d = d.add(1, 'day');
    const date = d.format('YYYY-MM-DD');
    const kind = dayKind(date);
    if (!kind.known) beyond.add(date.slice(0, 4));
    if (kind.unverified) unverified.add(date.slice(0, 4));
    if (kind.working) left--;
  }
  return { date: d.format('YYYY-MM-DD'), warning: warningFor(beyond, unverified), unverified: beyond.size > 0 || unverified.size > 0 };
}

/** Working days after `from` up to and including `to` (0 when `to` is not later). */
export function workingDaysBetween(from: string, to: string): { days: number; warning: string | null } {
  const beyond = new Set<string>();
  const unverified = new Set<string>();
  let days = 0;
  for (let d = dayjs(from).add(1, 'day'); !d.isAfter(dayjs(to)); d = d.add(1, 'day')) {
    const date = d.format('YYYY-MM-DD');
    const kind = dayKind(date);
    if (!kind.known) beyond.add(date.slice(0, 4));
    if (kind.unverified) unverified.add(date.slice(0, 4));
    if (kind.working) days++;
  }
  return { days, warning: warningFor(beyond, unverified) };
}
