import dayjs from 'dayjs';

/**
 * A reading's time is stored as whole minutes since 1970-01-01 UTC (a 4-byte integer; an ISO string would take 24
 * bytes in each of 15 million rows). The round grid and the paper sheets speak in the home's local day and clock.
 */
export const MINUTE_MS = 60_000;

/** The minute of a local date and time (YYYY-MM-DD, HH:mm). */
export function minuteOf(date: string, time: string): number {
  return Math.floor(dayjs(`${date}T${time}`).valueOf() / MINUTE_MS);
}

export const minuteOfInstant = (instant: Date): number => Math.floor(instant.getTime() / MINUTE_MS);

export const isoOfMinute = (minute: number): string => new Date(minute * MINUTE_MS).toISOString();

export const localDateOf = (minute: number): string => dayjs(minute * MINUTE_MS).format('YYYY-MM-DD');

export const localTimeOf = (minute: number): string => dayjs(minute * MINUTE_MS).format('HH:mm');

/** The minutes of a local day: [start, end). */
export function dayWindow(date: string): { start: number; end: number } {
  const start = dayjs(date).startOf('day');
  return { start: Math.floor(start.valueOf() / MINUTE_MS), end: Math.floor(start.add(1, 'day').valueOf() / MINUTE_MS) };
}
