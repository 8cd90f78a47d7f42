/**
 * The vital signs of issue #8 — what a reading holds, its units, and which values are refused as impossible.
 * Pure data and functions: the round grid checks a cell with the very same code as the core (re-exported from
 * schema.ts), so a value the screen lets through is never refused for a different reason.
 */

/** The numbers of one reading. Blood pressure is two of them (收缩压/舒张压), entered together. */
export const READING_FIELDS = ['sbp', 'dbp', 'pulse', 'temp', 'resp', 'spo2', 'glucose', 'weight', 'height'] as const;
export type ReadingField = (typeof READING_FIELDS)[number];

export type ReadingValues = { [K in ReadingField]: number | null };

export const EMPTY_VALUES: ReadingValues = { sbp: null, dbp: null, pulse: null, temp: null, resp: null, spo2: null, glucose: null, weight: null, height: null };

export interface FieldDef {
  label: string;
  unit: string;
  /** Decimal places a value may have: one for 体温, 血糖, 体重, 身高 (the paper forms' precision), none otherwise. */
  decimals: 0 | 1;
  /** Outside this, the value is refused as impossible (nothing is written). */
  possible: readonly [number, number];
  /** Outside this (but possible), the value is saved only after the person confirms it, then flagged. */
  usual: readonly [number, number];
}

/*
 * The two tiers of input guards are the research reference's ENGINEERING PROPOSAL (standards/clinical-scales.md
 * §6.4: "no standard defines these"), chosen well outside survivable or measurable values. They are input
 * validation, not policy: they stay here as constants, not in the region profiles, and nothing prints them as
 * a standard. The abnormal bands, which do come from standards, are profile parameters (ranges.ts).
 */
export const FIELDS: Record<ReadingField, FieldDef> = {
  sbp: { label: '收缩压', unit: 'mmHg', decimals: 0, possible: [40, 300], usual: [70, 220] },
  dbp: { label: '舒张压', unit: 'mmHg', decimals: 0, possible: [20, 200], usual: [40, 130] },
  pulse: { label: '脉搏', unit: '次/分', decimals: 0, possible: [20, 250], usual: [40, 150] },
  temp: { label: '体温', unit: '℃', decimals: 1, possible: [30, 45], usual: [35, 41] },
  resp: { label: '呼吸', unit: '次/分', decimals: 0, possible: [4, 60], usual: [8, 35] },
  spo2: { label: '血氧饱和度', unit: '%', decimals: 0, possible: [50, 100], usual: [85, 100] },
  // Many meters read “LO”/“HI” outside about 1.1–33.3 mmol/L (§6.4 quotes manufacturers' specifications, unverified).
  glucose: { label: '血糖', unit: 'mmol/L', decimals: 1, possible: [1, 35], usual: [2.8, 25] },
  weight: { label: '体重', unit: 'kg', decimals: 1, possible: [20, 250], usual: [30, 150] },
  height: { label: '身高', unit: 'cm', decimals: 1, possible: [100, 230], usual: [130, 200] },
};

/** 体温测量部位: the normal band depends on it (§6.3); 腋温 is the usual site in China. Stored as its index. */
export const TEMP_SITES = { axillary: '腋温', oral: '口温', rectal: '肛温' } as const;
export type TempSite = keyof typeof TEMP_SITES;
export const TEMP_SITE_KEYS = Object.keys(TEMP_SITES) as [TempSite, ...TempSite[]];

/** 血糖 as measured: each has its own bands (WHO 1999 as used in Chinese guidelines). Stored as its index. */
export const GLUCOSE_KINDS = { fasting: '空腹', postMeal2h: '餐后2小时', random: '随机' } as const;
export type GlucoseKind = keyof typeof GLUCOSE_KINDS;
export const GLUCOSE_KIND_KEYS = Object.keys(GLUCOSE_KINDS) as [GlucoseKind, ...GlucoseKind[]];

/** Why a resident of the round was not measured. Stored as its index + 1 (NULL: measured). */
export const ABSENCES = { out: '外出', hospital: '住院', refused: '拒测' } as const;
export type Absence = keyof typeof ABSENCES;
export const ABSENCE_KEYS = Object.keys(ABSENCES) as [Absence, ...Absence[]];

/** The two rounds of a day, with the time the grid offers when the round is not being entered as it happens. */
export const SHIFTS = { am: '上午', pm: '下午' } as const;
export type Shift = keyof typeof SHIFTS;
export const SHIFT_KEYS = Object.keys(SHIFTS) as [Shift, ...Shift[]];
export const SHIFT_TIMES: Record<Shift, string> = { am: '08:00', pm: '16:00' };

