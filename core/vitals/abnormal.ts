import type { Db } from '../../db/open.ts';
import { stmt } from '../shared/statements.ts';
import { ageOn } from '../shared/dates.ts';
import { bedLabel } from '../beds/schema.ts';
import { bmiOf, SHIFTS, type Shift } from './measures.ts';
import { FLAG_MEASURES, flagReading, worstLevel, type Flag } from './flags.ts';
import { flaggedValueText } from './format.ts';
import type { RangeSource } from './ranges.ts';
import { homeRanges } from './thresholds.ts';
import { latestHeight } from './people.ts';
import { glucoseKindOf, tempSiteOf, valuesOf, type VitalDbRow } from './storage.ts';
import { dayWindow, isoOfMinute, localTimeOf } from './time.ts';

export interface AbnormalFlag extends Flag {
  /** The value in words, with its unit: 182/96 mmHg, 38.6 ℃. */
  value: string;
}

/** One abnormal reading of the day: who, where, when, and each measure outside its band. */
export interface AbnormalRow {
  residentId: number;
  name: string;
  sex: '男' | '女';
  age: number;
  floor: number;
  bedLabel: string;
  takenAt: number;
  at: string;
  time: string;
  /** The round's shift, or null for a reading entered on its own. */
  shift: Shift | null;
  shiftLabel: string;
  flags: AbnormalFlag[];
  level: Flag['level'];
  note: string;
}

export interface AbnormalList {
  date: string;
  floor: number | null;
  rows: AbnormalRow[];
  /** Residents with at least one abnormal reading, and residents measured at all that day. */
  residents: number;
  measured: number;
  sources: RangeSource[];
}

type Row = Pick<
  VitalDbRow,
  'resident_id' | 'taken_at' | 'round_id' | 'sbp' | 'dbp' | 'pulse' | 'temp' | 'temp_site' | 'resp' | 'spo2' | 'glucose' | 'glucose_kind' | 'weight' | 'height' | 'note'
> & {
  name: string;
  sex: '男' | '女';
  birth_date: string;
  floor: number;
  room: string;
  bed_no: string;
};

/*
 * Only what the list shows is read, in no particular order: a day of 2,000 residents is 4,000 readings, and
 * sorting them all in SQL (or looking up each one's round) costs more than flagging them. The few flagged rows
 * are sorted here, by bed as the roster is (core/beds/queries.ts), and each round's shift is looked up once.
 */
const COLUMNS = `v.resident_id, v.taken_at, v.round_id, v.sbp, v.dbp, v.pulse, v.temp, v.temp_site, v.resp, v.spo2, v.glucose, v.glucose_kind,
  v.weight, v.height, v.note, r.name, r.sex, r.birth_date, b.floor, b.room, b.bed_no`;
/**
 * Today: everyone in residence (the partial index residents_one_per_bed), each one's readings of the day as one
 * short range of vital_signs' key. 2,000 residents are 2,000 seeks, not a scan of 15 million readings.
 */
const IN_RESIDENCE = `
  FROM residents r INDEXED BY residents_one_per_bed
  JOIN beds b ON b.id = r.bed_id
  JOIN vital_signs v ON v.resident_id = r.id AND v.taken_at >= @start AND v.taken_at < @end
  WHERE r.status = 'in_residence' AND r.deleted_at IS NULL AND v.deleted_at IS NULL AND v.absence IS NULL
    AND (@floor IS NULL OR b.floor = @floor)`;
/** Another day: everyone who was in residence on it (some have left since). */
const ON_DAY = `
  FROM residents r
  JOIN beds b ON b.id = r.bed_id
  JOIN vital_signs v ON v.resident_id = r.id AND v.taken_at >= @start AND v.taken_at < @end
  WHERE r.deleted_at IS NULL AND r.admission_date <= @date AND (r.left_on IS NULL OR r.left_on >= @date)
    AND v.deleted_at IS NULL AND v.absence IS NULL AND (@floor IS NULL OR b.floor = @floor)`;

