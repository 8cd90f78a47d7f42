import dayjs from 'dayjs';
import { z } from '../shared/fields.ts';

/** A reporting period as the districts ask for it: a month, a quarter or a year. */
export interface Period {
  kind: 'month' | 'quarter' | 'year';
  /** As typed: 2026-10, 2026Q3, 2026. */
  code: string;
  /** First and last day, both included. */
  from: string;
  to: string;
  /** In words: 2026年10月, 2026年第三季度, 2026年度. */
  label: string;
}

const QUARTERS = ['一', '二', '三', '四'];
const PERIOD = /^(\d{4})(?:-(\d{2})|Q([1-4]))?$/;
const MESSAGE = '报告期应写作 2026-10（月）、2026Q3（季度）或 2026（年）';

/** Reads 2026-10, 2026Q3 or 2026; null for anything else. */
export function parsePeriod(code: string): Period | null {
  const m = PERIOD.exec(code.trim().toUpperCase());
  if (!m) return null;
  const year = Number(m[1]);
  if (year < 2000 || year > 2100) return null;
  if (m[2] !== undefined) {
    const month = Number(m[2]);
    if (month < 1 || month > 12) return null;
    const start = dayjs(`${m[1]}-${m[2]}-01`);
    return { kind: 'month', code: `${m[1]}-${m[2]}`, from: start.format('YYYY-MM-DD'), to: start.endOf('month').format('YYYY-MM-DD'), label: `${year}年${month}月` };
  }
  if (m[3] !== undefined) {
    const q = Number(m[3]);
    const start = dayjs(`${m[1]}-01-01`).add((q - 1) * 3, 'month');
    return {
      kind: 'quarter',
      code: `${year}Q${q}`,
      from: start.format('YYYY-MM-DD'),
      to: start.add(2, 'month').endOf('month').format('YYYY-MM-DD'),
      label: `${year}年第${QUARTERS[q - 1]}季度`,
    };
  }
  return { kind: 'year', code: String(year), from: `${year}-01-01`, to: `${year}-12-31`, label: `${year}年度` };
}

/** The period field of a form or the command line, with the three ways to write it in its message. */
export const periodCode = z
  .string({ error: MESSAGE })
  .trim()
  .min(1, '请填写报告期')
  .max(7, MESSAGE)
  .refine((v) => parsePeriod(v) !== null, MESSAGE);

/** The period just ended, the default of the pack: last quarter. */
export function lastQuarter(today: string): string {
  const d = dayjs(today).subtract(3, 'month');
  return `${d.year()}Q${Math.floor(d.month() / 3) + 1}`;
}