/** Whether a number has at most `decimals` decimal places (36.55 ℃ is a typo, not a reading). */
export function hasDecimals(value: number, decimals: 0 | 1): boolean {
  const scaled = value * 10 ** decimals;
  return Math.abs(scaled - Math.round(scaled)) < 1e-6;
}

export const formatValue = (field: ReadingField, value: number): string => value.toFixed(FIELDS[field].decimals);

/**
 * Why a value cannot be a reading of this field, or null. Says what the person most likely did where a unit
 * slip is common (§6.4: glucose in mg/dL, temperature in ℉, weight in 斤).
 */
export function impossibleValue(field: ReadingField, value: number): string | null {
  const f = FIELDS[field];
  if (!Number.isFinite(value)) return `${f.label}应为数字`;
  if (!hasDecimals(value, f.decimals)) {
    return f.decimals === 0 ? `${f.label}应为整数` : `${f.label}最多保留一位小数`;
  }
  const [lo, hi] = f.possible;
  if (value >= lo && value <= hi) return null;
  const shown = `${f.label} ${value} ${f.unit}`;
  if (field === 'glucose' && value > hi && value <= 700) {
    return `${shown} 不可能：血糖请按 mmol/L 填写；如果读数是 mg/dL，请除以 18（约 ${(value / 18).toFixed(1)}）`;
  }
  if (field === 'temp' && value >= 86 && value <= 113) {
    return `${shown} 不可能：体温请按摄氏度（℃）填写；${value} ℉ 约为 ${(((value - 32) * 5) / 9).toFixed(1)} ℃`;
  }
  if (field === 'spo2' && value > 100) return `${shown} 不可能：血氧饱和度不会超过 100%`;
  return `${shown} 不可能，请核对（应在 ${lo}–${hi} ${f.unit} 之间）`;
}

/** Why a possible value is unusual enough to ask first (the confirm tier), or null. */
export function unusualValue(field: ReadingField, value: number): string | null {
  const f = FIELDS[field];
  const [lo, hi] = f.usual;
  if (value >= lo && value <= hi) return null;
  const hint = field === 'weight' && value > hi ? '，是否误填为斤（1 斤 = 0.5 kg）？' : '';
  return `${f.label} ${formatValue(field, value)} ${f.unit}（常见范围 ${lo}–${hi}）${hint}`;
}

export interface ReadingProblem {
  /** The field the problem is about; 'sbp' for the pair when one of 收缩压/舒张压 is missing. */
  field: ReadingField;
  message: string;
}

/** Every impossible value of a reading and every rule between its values, in the order of the fields. */
export function readingProblems(values: ReadingValues): ReadingProblem[] {
  const problems: ReadingProblem[] = [];
  for (const field of READING_FIELDS) {
    const v = values[field];
    if (v === null) continue;
    const message = impossibleValue(field, v);
    if (message) problems.push({ field, message });
  }
  if ((values.sbp === null) !== (values.dbp === null)) {
    problems.push({ field: values.sbp === null ? 'sbp' : 'dbp', message: '血压请同时填写收缩压和舒张压，如 128/78' });
  } else if (values.sbp !== null && values.dbp !== null && values.sbp <= values.dbp && !problems.some((p) => p.field === 'sbp' || p.field === 'dbp')) {
    // §6.4 "also refuse SBP ≤ DBP": the two numbers were typed the wrong way round.
    problems.push({ field: 'sbp', message: `血压 ${values.sbp}/${values.dbp} 不可能：收缩压应高于舒张压，是否前后写反了？` });
  }
  return problems;
}

/** The unusual values of a reading (all possible), for the question asked before saving. */
export function unusualValues(values: ReadingValues): { field: ReadingField; message: string }[] {
  const out: { field: ReadingField; message: string }[] = [];
  for (const field of READING_FIELDS) {
    const v = values[field];
    if (v === null) continue;
    const message = unusualValue(field, v);
    if (message) out.push({ field, message });
  }
  return out;
}

export const hasAnyValue = (values: ReadingValues): boolean => READING_FIELDS.some((f) => values[f] !== null);

/** BMI (kg/m²) from weight and height, one decimal; null without both. */
export function bmiOf(weightKg: number | null, heightCm: number | null): number | null {
  if (weightKg === null || heightCm === null || heightCm <= 0) return null;
  return Math.round((weightKg / (heightCm / 100) ** 2) * 10) / 10;
}
