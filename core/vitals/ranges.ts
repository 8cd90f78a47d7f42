import { z } from 'zod';
import { defineParameter } from '../policy/define.ts';
import { GLUCOSE_KINDS, TEMP_SITES } from './measures.ts';

/**
 * The abnormal bands of the vital signs are region-profile parameters (core/policy/parameters.ts lists them,
 * core/policy/profiles/national.json holds the national values with their sources). A measure's bands are
 * written as its source writes them: a list of grades, each applying from its bound (≥ `atLeast`, or
 * > `above`) up to the next grade's bound; the first grade has no bound. 正常 grades are not flagged.
 */

export const LEVELS = { normal: '正常', mild: '异常', severe: '明显异常' } as const;
export type Level = keyof typeof LEVELS;
const level = z.enum(Object.keys(LEVELS) as [Level, ...Level[]]);

const grade = z
  .object({
    /** The grade starts at this value (≥), as "≥ 140" is written. */
    atLeast: z.number().optional(),
    /** The grade starts just above this value (>), as "> 37.0" is written. */
    above: z.number().optional(),
    label: z.string().min(1),
    level,
  })
  .strict();
export type Grade = z.output<typeof grade>;

/** A grade's bound, as a number and whether the bound itself belongs to the grade. */
export const boundOf = (g: Grade): { value: number; inclusive: boolean } | null =>
  g.atLeast !== undefined ? { value: g.atLeast, inclusive: true } : g.above !== undefined ? { value: g.above, inclusive: false } : null;

export const grades = z
  .array(grade)
  .min(2)
  .superRefine((list, ctx) => {
    list.forEach((g, i) => {
      const bounds = (g.atLeast !== undefined ? 1 : 0) + (g.above !== undefined ? 1 : 0);
      if (i === 0 && bounds !== 0) ctx.addIssue({ code: 'custom', path: [i], message: '第一档没有下限（atLeast/above 都不写）' });
      if (i > 0 && bounds !== 1) ctx.addIssue({ code: 'custom', path: [i], message: '除第一档外，每档写且只写一个下限：atLeast（≥）或 above（>）' });
      const prev = i > 1 ? boundOf(list[i - 1]!) : null;
      const here = boundOf(g);
      if (prev && here && here.value < prev.value) ctx.addIssue({ code: 'custom', path: [i], message: '各档下限应从小到大' });
    });
    if (!list.some((g) => g.level === 'normal')) ctx.addIssue({ code: 'custom', message: '至少要有一档“正常”' });
  });

/** "<90 低血压 · ≥90 正常 · >37.0 低热" — a grade list as the 机构信息 page and the printed filings show it. */
export function gradesText(list: readonly Grade[], digits = 0): string {
  const n = (x: number) => x.toFixed(digits);
  return list
    .map((g, i) => {
      const b = boundOf(g);
      if (b) return `${b.inclusive ? '≥' : '>'}${n(b.value)} ${g.label}`;
      const next = list[i + 1] ? boundOf(list[i + 1]!) : null;
      return next ? `${next.inclusive ? '<' : '≤'}${n(next.value)} ${g.label}` : g.label;
    })
    .join(' · ');
}

const below = z.object({ below: z.number(), label: z.string().min(1), level }).strict();

export const bloodPressureParameter = defineParameter({
  label: '血压分级',
  value: z.object({ systolic: grades, diastolic: grades }).strict(),
  summary: (v) => `收缩压 ${gradesText(v.systolic)}；舒张压 ${gradesText(v.diastolic)}（二者不在同一级时取较高一级）`,
});

export const lowBloodPressureParameter = defineParameter({
  label: '血压偏低',
  value: z.object({ systolicBelow: z.number(), diastolicBelow: z.number(), label: z.string().min(1), level }).strict(),
  summary: (v) => `收缩压 <${v.systolicBelow} 或舒张压 <${v.diastolicBelow} mmHg：${v.label}`,
});

export const pulseParameter = defineParameter({
  label: '脉搏',
  value: grades,
  summary: (v) => `${gradesText(v)}（次/分）`,
});

export const respirationParameter = defineParameter({
  label: '呼吸',
  value: grades,
  summary: (v) => `${gradesText(v)}（次/分，静息）`,
});

export const temperatureParameter = defineParameter({
  label: '体温（按测量部位）',
  value: z.object({ axillary: grades, oral: grades, rectal: grades }).strict(),
  summary: (v) => (Object.keys(TEMP_SITES) as (keyof typeof TEMP_SITES)[]).map((s) => `${TEMP_SITES[s]} ${gradesText(v[s], 1)}`).join('；'),
});

export const spo2Parameter = defineParameter({
  label: '血氧饱和度',
  value: grades,
  summary: (v) => `${gradesText(v)}（%，静息、未吸氧）`,
});

export const glucoseParameter = defineParameter({
  label: '血糖（按测量时间）',
  value: z.object({ fasting: grades, postMeal2h: grades, random: grades }).strict(),
  summary: (v) =>
    (Object.keys(GLUCOSE_KINDS) as (keyof typeof GLUCOSE_KINDS)[]).map((k) => `${GLUCOSE_KINDS[k]} ${gradesText(v[k], 1)}`).join('；') + '（mmol/L）',
});

export const hypoglycaemiaParameter = defineParameter({
  label: '低血糖',
  value: below,
  summary: (v) => `血糖 <${v.below.toFixed(1)} mmol/L：${v.label}`,
});

export const bmiParameter = defineParameter({
  label: '体重指数（BMI）',
  value: grades,
  summary: (v) => `${gradesText(v, 1)}（kg/m²）`,
});

/** The vitals parameters, by their key in a region profile's `parameters`. */
export const VITALS_PARAMETERS = {
  vitalsBloodPressure: bloodPressureParameter,
  vitalsLowBloodPressure: lowBloodPressureParameter,
  vitalsPulse: pulseParameter,
  vitalsRespiration: respirationParameter,
  vitalsTemperature: temperatureParameter,
  vitalsSpo2: spo2Parameter,
  vitalsGlucose: glucoseParameter,
  vitalsHypoglycaemia: hypoglycaemiaParameter,
  vitalsBmi: bmiParameter,
};
export type VitalsParameterKey = keyof typeof VITALS_PARAMETERS;

/** The values the flags are computed with, one per parameter, as a profile resolves them. */
export interface VitalRanges {
  vitalsBloodPressure: z.output<typeof bloodPressureParameter.value>;
  vitalsLowBloodPressure: z.output<typeof lowBloodPressureParameter.value>;
  vitalsPulse: Grade[];
  vitalsRespiration: Grade[];
  vitalsTemperature: z.output<typeof temperatureParameter.value>;
  vitalsSpo2: Grade[];
  vitalsGlucose: z.output<typeof glucoseParameter.value>;
  vitalsHypoglycaemia: z.output<typeof hypoglycaemiaParameter.value>;
  vitalsBmi: Grade[];
}

/** Where a parameter's values come from, in words: shown beside the bands on screen and printed under every vitals filing. */
export interface RangeSource {
  key: VitalsParameterKey;
  label: string;
  summary: string;
  cite: string;
  note: string | null;
  /** The reference could not confirm it, or the app made a choice where sources differ: 待核实. */
  unverified: boolean;
}
