import { z, entityId, intInRange, isoDate, optionalText, requiredText } from '../shared/fields.ts';
import { named, type AuditFields } from '../audit/define.ts';
import { isoDay } from '../shared/dates.ts';
import {
  ABSENCE_KEYS,
  FIELDS,
  GLUCOSE_KIND_KEYS,
  GLUCOSE_KINDS,
  hasAnyValue,
  readingProblems,
  SHIFT_KEYS,
  SHIFTS,
  TEMP_SITE_KEYS,
  TEMP_SITES,
  type Absence,
  type GlucoseKind,
  type ReadingField,
  type ReadingValues,
  type Shift,
  type TempSite,
} from './measures.ts';
import type { Flag } from './flags.ts';
import type { RangeSource, VitalRanges } from './ranges.ts';

// The measures, their guards and the flags are shared with the screens, which may import this file only.
export * from './measures.ts';
export { FLAG_MEASURES, flagReading, bloodPressureFlag, glucoseFlag, gradeOf, normalBand, temperatureFlag, worstLevel, type Flag, type FlagMeasure } from './flags.ts';
export { trendChartOption } from './chartOption.ts';
export type { VitalsTrend, TrendPoint, TrendSeries, TrendBand } from './trend.ts';
export { LEVELS, gradesText, VITALS_PARAMETERS, type Grade, type Level, type RangeSource, type VitalRanges, type VitalsParameterKey } from './ranges.ts';

/** A reading's number as typed: any number, or null when the cell is empty. Impossible values are refused by readingProblems. */
const value = (field: ReadingField) =>
  z
    .number({ error: (i) => (i.input === undefined ? `请填写${FIELDS[field].label}` : `${FIELDS[field].label}应为数字`) })
    .nullable()
    .default(null);

const readingShape = {
  sbp: value('sbp'),
  dbp: value('dbp'),
  pulse: value('pulse'),
  temp: value('temp'),
  resp: value('resp'),
  spo2: value('spo2'),
  glucose: value('glucose'),
  weight: value('weight'),
};

export const TIME_OF_DAY = /^([01]\d|2[0-3]):[0-5]\d$/;
export const timeOfDay = (label: string) =>
  z
    .string({ error: (i) => (i.input === undefined ? `请填写${label}` : `${label}应为文字`) })
    .max(5, `${label}格式应为“时:分”，如 08:30`)
    .regex(TIME_OF_DAY, `${label}格式应为“时:分”，如 08:30`);

/** One resident's row of a round: their numbers, or why they were not measured. */
export const roundRowInput = z
  .object({
    residentId: entityId('老人'),
    absence: z.enum(ABSENCE_KEYS, { error: '请选择外出、住院或拒测' }).nullable().default(null),
    ...readingShape,
    note: optionalText('备注', 200),
  })
  .strict();
export type RoundRowInput = z.output<typeof roundRowInput>;

/**
 * 一轮测量: a floor's residents at one time of a shift, saved together as one change. A round already saved for
 * the floor, day and shift is corrected by sending it again with the revision it was read at. The numbers are
 * checked against the guards in the service, where each problem can name the resident's bed and name.
 */
export const saveRoundInput = z
  .object({
    floor: intInRange('楼层', -3, 99),
    date: isoDate('测量日期'),
    shift: z.enum(SHIFT_KEYS, { error: '请选择上午或下午' }),
    time: timeOfDay('测量时间'),
    tempSite: z.enum(TEMP_SITE_KEYS, { error: '请选择体温测量部位' }).default('axillary'),
    glucoseKind: z.enum(GLUCOSE_KIND_KEYS, { error: '请选择血糖类型' }).default('fasting'),
    rows: z.array(roundRowInput, { error: '请填写测量表' }).max(400, '一张测量表最多 400 位老人'),
    /** null for a new round; the round's revision when correcting it. */
    revision: intInRange('版本', 1, 1_000_000_000).nullable().default(null),
    /** Required when a row is for a resident who has since left (补录). */
    lateReason: optionalText('补录原因', 200),
    /** The person confirmed the unusual values the core asked about (the confirm tier of the guards). */
    confirmUnusual: z.boolean().default(false),
  })
  .strict();
