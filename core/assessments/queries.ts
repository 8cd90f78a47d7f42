import type { Db } from '../../db/open.ts';
import { stmt } from '../shared/statements.ts';
import { bedLabel } from '../beds/schema.ts';
import { toAssessment, type AssessmentDbRow } from './rows.ts';
import { SCALE_LABELS, TRACKS, type Track } from './schema.ts';
import type { Risk } from './scales/types.ts';
import { CONSTITUTIONS, PINGHE } from './scales/tcm.data.ts';
import { requireInstitution } from '../institution/queries.ts';
import { citeText, findProfile } from '../policy/queries.ts';

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

/** The nine constitutions in the order of the 体质判定标准表 (平和质 first), for counts by constitution. */
export const CONSTITUTION_LABELS: readonly string[] = [PINGHE.label, ...CONSTITUTIONS.map((c) => c.label)];
export { ScoringError } from './scales/types.ts';

/** Scales that give the 能力等级 (养老机构管理办法 第十五条: the admission assessment and its re-assessments). */
const ABILITY_SCALES = "('gbt42195', 'external')";

/**
 * Assessments made between two dates, both included (not deleted), of residents in the home at some time in them,
 * counted by scale; and the ability assessments one by one (the records behind the district pack's figure). An
 * external assessment dated before its resident's admission after the period is not the period's. Read per resident
 * present in the period through assessments_resident, so ten years of history are not scanned.
 */
export function assessmentsDoneBetween(db: Db, from: string, to: string) {
  const present = `FROM residents r JOIN assessments a ON a.resident_id = r.id
     WHERE r.deleted_at IS NULL AND r.admission_date <= @to AND (r.left_on IS NULL OR r.left_on >= @from)
       AND a.assessed_on >= @from AND a.assessed_on <= @to AND a.deleted_at IS NULL`;
  const byScale = stmt<{ scale: keyof typeof SCALE_LABELS; n: number }>(db, `SELECT a.scale, count(*) AS n ${present} GROUP BY a.scale`).all({ from, to });
  const ability = stmt<{ id: number; name: string; room: string; bed_no: string; assessed_on: string; scale: string; level_label: string; source: string; reason: string }>(
    db,
    `SELECT a.id, r.name, b.room, b.bed_no, a.assessed_on, a.scale, a.level_label, a.source, a.reason
     ${present.replace('JOIN assessments a', 'JOIN beds b ON b.id = r.bed_id JOIN assessments a')} AND a.scale IN ${ABILITY_SCALES}
     ORDER BY a.assessed_on, a.id`,
  ).all({ from, to });
  return {
    byScale: (Object.keys(SCALE_LABELS) as (keyof typeof SCALE_LABELS)[]).map((scale) => ({ scale, label: SCALE_LABELS[scale], n: byScale.find((s) => s.scale === scale)?.n ?? 0 })),
    ability: ability.map((a) => ({
      id: a.id,
      name: a.name,
      bedLabel: bedLabel(a.room, a.bed_no),
      assessedOn: a.assessed_on,
      scaleLabel: SCALE_LABELS[a.scale as keyof typeof SCALE_LABELS],
      levelLabel: a.level_label,
      reason: a.reason,
      source: a.source,
    })),
  };
}

export interface AbilityDueRow {
  residentId: number;
  name: string;
  bedLabel: string;
  admissionDate: string;
  /** The latest ability assessment on or before the day, null if never assessed by then. */
  lastOn: string | null;
  nextDueOn: string | null;
}

/**
 * Residents in residence at the end of `on` whose ability assessment was overdue then: never assessed by that day, or
 * the latest one on or before it was due on or before it (its next_due_on, set at saving by the profile's
 * abilityReassessment interval) and no later one was made by the day's end. By bed.
 */
