import type { Period } from '../period.ts';

/** A share in per cent with one decimal, or — when there is nothing to divide by. */
export const pct = (n: number, d: number) => (d === 0 ? '—' : `${((n / d) * 100).toFixed(1)}%`);

/** 分 as 元 with two decimals, as a bill prints it. */
export const yuan = (fen: number) => (fen / 100).toFixed(2);

/** The last day counted: the period's end, or today while the period is still running (never the future). */
export const periodEnd = (period: Period, today: string) => (period.to < today ? period.to : today);
