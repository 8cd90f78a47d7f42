import { describe, expect, it } from 'vitest';
import { EMPTY_VALUES } from './measures.ts';
import { bloodPressureFlag, flagReading, glucoseFlag, gradeOf, normalBand, temperatureFlag } from './flags.ts';
import { grades } from './ranges.ts';
import { rangesForRegion } from './thresholds.ts';
import { allProfiles } from '../policy/queries.ts';

const { ranges: r, sources } = rangesForRegion('national');
const bp = (s: number, d: number) => bloodPressureFlag(r, s, d);
const label = (f: { label: string; level: string } | null) => (f ? `${f.label}/${f.level}` : null);

/** Each band at its boundaries, with the national profile's values (core/policy/profiles/national.json). */
describe('血压 (中国高血压防治指南 2018): the higher class of the two; 单纯收缩期; 血压偏低', () => {
  it.each([
    [119, 79, null],
    [120, 80, null],
    [139, 89, null],
    [140, 89, '1级高血压（单纯收缩期）/mild'],
    [139, 90, '1级高血压/mild'],
    [159, 99, '1级高血压/mild'],
    [160, 80, '2级高血压（单纯收缩期）/mild'],
    [150, 100, '2级高血压/mild'],
    [179, 109, '2级高血压/mild'],
    [180, 80, '3级高血压（单纯收缩期）/severe'],
    [130, 110, '3级高血压/severe'],
    [90, 60, null],
    [89, 70, '血压偏低/mild'],
    [100, 59, '血压偏低/mild'],
    [150, 55, '1级高血压（单纯收缩期）；血压偏低/mild'],
  ])('%d/%d → %s', (s, d, expected) => {
    expect(label(bp(s, d))).toBe(expected);
  });
});

describe('体温, by the site it was taken at', () => {
  it.each([
    ['axillary', 35.9, '体温偏低/mild'],
    ['axillary', 36.0, null],
    ['axillary', 37.0, null],
    ['axillary', 37.1, '低热/mild'],
    ['axillary', 38.0, '低热/mild'],
    ['axillary', 38.1, '中等热/mild'],
    ['axillary', 39.0, '中等热/mild'],
    ['axillary', 39.1, '高热/severe'],
    ['axillary', 41.0, '高热/severe'],
    ['axillary', 41.1, '超高热/severe'],
    ['oral', 36.2, '体温偏低/mild'],
    ['oral', 37.2, null],
    ['oral', 37.3, '低热/mild'],
    ['oral', 38.1, '中等热/mild'],
    ['oral', 39.1, '高热/severe'],
    ['rectal', 37.7, null],
    ['rectal', 37.8, '发热/mild'],
    ['rectal', 39.1, '高热/severe'],
  ] as const)('%s %d → %s', (site, t, expected) => {
    expect(label(temperatureFlag(r, t, site))).toBe(expected);
  });
});

describe('血糖 (WHO 1999 categories; 低血糖 <3.9 before them)', () => {
  it.each([
    ['fasting', 3.8, '低血糖/severe'],
    ['fasting', 3.9, null],
    ['fasting', 6.0, null],
    ['fasting', 6.1, '空腹血糖受损范围/mild'],
    ['fasting', 6.9, '空腹血糖受损范围/mild'],
    ['fasting', 7.0, '达糖尿病诊断切点/mild'],
    ['postMeal2h', 7.7, null],
    ['postMeal2h', 7.8, '糖耐量减低范围/mild'],
    ['postMeal2h', 11.0, '糖耐量减低范围/mild'],
    ['postMeal2h', 11.1, '达糖尿病诊断切点/mild'],
    ['random', 11.0, null],
    ['random', 11.1, '达糖尿病诊断切点/mild'],
    ['random', 3.8, '低血糖/severe'],
  ] as const)('%s %d → %s', (kind, g, expected) => {
    expect(label(glucoseFlag(r, g, kind))).toBe(expected);
  });
});

