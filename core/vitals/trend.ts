import type { Db } from '../../db/open.ts';
import { stmt } from '../shared/statements.ts';
import { bmiOf, type TempSite } from './measures.ts';
import { glucoseFlag, gradeOf, normalBand, temperatureFlag, type Flag } from './flags.ts';
import type { RangeSource, VitalRanges, VitalsParameterKey } from './ranges.ts';
import { homeRanges } from './thresholds.ts';
import { latestHeight } from './people.ts';
import { tempSiteOf } from './storage.ts';
import { MINUTE_MS, minuteOfInstant } from './time.ts';
import { TEMP_SITES, TREND_MEASURES, type TrendMeasure, type TrendRange } from './schema.ts';

/** 0 正常, 1 异常, 2 明显异常: a point's level, compact for thousands of points. */
export type PointLevel = 0 | 1 | 2;
/** One point of a trend: [epoch milliseconds, value, level]. */
export type TrendPoint = [at: number, value: number, level: PointLevel];

export interface TrendSeries {
  key: string;
  label: string;
  points: TrendPoint[];
}

/** The shaded normal band of a series (null: open on that side). */
export interface TrendBand {
  series: string;
  min: number | null;
  max: number | null;
}

/**
 * A resident's trend of one measure: the data shape the trend chart draws on screen (canvas) and trendSvg draws
 * for print. Points are oldest first; every point carries its own level, judged by its own site or kind.
 */
export interface VitalsTrend {
  residentId: number;
  measure: TrendMeasure;
  label: string;
  unit: string;
  range: TrendRange;
  /** Epoch ms of the range's start; null for 全部. */
  from: number | null;
  to: number;
  series: TrendSeries[];
  bands: TrendBand[];
  /** The band in words: “正常范围（腋温）36–37 ℃”, or why there is none. */
  bandText: string;
  /** Where the band comes from, with 待核实 where the reference could not confirm it. */
  sources: RangeSource[];
  count: number;
}

const RANGE_DAYS: Record<TrendRange, number | null> = { '7d': 7, '30d': 30, '90d': 90, '1y': 365, all: null };

const levelOf = (f: Pick<Flag, 'level'> | null): PointLevel => (f === null ? 0 : f.level === 'severe' ? 2 : 1);
const gradeLevel = (list: Parameters<typeof gradeOf>[0], v: number): PointLevel => {
  const g = gradeOf(list, v);
  return g.direction === 'normal' ? 0 : g.grade.level === 'severe' ? 2 : 1;
};
const maxLevel = (a: PointLevel, b: PointLevel): PointLevel => (a > b ? a : b);

/** Each measure's columns, condition and how a row becomes points. The rows come in key order: no sort. */
interface Plan {
  columns: string;
  where: string;
  params: VitalsParameterKey[];
  series: { key: string; label: string }[];
  points(row: Record<string, number>, r: VitalRanges, heightCm: number | null): (TrendPoint | null)[];
}

const single = (column: string, param: VitalsParameterKey, scale = 1, grades: (r: VitalRanges) => Parameters<typeof gradeOf>[0]): Pick<Plan, 'columns' | 'where' | 'points' | 'params'> => ({
  columns: `taken_at, ${column} AS v`,
  where: `${column} IS NOT NULL`,
  params: [param],
  points: (row, r) => [[row.taken_at! * MINUTE_MS, row.v! / scale, gradeLevel(grades(r), row.v! / scale)]],
});

const glucose = (kind: 0 | 1 | 2, key: 'fasting' | 'postMeal2h' | 'random'): Pick<Plan, 'columns' | 'where' | 'points' | 'params'> => ({
  columns: 'taken_at, glucose AS v',
  where: `glucose IS NOT NULL AND glucose_kind = ${kind}`,
  params: ['vitalsGlucose', 'vitalsHypoglycaemia'],
  points: (row, r) => [[row.taken_at! * MINUTE_MS, row.v! / 10, levelOf(glucoseFlag(r, row.v! / 10, key))]],
});