export type SaveRoundInput = z.output<typeof saveRoundInput>;

export const roundQueryInput = z
  .object({ floor: intInRange('楼层', -3, 99), date: isoDate('测量日期'), shift: z.enum(SHIFT_KEYS, { error: '请选择上午或下午' }) })
  .strict();
export type RoundQueryInput = z.output<typeof roundQueryInput>;

/** 单独录入 or 补录: one resident's reading at a time of its own (height too, for BMI). */
export const recordInput = z
  .object({
    residentId: entityId('老人'),
    date: isoDate('测量日期'),
    time: timeOfDay('测量时间'),
    tempSite: z.enum(TEMP_SITE_KEYS, { error: '请选择体温测量部位' }).default('axillary'),
    glucoseKind: z.enum(GLUCOSE_KIND_KEYS, { error: '请选择血糖类型' }).default('random'),
    ...readingShape,
    height: value('height'),
    note: optionalText('备注', 200),
    lateReason: optionalText('补录原因', 200),
    confirmUnusual: z.boolean().default(false),
  })
  .strict()
  .superRefine((v, ctx) => {
    for (const p of readingProblems(v)) ctx.addIssue({ code: 'custom', path: [p.field], message: p.message });
    if (!hasAnyValue(v)) ctx.addIssue({ code: 'custom', path: ['sbp'], message: '请至少填写一项数值' });
  });
export type RecordInput = z.output<typeof recordInput>;

/** A reading is found by its resident and its minute (its key: a resident has one reading a minute). */
export const readingKeyInput = z
  .object({ residentId: entityId('老人'), takenAt: intInRange('测量时间', 0, 2_000_000_000) })
  .strict();
export const removeReadingInput = readingKeyInput.extend({ reason: requiredText('删除原因', 200) }).strict();

export const TREND_MEASURES = {
  bp: { label: '血压', unit: 'mmHg' },
  pulse: { label: '脉搏', unit: '次/分' },
  temp: { label: '体温', unit: '℃' },
  resp: { label: '呼吸', unit: '次/分' },
  spo2: { label: '血氧饱和度', unit: '%' },
  glucoseFasting: { label: '空腹血糖', unit: 'mmol/L' },
  glucosePostMeal: { label: '餐后2小时血糖', unit: 'mmol/L' },
  glucoseRandom: { label: '随机血糖', unit: 'mmol/L' },
  weight: { label: '体重', unit: 'kg' },
} as const;
export type TrendMeasure = keyof typeof TREND_MEASURES;
export const TREND_MEASURE_KEYS = Object.keys(TREND_MEASURES) as [TrendMeasure, ...TrendMeasure[]];

export const TREND_RANGES = { '7d': '近 7 天', '30d': '近 30 天', '90d': '近 90 天', '1y': '近 1 年', all: '全部' } as const;
export type TrendRange = keyof typeof TREND_RANGES;

export const trendInput = z
  .object({
    residentId: entityId('老人'),
    measure: z.enum(TREND_MEASURE_KEYS, { error: '请选择测量项目' }),
    range: z.enum(Object.keys(TREND_RANGES) as [TrendRange, ...TrendRange[]], { error: '请选择时间范围' }).default('30d'),
  })
  .strict();

export const readingsInput = z
  .object({
    residentId: entityId('老人'),
    /** The `takenAt` of the last row of the page before; null for the newest. */
    before: intInRange('翻页位置', 0, 2_000_000_000).nullable().default(null),
    limit: intInRange('每页行数', 1, 200).default(50),
  })
  .strict();

export const residentInput = z.object({ residentId: entityId('老人') }).strict();

