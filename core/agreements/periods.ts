/**
 * Calendar periods for 服务到位: ISO weeks (Monday to Sunday; a week across New Year belongs to the ISO year of its
 * Thursday, GB/T 7408), calendar months, quarters and years. Dates are ISO strings; the arithmetic counts whole days
 * in UTC so no clock change can shift a day.
 */
export const GRAINS = { week: '周', month: '月', quarter: '季度', year: '年' } as const;
export type Grain = keyof typeof GRAINS;

/** Which grain is longer: a monthly promise is judged by the month or longer, never by one week. */
export const GRAIN_ORDER: Record<Grain, number> = { week: 0, month: 1, quarter: 2, year: 3 };

const DAY_MS = 86_400_000;

export function dayNumber(iso: string): number {
  const [y, m, d] = iso.split('-').map(Number) as [number, number, number];
  return Math.round(Date.UTC(y, m - 1, d) / DAY_MS);
}

export function isoOfDay(n: number): string {
  return new Date(n * DAY_MS).toISOString().slice(0, 10);
}

export const addDays = (iso: string, days: number) => isoOfDay(dayNumber(iso) + days);

/** Days from `from` to `to`, both included (0 when `to` is before `from`). */
export function daysIncluded(from: string, to: string): number {
  return Math.max(0, dayNumber(to) - dayNumber(from) + 1);
}

export interface Period {
  grain: Grain;
  /** 2026-W01, 2026-03, 2026Q1, 2026 */
  key: string;
  label: string;
  from: string;
  to: string;
}

const pad = (n: number) => String(n).padStart(2, '0');

/** The ISO week of a date: its Monday, its Sunday, and its ISO year and number. */
export function isoWeekOf(iso: string): { year: number; week: number; monday: string; sunday: string } {
  const n = dayNumber(iso);
  const weekday = (new Date(n * DAY_MS).getUTCDay() + 6) % 7; // Monday 0 … Sunday 6
  const monday = n - weekday;
  const thursday = isoOfDay(monday + 3);
  const year = Number(thursday.slice(0, 4));
  const week = Math.floor((dayNumber(thursday) - dayNumber(`${year}-01-01`)) / 7) + 1;
  return { year, week, monday: isoOfDay(monday), sunday: isoOfDay(monday + 6) };
}

function lastDayOfMonth(year: number, month: number): string {
  return isoOfDay(dayNumber(`${year}-${pad(month)}-01`) + new Date(Date.UTC(year, month, 0)).getUTCDate() - 1);
}

/** The period of a grain that holds a date. */
export function periodOf(grain: Grain, iso: string): Period {
  const year = Number(iso.slice(0, 4));
  const month = Number(iso.slice(5, 7));
  switch (grain) {
    case 'week': {
      const w = isoWeekOf(iso);
      return {
        grain,
        key: `${w.year}-W${pad(w.week)}`,
        label: `${w.year}年第${w.week}周（${w.monday.slice(5)} 至 ${w.sunday.slice(5)}）`,
        from: w.monday,
        to: w.sunday,
      };
    }
    case 'month':
      return { grain, key: `${year}-${pad(month)}`, label: `${year}年${month}月`, from: `${year}-${pad(month)}-01`, to: lastDayOfMonth(year, month) };
    case 'quarter': {
      const q = Math.floor((month - 1) / 3) + 1;
      return { grain, key: `${year}Q${q}`, label: `${year}年第${q}季度`, from: `${year}-${pad(q * 3 - 2)}-01`, to: lastDayOfMonth(year, q * 3) };
    }
    case 'year':
      return { grain, key: String(year), label: `${year}年`, from: `${year}-01-01`, to: `${year}-12-31` };
  }
}

/** Every period of a grain that shares at least a day with from–to, in order. */
export function periodsBetween(grain: Grain, from: string, to: string): Period[] {
  const periods: Period[] = [];
  for (let day = from; day <= to; ) {
    const p = periodOf(grain, day);
    periods.push(p);
    day = addDays(p.to, 1);
  }
  return periods;
}

/** The days two spans share, both ends included. */
export function overlapDays(a: { from: string; to: string }, b: { from: string; to: string }): number {
  return daysIncluded(a.from > b.from ? a.from : b.from, a.to < b.to ? a.to : b.to);
}