const PLANS: Record<TrendMeasure, Plan> = {
  bp: {
    columns: 'taken_at, sbp, dbp',
    where: 'sbp IS NOT NULL',
    params: ['vitalsBloodPressure', 'vitalsLowBloodPressure'],
    series: [
      { key: 'sbp', label: '收缩压' },
      { key: 'dbp', label: '舒张压' },
    ],
    points: (row, r) => {
      const low = r.vitalsLowBloodPressure;
      const lowLevel: PointLevel = low.level === 'severe' ? 2 : low.level === 'mild' ? 1 : 0;
      const at = row.taken_at! * MINUTE_MS;
      return [
        [at, row.sbp!, maxLevel(gradeLevel(r.vitalsBloodPressure.systolic, row.sbp!), row.sbp! < low.systolicBelow ? lowLevel : 0)],
        [at, row.dbp!, maxLevel(gradeLevel(r.vitalsBloodPressure.diastolic, row.dbp!), row.dbp! < low.diastolicBelow ? lowLevel : 0)],
      ];
    },
  },
  pulse: { ...single('pulse', 'vitalsPulse', 1, (r) => r.vitalsPulse), series: [{ key: 'pulse', label: '脉搏' }] },
  resp: { ...single('resp', 'vitalsRespiration', 1, (r) => r.vitalsRespiration), series: [{ key: 'resp', label: '呼吸' }] },
  spo2: { ...single('spo2', 'vitalsSpo2', 1, (r) => r.vitalsSpo2), series: [{ key: 'spo2', label: '血氧饱和度' }] },
  temp: {
    columns: 'taken_at, temp AS v, temp_site AS site',
    where: 'temp IS NOT NULL',
    params: ['vitalsTemperature'],
    series: [{ key: 'temp', label: '体温' }],
    points: (row, r) => [[row.taken_at! * MINUTE_MS, row.v! / 10, levelOf(temperatureFlag(r, row.v! / 10, tempSiteOf(row.site!) ?? 'axillary'))]],
  },
  glucoseFasting: { ...glucose(0, 'fasting'), series: [{ key: 'glucose', label: '空腹血糖' }] },
  glucosePostMeal: { ...glucose(1, 'postMeal2h'), series: [{ key: 'glucose', label: '餐后2小时血糖' }] },
  glucoseRandom: { ...glucose(2, 'random'), series: [{ key: 'glucose', label: '随机血糖' }] },
  weight: {
    columns: 'taken_at, weight AS v',
    where: 'weight IS NOT NULL',
    params: ['vitalsBmi'],
    series: [{ key: 'weight', label: '体重' }],
    points: (row, r, heightCm) => {
      const w = row.v! / 10;
      const bmi = bmiOf(w, heightCm);
      return [[row.taken_at! * MINUTE_MS, w, bmi === null ? 0 : gradeLevel(r.vitalsBmi, bmi)]];
    },
  },
};

const fmt = (x: number | null, digits: number) => (x === null ? '' : x.toFixed(digits));
function bandWords(min: number | null, max: number | null, unit: string, digits = 0): string {
  if (min !== null && max !== null) return `${fmt(min, digits)}–${fmt(max, digits)} ${unit}`;
  if (min !== null) return `≥${fmt(min, digits)} ${unit}`;
  if (max !== null) return `<${fmt(max, digits)} ${unit}`;
  return '';
}