describe('脉搏, 呼吸, 血氧, BMI', () => {
  const one = (values: Partial<typeof EMPTY_VALUES>, heightCm: number | null = null) =>
    flagReading(r, { ...EMPTY_VALUES, ...values }, { tempSite: null, glucoseKind: null, heightCm }).map((f) => `${f.measure}:${f.label}/${f.level}`);
  it.each([
    [{ pulse: 59 }, ['pulse:心动过缓/mild']],
    [{ pulse: 60 }, []],
    [{ pulse: 100 }, []],
    [{ pulse: 101 }, ['pulse:心动过速/mild']],
    [{ resp: 11 }, ['resp:呼吸过缓/mild']],
    [{ resp: 12 }, []],
    [{ resp: 20 }, []],
    [{ resp: 21 }, ['resp:呼吸过速/mild']],
    [{ spo2: 89 }, ['spo2:低氧血症/severe']],
    [{ spo2: 90 }, ['spo2:偏低（轻度低氧）/mild']],
    [{ spo2: 94 }, ['spo2:偏低（轻度低氧）/mild']],
    [{ spo2: 95 }, []],
    [{ spo2: 100 }, []],
  ])('%j → %j', (values, expected) => {
    expect(one(values)).toEqual(expected);
  });

  it.each([
    [18.4, '体重过低'],
    [18.5, '正常'],
    [23.9, '正常'],
    [24.0, '超重'],
    [27.9, '超重'],
    [28.0, '肥胖'],
  ])('BMI %d → %s', (bmi, expected) => {
    expect(gradeOf(r.vitalsBmi, bmi).grade.label).toBe(expected);
  });

  it('flags BMI from the weight and the latest height, and only with a height', () => {
    expect(one({ weight: 72 }, 160)).toEqual(['bmi:肥胖/mild']);
    expect(one({ weight: 72 })).toEqual([]);
  });
});

describe('the bands as data', () => {
  it('gives each measure a normal band for the chart', () => {
    expect(normalBand(r.vitalsPulse)).toEqual({ min: 60, max: 100 });
    expect(normalBand(r.vitalsTemperature.axillary)).toEqual({ min: 36, max: 37 });
    expect(normalBand(r.vitalsBloodPressure.systolic)).toEqual({ min: null, max: 140 });
    expect(normalBand(r.vitalsSpo2)).toEqual({ min: 95, max: null });
  });

  it('every region resolves every vitals parameter, each with its source; the unverified ones say so', () => {
    for (const p of allProfiles()) expect(rangesForRegion(p.code).sources).toHaveLength(9);
    const byKey = Object.fromEntries(sources.map((s) => [s.key, s]));
    expect(byKey.vitalsBloodPressure).toMatchObject({ unverified: false, cite: '《中国高血压防治指南》（2018年修订版）血压水平分类和定义' });
    for (const key of ['vitalsSpo2', 'vitalsRespiration', 'vitalsTemperature', 'vitalsGlucose', 'vitalsBmi', 'vitalsHypoglycaemia', 'vitalsLowBloodPressure']) {
      expect(byKey[key]?.unverified, key).toBe(true);
    }
    expect(byKey.vitalsTemperature?.summary).toContain('腋温 <36.0 体温偏低 · ≥36.0 正常 · >37.0 低热');
  });

  it('refuses a grade list that is out of order, has no 正常, or bounds its first grade', () => {
    const g = (label: string, level: 'normal' | 'mild', bound?: object) => ({ label, level, ...bound });
    expect(grades.safeParse([g('低', 'mild'), g('正常', 'normal', { atLeast: 60 }), g('高', 'mild', { above: 100 })]).success).toBe(true);
    expect(grades.safeParse([g('低', 'mild'), g('正常', 'normal', { atLeast: 60 }), g('高', 'mild', { above: 50 })]).success).toBe(false);
    expect(grades.safeParse([g('低', 'mild'), g('高', 'mild', { atLeast: 60 })]).success).toBe(false);
    expect(grades.safeParse([g('低', 'mild', { atLeast: 1 }), g('正常', 'normal', { atLeast: 60 })]).success).toBe(false);
    expect(grades.safeParse([g('低', 'mild'), g('正常', 'normal', { atLeast: 60, above: 59 })]).success).toBe(false);
  });
});
