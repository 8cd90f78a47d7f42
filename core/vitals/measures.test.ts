import { describe, expect, it } from 'vitest';
import { bmiOf, EMPTY_VALUES, impossibleValue, readingProblems, unusualValue, type ReadingField } from './measures.ts';

/** The input guards (the reference's engineering proposal §6.4): refused just outside, accepted at the edge. */
describe('impossible values are refused at the edges of the guard', () => {
  it.each<[ReadingField, number, number, number]>([
    // field, lowest possible, highest possible, the step just beyond
    ['sbp', 40, 300, 1],
    ['dbp', 20, 200, 1],
    ['pulse', 20, 250, 1],
    ['resp', 4, 60, 1],
    ['temp', 30, 45, 0.1],
    ['spo2', 50, 100, 1],
    ['glucose', 1, 35, 0.1],
    ['weight', 20, 250, 0.1],
    ['height', 100, 230, 0.1],
  ])('%s: %d and %d are possible, one step beyond is not', (field, lo, hi, step) => {
    expect(impossibleValue(field, lo)).toBeNull();
    expect(impossibleValue(field, hi)).toBeNull();
    expect(impossibleValue(field, Math.round((lo - step) * 10) / 10)).toMatch(/不可能/);
    expect(impossibleValue(field, Math.round((hi + step) * 10) / 10)).toMatch(/不可能/);
  });

  it('names the slip where a unit slip is likely: glucose in mg/dL, temperature in ℉, SpO₂ over 100', () => {
    expect(impossibleValue('sbp', 400)).toBe('收缩压 400 mmHg 不可能，请核对（应在 40–300 mmHg 之间）');
    expect(impossibleValue('temp', 50)).toBe('体温 50 ℃ 不可能，请核对（应在 30–45 ℃ 之间）');
    expect(impossibleValue('temp', 98.6)).toContain('98.6 ℉ 约为 37.0 ℃');
    expect(impossibleValue('glucose', 126)).toContain('mg/dL，请除以 18（约 7.0）');
    expect(impossibleValue('spo2', 101)).toContain('不会超过 100%');
  });

  it('refuses more decimals than the paper forms have', () => {
    expect(impossibleValue('temp', 36.5)).toBeNull();
    expect(impossibleValue('temp', 36.55)).toBe('体温最多保留一位小数');
    expect(impossibleValue('sbp', 120.5)).toBe('收缩压应为整数');
    expect(impossibleValue('glucose', 6.1)).toBeNull();
  });

  it('refuses a blood pressure with one number, or with 收缩压 not above 舒张压', () => {
    expect(readingProblems({ ...EMPTY_VALUES, sbp: 120 })).toEqual([{ field: 'dbp', message: '血压请同时填写收缩压和舒张压，如 128/78' }]);
    expect(readingProblems({ ...EMPTY_VALUES, sbp: 120, dbp: 120 })[0]?.message).toContain('收缩压应高于舒张压');
    expect(readingProblems({ ...EMPTY_VALUES, sbp: 121, dbp: 120 })).toEqual([]);
    // An impossible number is named once, not again as a wrong order.
    expect(readingProblems({ ...EMPTY_VALUES, sbp: 400, dbp: 80 })).toHaveLength(1);
  });
});

describe('possible but unusual values are asked about first (the confirm tier)', () => {
  it.each<[ReadingField, number, number]>([
    ['sbp', 70, 220],
    ['dbp', 40, 130],
    ['pulse', 40, 150],
    ['resp', 8, 35],
    ['temp', 35, 41],
    ['spo2', 85, 100],
    ['glucose', 2.8, 25],
    ['weight', 30, 150],
    ['height', 130, 200],
  ])('%s: %d–%d goes through, beyond is asked', (field, lo, hi) => {
    expect(unusualValue(field, lo)).toBeNull();
    expect(unusualValue(field, hi)).toBeNull();
    expect(unusualValue(field, lo - 0.1)).toMatch(/常见范围/);
    if (field !== 'spo2') expect(unusualValue(field, hi + 0.1)).toMatch(/常见范围/);
  });

  it('asks whether a heavy weight was typed in 斤', () => {
    expect(unusualValue('weight', 160)).toContain('是否误填为斤');
  });
});

describe('BMI', () => {
  it('is weight over height squared, one decimal, only with both', () => {
    expect(bmiOf(64, 160)).toBe(25);
    expect(bmiOf(47.4, 160)).toBe(18.5);
    expect(bmiOf(null, 160)).toBeNull();
    expect(bmiOf(60, null)).toBeNull();
  });
});
