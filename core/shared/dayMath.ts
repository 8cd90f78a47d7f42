import dayjs from 'dayjs';

/** Calendar arithmetic on ISO dates (YYYY-MM-DD), as deadlines and reminders count them: whole days, whole months. */

/** Days from `from` to `to` (negative when `to` is earlier). */
export function daysBetween(from: string, to: string): number {
  return dayjs(to).diff(dayjs(from), 'day');
}

export function addDays(date: string, days: number): string {
  return dayjs(date).add(days, 'day').format('YYYY-MM-DD');
}

/** The same day n months later; the month's last day when it has no such day (31 Jan + 1 month = 28/29 Feb). */
export function addMonths(date: string, months: number): string {
  return dayjs(date).add(months, 'month').format('YYYY-MM-DD');
}

/** First and last day of a month given as YYYY-MM. */
export function monthRange(month: string): { from: string; to: string; days: number } {
  const start = dayjs(`${month}-01`);
  return { from: start.format('YYYY-MM-DD'), to: start.endOf('month').format('YYYY-MM-DD'), days: start.daysInMonth() };
}

/** Whole years from `from` to `on` (a birthday-style count: 5 years on the fifth anniversary). */
export function wholeYears(from: string, on: string): number {
  return Math.max(0, dayjs(on).diff(dayjs(from), 'year'));
}
