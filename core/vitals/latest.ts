import type { Db } from '../../db/open.ts';
import { stmt } from '../shared/statements.ts';
import { bmiOf, formatValue, GLUCOSE_KINDS, TEMP_SITES, type ReadingValues } from './measures.ts';
import { flagReading, type Flag } from './flags.ts';
import { homeRanges } from './thresholds.ts';
import { latestHeight } from './people.ts';
import { glucoseKindOf, tempSiteOf, valuesOf, type VitalDbRow } from './storage.ts';
import { isoOfMinute } from './time.ts';

export const LATEST_MEASURES = {
  bp: '血压',
  pulse: '脉搏',
  temp: '体温',
  resp: '呼吸',
  spo2: '血氧饱和度',
  glucose: '血糖',
  weight: '体重',
  height: '身高',
} as const;
export type LatestMeasure = keyof typeof LATEST_MEASURES;

/** The latest value of one measure: when, the value in words with its unit, and its flag (null: normal). */
export interface LatestValue {
  measure: LatestMeasure;
  label: string;
  at: string;
  text: string;
  flag: Flag | null;
}

/** A resident's latest values, for the health record's summary (measures never taken are left out). */
export interface LatestVitals {
  residentId: number;
  values: LatestValue[];
  /** From the latest weight and height; null without both. */
  bmi: number | null;
}

const COLUMN: Record<LatestMeasure, string> = {
  bp: 'sbp',
  pulse: 'pulse',
  temp: 'temp',
  resp: 'resp',
  spo2: 'spo2',
  glucose: 'glucose',
  weight: 'weight',
  height: 'height',
};

function text(measure: LatestMeasure, v: ReadingValues, row: VitalDbRow): string {
  switch (measure) {
    case 'bp':
      return `${v.sbp}/${v.dbp} mmHg`;
    case 'pulse':
      return `${v.pulse} 次/分`;
    case 'temp':
      return `${formatValue('temp', v.temp!)} ℃（${TEMP_SITES[tempSiteOf(row.temp_site) ?? 'axillary']}）`;
    case 'resp':
      return `${v.resp} 次/分`;
    case 'spo2':
      return `${v.spo2}%`;
    case 'glucose':
      return `${formatValue('glucose', v.glucose!)} mmol/L（${GLUCOSE_KINDS[glucoseKindOf(row.glucose_kind) ?? 'random']}）`;
    case 'weight':
      return `${formatValue('weight', v.weight!)} kg`;
    case 'height':
      return `${formatValue('height', v.height!)} cm`;
  }
}

/**
 * The latest reading of each measure: for each, a walk back from the resident's newest reading to the first
 * that has it (most are in the last round; a height goes through its partial index).
 */
export function latestVitals(db: Db, residentId: number): LatestVitals {
  const { ranges } = homeRanges(db);
  const heightCm = latestHeight(db, residentId);
  const values: LatestValue[] = [];
  let weight: number | null = null;
  for (const measure of Object.keys(LATEST_MEASURES) as LatestMeasure[]) {
    const column = COLUMN[measure];
    const hint = measure === 'height' ? 'INDEXED BY vital_signs_height' : '';
    const row = stmt<VitalDbRow>(
      db,
      `SELECT * FROM vital_signs ${hint} WHERE resident_id = ? AND ${column} IS NOT NULL AND deleted_at IS NULL ORDER BY taken_at DESC LIMIT 1`,
    ).get(residentId);
    if (!row) continue;
    const v = valuesOf(row);
    if (measure === 'weight') weight = v.weight;
    const only = { sbp: null, dbp: null, pulse: null, temp: null, resp: null, spo2: null, glucose: null, weight: null, height: null, ...pick(measure, v) };
    const flags = measure === 'height' ? [] : flagReading(ranges, only, { tempSite: tempSiteOf(row.temp_site), glucoseKind: glucoseKindOf(row.glucose_kind), heightCm });
    values.push({ measure, label: LATEST_MEASURES[measure], at: isoOfMinute(row.taken_at), text: text(measure, v, row), flag: flags[0] ?? null });
  }
  return { residentId, values, bmi: bmiOf(weight, heightCm) };
}

function pick(measure: LatestMeasure, v: ReadingValues): Partial<ReadingValues> {
  if (measure === 'bp') return { sbp: v.sbp, dbp: v.dbp };
  return { [COLUMN[measure]]: v[COLUMN[measure] as keyof ReadingValues] };
}
