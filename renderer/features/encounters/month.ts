import dayjs from 'dayjs';

/** First and last day of a YYYY-MM month, for the list's period. */
export function monthRangeOf(month: string): { from: string; to: string } {
  const start = dayjs(`${month}-01`);
  return { from: start.format('YYYY-MM-DD'), to: start.endOf('month').format('YYYY-MM-DD') };
}
