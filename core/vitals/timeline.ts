import type { Db } from '../../db/open.ts';
import { stmt } from '../shared/statements.ts';
import { ABSENCES } from './measures.ts';
import { FLAG_MEASURES, worstLevel, type Flag } from './flags.ts';
import { flaggedValueText, readingText } from './format.ts';
import { homeRanges } from './thresholds.ts';
import { latestHeight, userNames } from './people.ts';
import { toReading, VITAL_COLUMNS, type VitalDbRow } from './storage.ts';
import { dayWindow, localDateOf, localTimeOf } from './time.ts';

/** One dated entry of a resident's health timeline, from the vitals area. */
export interface VitalsTimelineEntry {
  source: 'vitals';
  /** Local date and time (YYYY-MM-DD, HH:mm) and the instant (ISO). */
  date: string;
  time: string;
  at: string;
  title: string;
  summary: string;
  /** The abnormal values in words (“血压 182/96 mmHg（3级高血压）”); empty when all were normal. */
  abnormal: string[];
  level: Flag['level'] | null;
  /** The reading's key, to open it: with the resident, the minute it was taken. */
  takenAt: number;
}

/**
 * A resident's readings between two local dates (both included), oldest first, as timeline entries: for the
 * health-record timeline, which gathers each area's dated entries. Deleted readings are left out.
 */
export function vitalsTimeline(db: Db, residentId: number, from: string, to: string): VitalsTimelineEntry[] {
  const rows = stmt<VitalDbRow>(
    db,
    `SELECT ${VITAL_COLUMNS} FROM vital_signs v
     WHERE v.resident_id = ? AND v.taken_at >= ? AND v.taken_at < ? AND v.deleted_at IS NULL ORDER BY v.taken_at`,
  ).all(residentId, dayWindow(from).start, dayWindow(to).end);
  const { ranges } = homeRanges(db);
  const heightCm = latestHeight(db, residentId);
  const names = userNames(db);
  return rows.map((row) => {
    const r = toReading(row, ranges, heightCm, names);
    const title = r.absence ? `未测量（${ABSENCES[r.absence]}）` : r.lateReason ? '补录生命体征' : r.roundId === null ? '生命体征（单独录入）' : '生命体征';
    return {
      source: 'vitals',
      date: localDateOf(row.taken_at),
      time: localTimeOf(row.taken_at),
      at: r.at,
      title,
      summary: readingText(r.values, r),
      abnormal: r.flags.map((f) => `${FLAG_MEASURES[f.measure]} ${flaggedValueText(f, r.values, r.bmi)}（${f.label}）`),
      level: worstLevel(r.flags),
      takenAt: row.taken_at,
    };
  });
}
