import type { Db } from '../../db/open.ts';
import { stmt } from '../shared/statements.ts';
import { notFound } from '../shared/errors.ts';
import type { ScoreResult, Risk } from './scales/types.ts';
import { trackOf, type AssessedScale, type Track } from './schema.ts';

export interface AssessmentDbRow {
  id: number;
  resident_id: number;
  scale: AssessedScale | 'external';
  version: string;
  assessed_on: string;
  reason: string;
  assessors: string;
  answers_json: string;
  context_json: string;
  total: number | null;
  level_index: number | null;
  level_label: string;
  risk: Risk;
  result_json: string;
  next_due_on: string | null;
  source: string;
  notes: string;
  late_reason: string;
  created_at: string;
  created_by: string;
  deleted_at: string | null;
  deleted_reason: string | null;
}

/** One assessment as the screens and the printout read it. */
export interface Assessment {
  id: number;
  residentId: number;
  scale: AssessedScale | 'external';
  track: Track;
  version: string;
  assessedOn: string;
  reason: string;
  assessors: string[];
  answers: Record<string, string | number>;
  context: Record<string, unknown>;
  total: number | null;
  levelIndex: number | null;
  levelLabel: string;
  risk: Risk;
  /** The scoring function's whole answer at the time of saving (null for an external assessment). */
  result: ScoreResult | null;
  nextDueOn: string | null;
  source: string;
  notes: string;
  lateReason: string;
  createdAt: string;
  createdBy: string;
  deletedAt: string | null;
  deletedReason: string | null;
}

export function toAssessment(row: AssessmentDbRow): Assessment {
  const result = JSON.parse(row.result_json) as ScoreResult | Record<string, never>;
  return {
    id: row.id,
    residentId: row.resident_id,
    scale: row.scale,
    track: trackOf(row.scale),
    version: row.version,
    assessedOn: row.assessed_on,
    reason: row.reason,
    assessors: row.assessors ? row.assessors.split('、') : [],
    answers: JSON.parse(row.answers_json) as Record<string, string | number>,
    context: JSON.parse(row.context_json) as Record<string, unknown>,
    total: row.total,
    levelIndex: row.level_index,
    levelLabel: row.level_label,
    risk: row.risk,
    result: 'scale' in result ? (result as ScoreResult) : null,
    nextDueOn: row.next_due_on,
    source: row.source,
    notes: row.notes,
    lateReason: row.late_reason,
    createdAt: row.created_at,
    createdBy: row.created_by,
    deletedAt: row.deleted_at,
    deletedReason: row.deleted_reason,
  };
}

export function findAssessment(db: Db, id: number): Assessment | undefined {
  const row = stmt<AssessmentDbRow>(db, 'SELECT * FROM assessments WHERE id = ?').get(id);
  return row && toAssessment(row);
}

export function requireAssessment(db: Db, id: number): Assessment {
  const a = findAssessment(db, id);
  if (!a) throw notFound('这条评估记录');
  return a;
}

/** The scales of a track, for SQL. */
export const scalesOf = (track: Track): string[] => (track === 'ability' ? ['gbt42195', 'external'] : [track]);

/**
 * Recomputes the latest assessment of one resident on one track (the newest date, then the last entered) into
 * assessment_latest, after a save, a removal or a restore. Returns it, or null when the track has none left.
 */
export function refreshLatest(db: Db, residentId: number, track: Track) {
  const scales = scalesOf(track);
  const latest = stmt<AssessmentDbRow>(
    db,
    `SELECT * FROM assessments WHERE resident_id = ? AND scale IN (?, ?) AND deleted_at IS NULL
     ORDER BY assessed_on DESC, id DESC LIMIT 1`,
  ).get(residentId, scales[0], scales[1] ?? scales[0]);
  if (!latest) {
    stmt(db, 'DELETE FROM assessment_latest WHERE resident_id = ? AND track = ?').run(residentId, track);
    return null;
  }
  stmt(
    db,
    `INSERT INTO assessment_latest (resident_id, track, assessment_id, assessed_on, next_due_on, total, risk, level_label)
     VALUES (@residentId, @track, @id, @assessedOn, @nextDueOn, @total, @risk, @levelLabel)
     ON CONFLICT (resident_id, track) DO UPDATE SET assessment_id = excluded.assessment_id, assessed_on = excluded.assessed_on,
       next_due_on = excluded.next_due_on, total = excluded.total, risk = excluded.risk, level_label = excluded.level_label`,
  ).run({
    residentId,
    track,
    id: latest.id,
    assessedOn: latest.assessed_on,
    nextDueOn: latest.next_due_on,
    total: latest.total,
    risk: latest.risk,
    levelLabel: latest.level_label,
  });
  return toAssessment(latest);
}

/** An assessment in the audit log: what a director would read to an inspector, without the raw answers. */
export function auditSnapshot(a: Assessment, residentName: string) {
  return {
    resident: residentName,
    scale: a.scale,
    assessedOn: a.assessedOn,
    reason: a.reason || undefined,
    assessors: a.assessors,
    total: a.total ?? undefined,
    preliminary: a.result?.preliminary?.label,
    level: a.levelLabel,
    source: a.source || undefined,
    nextDueOn: a.nextDueOn,
    notes: a.notes || undefined,
    lateReason: a.lateReason || undefined,
    deletedAt: a.deletedAt ?? undefined,
    deletedReason: a.deletedReason ?? undefined,
  };
}