export const abnormalInput = z
  .object({
    date: isoDate('日期')
      // The calendar day of this PC, as 身份证 numbers are checked (core/residents/schema.ts).
      .refine((d) => d <= isoDay(new Date()), '日期不能晚于今天')
      .nullable()
      .default(null),
    floor: intInRange('楼层', -3, 99).nullable().default(null),
  })
  .strict();
export type AbnormalInput = z.output<typeof abnormalInput>;

/** 空白测量表: a floor's residents with their beds, for a round on paper. */
export const roundSheetInput = z
  .object({
    floor: intInRange('楼层', -3, 99),
    date: isoDate('测量日期').nullable().default(null),
    shift: z.enum(SHIFT_KEYS).nullable().default(null),
  })
  .strict();
export type RoundSheetInput = z.output<typeof roundSheetInput>;

/** One reading as the screens and queries show it. */
export interface Reading {
  residentId: number;
  /** Minutes since 1970-01-01 UTC: the reading's key with the resident. */
  takenAt: number;
  /** The same instant as an ISO timestamp. */
  at: string;
  roundId: number | null;
  values: ReadingValues;
  tempSite: TempSite | null;
  glucoseKind: GlucoseKind | null;
  absence: Absence | null;
  note: string;
  lateReason: string;
  recordedBy: string;
  deletedAt: string | null;
  deletedReason: string | null;
  bmi: number | null;
  flags: Flag[];
}

/** A row of the round grid: a resident of the floor and what the round holds for them so far. */
export interface RoundGridRow {
  residentId: number;
  bedLabel: string;
  name: string;
  sex: '男' | '女';
  age: number;
  /** in_residence, or the day they left (a row of a past round needs a 补录原因 then). */
  leftOn: string | null;
  admissionDate: string;
  heightCm: number | null;
  reading: Reading | null;
}

export interface RoundInfo {
  id: number;
  revision: number;
  time: string;
  tempSite: TempSite;
  glucoseKind: GlucoseKind;
  recordedBy: string;
  updatedAt: string;
}

export interface RoundGrid {
  floor: number;
  date: string;
  shift: Shift;
  round: RoundInfo | null;
  rows: RoundGridRow[];
}

/** The home's bands and where they come from, for the screens (flags while typing, the sources under a chart). */
export interface RangesView {
  ranges: VitalRanges;
  sources: RangeSource[];
  profile: string;
}

/** 更正 / new round: what the audit log shows for a round (compact: counts, absences, abnormal values, changed rows). */
export const VITAL_ROUND_AUDIT_FIELDS: AuditFields = {
  floor: { label: '楼层', show: (v) => `${String(v)} 楼` },
  date: { label: '测量日期' },
  shift: named('班次', SHIFTS),
  time: { label: '测量时间' },
  tempSite: named('体温部位', TEMP_SITES),
  glucoseKind: named('血糖类型', GLUCOSE_KINDS),
  measured: { label: '测量人数', show: (v) => `${String(v)} 人` },
  absent: { label: '外出/住院/拒测', show: (v) => (Array.isArray(v) ? (v as string[]) : String(v)) },
  abnormal: { label: '异常数值', show: (v) => (Array.isArray(v) ? (v as string[]) : String(v)) },
  readings: { label: '更正的记录', show: (v) => (Array.isArray(v) ? (v as string[]) : String(v)) },
  lateReason: { label: '补录原因' },
};

/** A single reading (单独录入、补录、删除、恢复). */
export const VITAL_SIGN_AUDIT_FIELDS: AuditFields = {
  resident: { label: '老人' },
  at: { label: '测量时间' },
  reading: { label: '数值' },
  abnormal: { label: '异常', show: (v) => (Array.isArray(v) ? (v as string[]) : String(v)) },
  note: { label: '备注' },
  lateReason: { label: '补录原因' },
  deletedReason: { label: '删除原因' },
  status: { label: '状态' },
};

