import { describe, expect, it } from 'vitest';
import { lastQuarter, parsePeriod, periodCode } from './period.ts';

describe('报告期', () => {
  it('reads a month, a quarter and a year with their first and last days', () => {
    expect(parsePeriod('2026-10')).toMatchObject({ kind: 'month', from: '2026-10-01', to: '2026-10-31', label: '2026年10月' });
    expect(parsePeriod('2026-02')).toMatchObject({ from: '2026-02-01', to: '2026-02-28' });
    expect(parsePeriod('2028-02')).toMatchObject({ to: '2028-02-29' });
    expect(parsePeriod('2026Q1')).toMatchObject({ kind: 'quarter', from: '2026-01-01', to: '2026-03-31', label: '2026年第一季度' });
    expect(parsePeriod('2026q3')).toMatchObject({ code: '2026Q3', from: '2026-07-01', to: '2026-09-30', label: '2026年第三季度' });
    expect(parsePeriod('2026Q4')).toMatchObject({ from: '2026-10-01', to: '2026-12-31' });
    expect(parsePeriod('2026')).toMatchObject({ kind: 'year', from: '2026-01-01', to: '2026-12-31', label: '2026年度' });
  });

  it('refuses what is not one of the three, with a message that shows them', () => {
    for (const bad of ['2026-13', '2026-00', '2026Q0', '2026Q5', '26Q3', '2026-1', '2026/10', '', '1999']) {
      expect(parsePeriod(bad), bad).toBeNull();
      const r = periodCode.safeParse(bad);
      expect(r.success, bad).toBe(false);
    }
    expect(periodCode.safeParse('2026-13').error!.issues[0]!.message).toBe('报告期应写作 2026-10（月）、2026Q3（季度）或 2026（年）');
  });

  it('defaults to the quarter before the current one', () => {
    expect(lastQuarter('2026-11-24')).toBe('2026Q3');
    expect(lastQuarter('2026-01-05')).toBe('2025Q4');
    expect(lastQuarter('2026-04-01')).toBe('2026Q1');
  });
});
