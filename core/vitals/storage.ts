import { ABSENCE_KEYS, bmiOf, GLUCOSE_KIND_KEYS, TEMP_SITE_KEYS, type Absence, type GlucoseKind, type ReadingValues, type TempSite } from './measures.ts';
import { flagReading } from './flags.ts';
import type { VitalRanges } from './ranges.ts';
import type { Reading } from './schema.ts';
import { isoOfMinute } from './time.ts';

/**
 * How a reading sits in vital_signs (db/migrations, the vital-signs file): decimals as integers of tenths,
 * codes as small integers. Everything that reads or writes the table goes through these, so no query can
 * forget a scale.
 */
export interface VitalDbRow {
  resident_id: number;
  taken_at: number;
  round_id: number | null;
  sbp: number | null;
  dbp: number | null;
  pulse: number | null;
  temp: number | null;
  temp_site: number | null;
  resp: number | null;
  spo2: number | null;
  glucose: number | null;
  glucose_kind: number | null;
  weight: number | null;
  height: number | null;
  absence: number | null;
  note: string | null;
  late_reason: string | null;
  recorded_by: number | null;
  deleted_at: string | null;
  deleted_reason: string | null;
}

export const VITAL_COLUMNS =
  'v.resident_id, v.taken_at, v.round_id, v.sbp, v.dbp, v.pulse, v.temp, v.temp_site, v.resp, v.spo2, v.glucose, v.glucose_kind, v.weight, v.height, v.absence, v.note, v.late_reason, v.recorded_by, v.deleted_at, v.deleted_reason';

/** Tenths as stored ↔ the value as read; Math.round keeps 36.6 × 10 at 366, not 365.99999. */
const tenths = (v: number | null) => (v === null ? null : Math.round(v * 10));
const fromTenths = (v: number | null) => (v === null ? null : v / 10);

export const tempSiteCode = (s: TempSite) => TEMP_SITE_KEYS.indexOf(s);
export const glucoseKindCode = (k: GlucoseKind) => GLUCOSE_KIND_KEYS.indexOf(k);
export const absenceCode = (a: Absence) => ABSENCE_KEYS.indexOf(a) + 1;
export const tempSiteOf = (code: number | null): TempSite | null => (code === null ? null : (TEMP_SITE_KEYS[code] ?? null));
export const glucoseKindOf = (code: number | null): GlucoseKind | null => (code === null ? null : (GLUCOSE_KIND_KEYS[code] ?? null));
export const absenceOf = (code: number | null): Absence | null => (code === null ? null : (ABSENCE_KEYS[code - 1] ?? null));

/** The columns of a reading's numbers, as stored. */
export function storedValues(v: ReadingValues) {
  return {
    sbp: v.sbp,
    dbp: v.dbp,
    pulse: v.pulse,
    temp: tenths(v.temp),
    resp: v.resp,
    spo2: v.spo2,
    glucose: tenths(v.glucose),
    weight: tenths(v.weight),
    height: tenths(v.height),
  };
}

export function valuesOf(row: Pick<VitalDbRow, 'sbp' | 'dbp' | 'pulse' | 'temp' | 'resp' | 'spo2' | 'glucose' | 'weight' | 'height'>): ReadingValues {
  return {
    sbp: row.sbp,
    dbp: row.dbp,
    pulse: row.pulse,
    temp: fromTenths(row.temp),
    resp: row.resp,
    spo2: row.spo2,
    glucose: fromTenths(row.glucose),
    weight: fromTenths(row.weight),
    height: fromTenths(row.height),
  };
}

/** A stored row as the screens see it, flagged against the home's ranges (heightCm: the latest height, for BMI). */
export function toReading(row: VitalDbRow, ranges: VitalRanges, heightCm: number | null, names: ReadonlyMap<number, string>): Reading {
  const values = valuesOf(row);
  const tempSite = tempSiteOf(row.temp_site);
  const glucoseKind = glucoseKindOf(row.glucose_kind);
  const height = values.height ?? heightCm;
  return {
    residentId: row.resident_id,
    takenAt: row.taken_at,
    at: isoOfMinute(row.taken_at),
    roundId: row.round_id,
    values,
    tempSite,
    glucoseKind,
    absence: absenceOf(row.absence),
    note: row.note ?? '',
    lateReason: row.late_reason ?? '',
    recordedBy: row.recorded_by === null ? '系统' : (names.get(row.recorded_by) ?? `用户 ${row.recorded_by}`),
    deletedAt: row.deleted_at,
    deletedReason: row.deleted_reason,
    bmi: bmiOf(values.weight, height),
    flags: row.deleted_at === null ? flagReading(ranges, values, { tempSite, glucoseKind, heightCm: height }) : [],
  };
}
