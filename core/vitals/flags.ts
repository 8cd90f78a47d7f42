import { bmiOf, type GlucoseKind, type ReadingValues, type TempSite } from './measures.ts';
import { boundOf, type Grade, type Level, type VitalRanges } from './ranges.ts';

/**
 * Flags a reading against the home's ranges (region-profile parameters): which measures are outside their
 * normal grades, and how. Pure: the round grid shows the same flags while the nurse types as the core stores
 * and lists. Capillary readings are flagged, never diagnosed (§6.2: "flag, don't diagnose").
 */

export const FLAG_MEASURES = { bp: '血压', pulse: '脉搏', temp: '体温', resp: '呼吸', spo2: '血氧', glucose: '血糖', bmi: 'BMI' } as const;
export type FlagMeasure = keyof typeof FLAG_MEASURES;

export interface Flag {
  measure: FlagMeasure;
  level: Exclude<Level, 'normal'>;
  direction: 'low' | 'high';
  /** The grade's words, e.g. 2级高血压, 低热, 低血糖. */
  label: string;
}

export interface GradeOf {
  index: number;
  grade: Grade;
  direction: 'low' | 'normal' | 'high';
}

/** The grade a value falls in: the last whose bound it reaches (grades are in ascending order). */
export function gradeOf(list: readonly Grade[], value: number): GradeOf {
  let index = 0;
  for (let i = 1; i < list.length; i++) {
    const b = boundOf(list[i]!)!;
    if (value > b.value || (b.inclusive && value === b.value)) index = i;
    else break;
  }
  const grade = list[index]!;
  const firstNormal = list.findIndex((g) => g.level === 'normal');
  const direction = grade.level === 'normal' ? 'normal' : index < firstNormal ? 'low' : 'high';
  return { index, grade, direction };
}

/** The span of the normal grades, for the shaded band of a chart (null: no limit on that side). */
export function normalBand(list: readonly Grade[]): { min: number | null; max: number | null } {
  const first = list.findIndex((g) => g.level === 'normal');
  let last = first;
  while (list[last + 1]?.level === 'normal') last++;
  return {
    min: first <= 0 ? null : boundOf(list[first]!)!.value,
    max: last === list.length - 1 ? null : boundOf(list[last + 1]!)!.value,
  };
}

const worse = (a: Flag['level'], b: Flag['level']) => (a === 'severe' || b === 'severe' ? 'severe' : 'mild');

function fromGrade(measure: FlagMeasure, g: GradeOf): Flag | null {
  if (g.direction === 'normal') return null;
  return { measure, level: g.grade.level as Flag['level'], direction: g.direction, label: g.grade.label };
}

/**
 * Blood pressure: each of 收缩压 and 舒张压 is graded, and when they fall in different classes the higher class
 * counts (中国高血压防治指南 2018, as §6.1 reports it); a hypertensive 收缩压 over a normal 舒张压 is 单纯收缩期高血压.
 * 血压偏低 is its own parameter (the guideline's table has no low class).
 */
export function bloodPressureFlag(ranges: VitalRanges, sbp: number, dbp: number): Flag | null {
  const bp = ranges.vitalsBloodPressure;
  const s = gradeOf(bp.systolic, sbp);
  const d = gradeOf(bp.diastolic, dbp);
  const higher = d.index > s.index ? d : s;
  const parts: Flag[] = [];
  if (higher.direction === 'high') {
    const isolated = s.direction === 'high' && d.direction !== 'high';
    parts.push({ measure: 'bp', level: higher.grade.level as Flag['level'], direction: 'high', label: isolated ? `${higher.grade.label}（单纯收缩期）` : higher.grade.label });
  }
  const low = ranges.vitalsLowBloodPressure;
  if (sbp < low.systolicBelow || dbp < low.diastolicBelow) {
    if (low.level !== 'normal') parts.push({ measure: 'bp', level: low.level, direction: 'low', label: low.label });
  }
  if (parts.length === 0) return null;
  return parts.reduce((a, b) => ({ measure: 'bp', level: worse(a.level, b.level), direction: a.direction, label: `${a.label}；${b.label}` }));
}

export function glucoseFlag(ranges: VitalRanges, glucose: number, kind: GlucoseKind): Flag | null {
  const hypo = ranges.vitalsHypoglycaemia;
  if (glucose < hypo.below && hypo.level !== 'normal') return { measure: 'glucose', level: hypo.level, direction: 'low', label: hypo.label };
  return fromGrade('glucose', gradeOf(ranges.vitalsGlucose[kind], glucose));
}

export function temperatureFlag(ranges: VitalRanges, temp: number, site: TempSite): Flag | null {
  return fromGrade('temp', gradeOf(ranges.vitalsTemperature[site], temp));
}

export interface FlagContext {
  tempSite: TempSite | null;
  glucoseKind: GlucoseKind | null;
  /** The resident's height for BMI when this reading has none (the latest measured), in cm. */
  heightCm?: number | null;
}

/** Every abnormal measure of one reading, in the order of FLAG_MEASURES. */
export function flagReading(ranges: VitalRanges, v: ReadingValues, c: FlagContext): Flag[] {
  const flags: (Flag | null)[] = [];
  if (v.sbp !== null && v.dbp !== null) flags.push(bloodPressureFlag(ranges, v.sbp, v.dbp));
  if (v.pulse !== null) flags.push(fromGrade('pulse', gradeOf(ranges.vitalsPulse, v.pulse)));
  if (v.temp !== null) flags.push(temperatureFlag(ranges, v.temp, c.tempSite ?? 'axillary'));
  if (v.resp !== null) flags.push(fromGrade('resp', gradeOf(ranges.vitalsRespiration, v.resp)));
  if (v.spo2 !== null) flags.push(fromGrade('spo2', gradeOf(ranges.vitalsSpo2, v.spo2)));
  if (v.glucose !== null) flags.push(glucoseFlag(ranges, v.glucose, c.glucoseKind ?? 'random'));
  const bmi = bmiOf(v.weight, v.height ?? c.heightCm ?? null);
  if (bmi !== null) flags.push(fromGrade('bmi', gradeOf(ranges.vitalsBmi, bmi)));
  return flags.filter((f) => f !== null);
}

/** The worst level among flags, for sorting a list (严重 first) and colouring a row. */
export const worstLevel = (flags: readonly Flag[]): Flag['level'] | null =>
  flags.length === 0 ? null : flags.some((f) => f.level === 'severe') ? 'severe' : 'mild';