/**
 * 今日异常: every reading of the day outside its band, 明显异常 first, then by bed. Flags are computed here from
 * the home's current profile, not stored, so a corrected band applies to every list at once.
 */
export function abnormalVitals(db: Db, input: { date: string | null; floor: number | null }, today: string): AbnormalList {
  const date = input.date ?? today;
  const { start, end } = dayWindow(date);
  const rows = stmt<Row>(db, `SELECT ${COLUMNS} ${date === today ? IN_RESIDENCE : ON_DAY}`).all({ start, end, floor: input.floor, ...(date === today ? {} : { date }) });
  const view = homeRanges(db);
  const measured = new Set<number>();
  const heights = new Map<number, number | null>();
  const flagged: { row: Row; flags: Flag[]; values: ReturnType<typeof valuesOf>; heightCm: number | null }[] = [];
  for (const row of rows) {
    measured.add(row.resident_id);
    const values = valuesOf(row);
    let heightCm: number | null = values.height;
    if (values.weight !== null && heightCm === null) {
      if (!heights.has(row.resident_id)) heights.set(row.resident_id, latestHeight(db, row.resident_id));
      heightCm = heights.get(row.resident_id)!;
    }
    const flags = flagReading(view.ranges, values, { tempSite: tempSiteOf(row.temp_site), glucoseKind: glucoseKindOf(row.glucose_kind), heightCm });
    if (flags.length > 0) flagged.push({ row, flags, values, heightCm });
  }
  // A round's readings share their minute and their round: each is put in words once.
  const times = new Map<number, { at: string; time: string }>();
  const timeOf = (minute: number) => {
    let t = times.get(minute);
    if (!t) times.set(minute, (t = { at: isoOfMinute(minute), time: localTimeOf(minute) }));
    return t;
  };
  const shifts = new Map<number, Shift | null>();
  const shiftStmt = stmt<{ shift: Shift }>(db, 'SELECT shift FROM vital_rounds WHERE id = ?');
  const shiftOf = (roundId: number | null): Shift | null => {
    if (roundId === null) return null;
    if (!shifts.has(roundId)) shifts.set(roundId, shiftStmt.get(roundId)?.shift ?? null);
    return shifts.get(roundId)!;
  };
  flagged.sort((a, b) => bedOrder(a.row, b.row));
  const out = flagged.map(({ row, flags, values, heightCm }): AbnormalRow => {
    const bmi = bmiOf(values.weight, heightCm);
    const shift = shiftOf(row.round_id);
    const { at, time } = timeOf(row.taken_at);
    return {
      residentId: row.resident_id,
      name: row.name,
      sex: row.sex,
      age: ageOn(row.birth_date, date),
      floor: row.floor,
      bedLabel: bedLabel(row.room, row.bed_no),
      takenAt: row.taken_at,
      at,
      time,
      shift,
      shiftLabel: shift ? SHIFTS[shift] : '单独录入',
      flags: flags.map((f) => ({ ...f, value: flaggedValueText(f, values, bmi) })),
      level: worstLevel(flags)!,
      note: row.note ?? '',
    };
  });
  // Stable: within a level, the bed order.
  out.sort((a, b) => (a.level === b.level ? 0 : a.level === 'severe' ? -1 : 1));
  return { date, floor: input.floor, rows: out, residents: new Set(out.map((r) => r.residentId)).size, measured: measured.size, sources: view.sources };
}

/** Floor, then room and bed as numbers are read (101 before 1001, 2 before 10), then the time: the roster's bed order. */
function bedOrder(a: Row, b: Row): number {
  return (
    a.floor - b.floor ||
    a.room.length - b.room.length ||
    (a.room < b.room ? -1 : a.room > b.room ? 1 : 0) ||
    a.bed_no.length - b.bed_no.length ||
    (a.bed_no < b.bed_no ? -1 : a.bed_no > b.bed_no ? 1 : 0) ||
    a.taken_at - b.taken_at
  );
}

export const flagWords = (f: AbnormalFlag): string => `${FLAG_MEASURES[f.measure]} ${f.value}（${f.label}）`;
