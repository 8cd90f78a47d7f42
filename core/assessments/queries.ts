import type { Db } from '../../db/open.ts';
import { stmt } from '../shared/statements.ts';
import { bedLabel } from '../beds/schema.ts';
import { toAssessment, type AssessmentDbRow } from './rows.ts';
import { SCALE_LABELS, TRACKS, type Track } from './schema.ts';
import type { Risk } from './scales/types.ts';

// The assessments area's published reads: the resident's current ability level, the latest result of each track,
// the assessments of a period (the health-record filing), and the timeline's entries.

/** The resident's 能力等级: the final level of the latest ability assessment, or the latest external one; null if none. */
export function currentAbility(db: Db, residentId: number): { level: number; source: 'assessment' | 'external'; assessedOn: string; assessmentId: number } | null {
  const row = stmt<{ level_index: number; scale: string; assessed_on: string; id: number }>(
    db,
    `SELECT a.level_index, a.scale, a.assessed_on, a.id FROM assessment_latest l JOIN assessments a ON a.id = l.assessment_id
     WHERE l.resident_id = ? AND l.track = 'ability'`,
  ).get(residentId);
  return row ? { level: row.level_index, source: row.scale === 'external' ? 'external' : 'assessment', assessedOn: row.assessed_on, assessmentId: row.id } : null;
}

export interface LatestOnTrack {
  track: Track;
  label: string;
  assessmentId: number;
  scale: keyof typeof SCALE_LABELS;
  assessedOn: string;
  total: number | null;
  levelLabel: string;
  risk: Risk;
  nextDueOn: string | null;
  /** 外部评估: where it was made. */
  source: string;
}

/** The latest result on each track a resident has been assessed on, in the order of TRACKS. */
export function latestAssessments(db: Db, residentId: number): LatestOnTrack[] {
  const rows = stmt<{ track: Track; assessment_id: number; scale: keyof typeof SCALE_LABELS; assessed_on: string; total: number | null; level_label: string; risk: Risk; next_due_on: string | null; source: string }>(
    db,
    `SELECT l.track, l.assessment_id, a.scale, l.assessed_on, l.total, l.level_label, l.risk, l.next_due_on, a.source
     FROM assessment_latest l JOIN assessments a ON a.id = l.assessment_id WHERE l.resident_id = ?`,
  ).all(residentId);
  const order = Object.keys(TRACKS);
  return rows
    .sort((a, b) => order.indexOf(a.track) - order.indexOf(b.track))
    .map((r) => ({
      track: r.track,
      label: TRACKS[r.track],
      assessmentId: r.assessment_id,
      scale: r.scale,
      assessedOn: r.assessed_on,
      total: r.total,
      levelLabel: r.level_label,
      risk: r.risk,
      nextDueOn: r.next_due_on,
      source: r.source,
    }));
}

/** Every assessment of a resident (not deleted) between two dates, newest first, with the scoring result as saved. */
export function assessmentsBetween(db: Db, residentId: number, from: string, to: string) {
  return stmt<AssessmentDbRow>(
    db,
    `SELECT * FROM assessments WHERE resident_id = ? AND deleted_at IS NULL AND assessed_on BETWEEN ? AND ?
     ORDER BY assessed_on DESC, id DESC`,
  )
    .all(residentId, from, to)
    .map(toAssessment);
}

/** The timeline's entries of this area (core/records/timeline.ts): one per assessment, dated on its day. */
export function assessmentTimelineEntries(db: Db, residentId: number, range: { from: string; before: string; limit: number }) {
  return stmt<{ id: number; scale: keyof typeof SCALE_LABELS; assessed_on: string; total: number | null; level_label: string; source: string; created_by: string }>(
    db,
    `SELECT id, scale, assessed_on, total, level_label, source, created_by FROM assessments
     WHERE resident_id = ? AND deleted_at IS NULL AND assessed_on >= ? AND assessed_on < ?
     ORDER BY assessed_on DESC, id DESC LIMIT ?`,
  )
    .all(residentId, range.from, range.before, range.limit)
    .map((r) => ({
      date: r.assessed_on,
      id: r.id,
      title: `${SCALE_LABELS[r.scale]}：${r.level_label}`,
      detail: r.scale === 'external' ? `来源：${r.source}` : `${r.total ?? '—'} 分 · ${r.created_by}`,
    }));
}

// The scoring functions of the two scales the annual exam carries (core/exams): pure, published as reads.
export { scoreSelfCare } from './scales/selfcare.ts';
export { scoreTcm } from './scales/tcm.ts';
export { ScoringError } from './scales/types.ts';

export interface AbilityDue {
  residentId: number;
  name: string;
  bedLabel: string;
  floor: number;
  /** The day the next ability assessment is due: the latest one's next_due_on, or the admission date if never assessed. */
  dueOn: string;
  /** The latest ability assessment's day, null if never assessed. */
  lastOn: string | null;
}

/**
 * 能力评估到期: residents in residence whose ability assessment is due by `horizon` (next_due_on, which saving computed
 * from the profile's abilityReassessment interval) or who were never assessed — due on their admission day, since the
 * first assessment comes before service (MZ/T 039-2013 §4.3.5, clinical-scales.md A.1.3 首次评估). Read by the due index
 * and, for the never assessed, by primary key; on one floor if asked.
 */
export function abilityDueBy(db: Db, horizon: string, floor: number | null = null): AbilityDue[] {
  const onFloor = floor === null ? '' : 'AND b.floor = @floor';
  const rows = stmt<{ id: number; name: string; floor: number; room: string; bed_no: string; due_on: string; last_on: string | null }>(
    db,
    `SELECT r.id, r.name, b.floor, b.room, b.bed_no, l.next_due_on AS due_on, l.assessed_on AS last_on
     FROM assessment_latest l INDEXED BY assessment_latest_due JOIN residents r ON r.id = l.resident_id JOIN beds b ON b.id = r.bed_id
     WHERE l.next_due_on <= @horizon AND l.track = 'ability' AND r.status = 'in_residence' AND r.deleted_at IS NULL ${onFloor}
     UNION ALL
     SELECT r.id, r.name, b.floor, b.room, b.bed_no, r.admission_date, NULL
     FROM residents r JOIN beds b ON b.id = r.bed_id
     WHERE r.status = 'in_residence' AND r.deleted_at IS NULL ${onFloor}
       AND NOT EXISTS (SELECT 1 FROM assessment_latest l WHERE l.resident_id = r.id AND l.track = 'ability')`,
  ).all({ horizon, ...(floor === null ? {} : { floor }) });
  return rows.map((r) => ({ residentId: r.id, name: r.name, bedLabel: bedLabel(r.room, r.bed_no), floor: r.floor, dueOn: r.due_on, lastOn: r.last_on }));
}