export function abilityOverdueOn(db: Db, on: string): AbilityDueRow[] {
  const rows = stmt<{ id: number; name: string; room: string; bed_no: string; admission_date: string; last_on: string | null; next_due_on: string | null }>(
    db,
    `SELECT r.id, r.name, b.room, b.bed_no, r.admission_date, a.assessed_on AS last_on, a.next_due_on
     FROM residents r JOIN beds b ON b.id = r.bed_id
     LEFT JOIN assessments a ON a.id = (SELECT x.id FROM assessments x INDEXED BY assessments_resident
       WHERE x.resident_id = r.id AND x.scale IN ${ABILITY_SCALES} AND x.assessed_on <= @on AND x.deleted_at IS NULL
       ORDER BY x.assessed_on DESC, x.id DESC LIMIT 1)
     WHERE r.deleted_at IS NULL AND r.admission_date <= @on AND (r.left_on IS NULL OR r.left_on > @on)
       AND (a.id IS NULL OR a.next_due_on <= @on)
     ORDER BY b.floor, length(b.room), b.room, length(b.bed_no), b.bed_no, r.id`,
  ).all({ on });
  return rows.map((r) => ({ residentId: r.id, name: r.name, bedLabel: bedLabel(r.room, r.bed_no), admissionDate: r.admission_date, lastOn: r.last_on, nextDueOn: r.next_due_on }));
}

/** The profile's re-assessment interval of the ability assessment (abilityReassessment), with its citation and 待核实. */
export function abilityReassessmentRule(db: Db): { months: number; cite: string; unverified: boolean } {
  const profile = findProfile(requireInstitution(db).regionCode) ?? findProfile('national')!;
  const p = profile.parameters.abilityReassessment ?? findProfile('national')!.parameters.abilityReassessment!;
  return { months: p.value.routineMonths, cite: citeText(p.cite), unverified: p.unverified === true };
}

/**
 * Residents in residence whose ability assessment (GB/T 42195 or external) is overdue on `today` (next due before
 * today; due today is still current), and those never assessed: counts and the first `limit` of each, the most
 * overdue first. Read for the self-inspection (core/inspection) from the latest-result table by next_due_on.
 */
export function abilityAssessmentGaps(db: Db, today: string, limit: number) {
  const inResidence = "r.status = 'in_residence' AND r.deleted_at IS NULL";
  const overdue = stmt<{ id: number; name: string; room: string; bed_no: string; assessed_on: string; next_due_on: string }>(
    db,
    `SELECT r.id, r.name, b.room, b.bed_no, l.assessed_on, l.next_due_on
     FROM assessment_latest l INDEXED BY assessment_latest_due JOIN residents r ON r.id = l.resident_id JOIN beds b ON b.id = r.bed_id
     WHERE l.next_due_on < ? AND l.track = 'ability' AND ${inResidence} ORDER BY l.next_due_on, r.id`,
  ).all(today);
  const never = stmt<{ id: number; name: string; room: string; bed_no: string; admission_date: string }>(
    db,
    `SELECT r.id, r.name, b.room, b.bed_no, r.admission_date FROM residents r INDEXED BY residents_status JOIN beds b ON b.id = r.bed_id
     WHERE ${inResidence} AND NOT EXISTS (SELECT 1 FROM assessment_latest l WHERE l.resident_id = r.id AND l.track = 'ability')
     ORDER BY r.admission_date, r.id`,
  ).all();
  const inHome = stmt<number>(db, `SELECT count(*) FROM residents r INDEXED BY residents_status WHERE ${inResidence}`).pluck().get()!;
  return {
    inResidence: inHome,
    overdueCount: overdue.length,
    overdue: overdue.slice(0, limit).map((r) => ({ residentId: r.id, name: r.name, bedLabel: bedLabel(r.room, r.bed_no), lastOn: r.assessed_on, dueOn: r.next_due_on })),
    neverCount: never.length,
    never: never.slice(0, limit).map((r) => ({ residentId: r.id, name: r.name, bedLabel: bedLabel(r.room, r.bed_no), admittedOn: r.admission_date })),
  };
}

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