function bandsOf(measure: TrendMeasure, r: VitalRanges, site: TempSite, heightCm: number | null): { bands: TrendBand[]; text: string } {
  const unit = TREND_MEASURES[measure].unit;
  switch (measure) {
    case 'bp': {
      const s = { min: r.vitalsLowBloodPressure.systolicBelow, max: normalBand(r.vitalsBloodPressure.systolic).max };
      const d = { min: r.vitalsLowBloodPressure.diastolicBelow, max: normalBand(r.vitalsBloodPressure.diastolic).max };
      return {
        bands: [{ series: 'sbp', ...s }, { series: 'dbp', ...d }],
        text: `未提示范围：收缩压 ${bandWords(s.min, s.max, 'mmHg')}，舒张压 ${bandWords(d.min, d.max, 'mmHg')}`,
      };
    }
    case 'temp': {
      const b = normalBand(r.vitalsTemperature[site]);
      return { bands: [{ series: 'temp', ...b }], text: `正常范围（${TEMP_SITES[site]}）${bandWords(b.min, b.max, unit, 1)}` };
    }
    case 'glucoseFasting':
    case 'glucosePostMeal':
    case 'glucoseRandom': {
      const kind = measure === 'glucoseFasting' ? 'fasting' : measure === 'glucosePostMeal' ? 'postMeal2h' : 'random';
      const b = { min: r.vitalsHypoglycaemia.below, max: normalBand(r.vitalsGlucose[kind]).max };
      return { bands: [{ series: 'glucose', ...b }], text: `未提示范围 ${bandWords(b.min, b.max, unit, 1)}` };
    }
    case 'weight': {
      if (heightCm === null) return { bands: [], text: '未录入身高，无法按体重指数（BMI）标出适宜体重' };
      const b = normalBand(r.vitalsBmi);
      const m2 = (heightCm / 100) ** 2;
      const band = { min: b.min === null ? null : b.min * m2, max: b.max === null ? null : b.max * m2 };
      return {
        bands: [{ series: 'weight', ...band }],
        text: `按身高 ${heightCm} cm 与 BMI ${bandWords(b.min, b.max, '', 1).trim()}：体重 ${bandWords(band.min, band.max, unit, 1)}`,
      };
    }
    default: {
      const list = measure === 'pulse' ? r.vitalsPulse : measure === 'resp' ? r.vitalsRespiration : r.vitalsSpo2;
      const b = normalBand(list);
      return { bands: [{ series: measure, ...b }], text: `正常范围 ${bandWords(b.min, b.max, unit)}` };
    }
  }
}

/**
 * A resident's trend of one measure over 7 days, 30 days, a year or all: one range of vital_signs' key
 * (resident, minute), read in key order, so SQLite neither sorts nor looks anywhere else. Deleted readings are
 * left out.
 */
export function vitalsTrend(db: Db, residentId: number, measure: TrendMeasure, range: TrendRange, now: Date): VitalsTrend {
  const plan = PLANS[measure];
  const days = RANGE_DAYS[range];
  const toMinute = minuteOfInstant(now);
  const fromMinute = days === null ? 0 : toMinute - days * 1440;
  const rows = stmt<Record<string, number>>(
    db,
    `SELECT ${plan.columns} FROM vital_signs
     WHERE resident_id = ? AND taken_at >= ? AND ${plan.where} AND deleted_at IS NULL ORDER BY taken_at`,
  ).all(residentId, fromMinute);
  const view = homeRanges(db);
  const heightCm = measure === 'weight' ? latestHeight(db, residentId) : null;
  const series: TrendSeries[] = plan.series.map((s) => ({ ...s, points: [] }));
  for (const row of rows) {
    plan.points(row, view.ranges, heightCm).forEach((p, i) => p && series[i]!.points.push(p));
  }
  const site = measure === 'temp' && rows.length > 0 ? (tempSiteOf(rows.at(-1)!.site!) ?? 'axillary') : 'axillary';
  const { bands, text } = bandsOf(measure, view.ranges, site, heightCm);
  return {
    residentId,
    measure,
    label: TREND_MEASURES[measure].label,
    unit: TREND_MEASURES[measure].unit,
    range,
    from: days === null ? null : fromMinute * MINUTE_MS,
    to: now.getTime(),
    series,
    bands,
    bandText: text,
    sources: view.sources.filter((s) => plan.params.includes(s.key)),
    count: rows.length,
  };
}
