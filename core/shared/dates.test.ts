import { describe, expect, it } from 'vitest';
import { ageOn } from './dates.ts';

describe('ageOn', () => {
  it('counts whole years: a year older on the birthday, not the day before; 29 February turns a year older on 1 March', () => {
    expect(ageOn('1961-09-30', '2026-09-30')).toBe(65);
    expect(ageOn('1961-10-01', '2026-09-30')).toBe(64);
    expect(ageOn('1961-12-31', '2026-01-01')).toBe(64);
    expect(ageOn('1960-02-29', '2026-02-28')).toBe(65);
    expect(ageOn('1960-02-29', '2026-03-01')).toBe(66);
    expect(ageOn('2026-11-23', '2026-11-23')).toBe(0);
  });
});
