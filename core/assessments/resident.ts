import type { Db } from '../../db/open.ts';
import { stmt } from '../shared/statements.ts';
import { ageOn } from '../shared/dates.ts';
import { requireResident } from '../residents/queries.ts';
import { latestAssessments, type LatestOnTrack } from './queries.ts';
import { toAssessment, type AssessmentDbRow } from './rows.ts';
import { SCALE_LABELS, TRACKS, type Track } from './schema.ts';

/** Tracks every resident in residence is expected to have: the ability level and the pressure-injury and fall risks. */
export const REQUIRED_TRACKS: readonly Track[] = ['ability', 'braden', 'morse'];

export type DueStatus = 'never' | 'overdue' | 'due' | 'soon' | 'ok';

export interface TrackState {
  track: Track;
  label: string;
  latest: LatestOnTrack | null;
  status: DueStatus;
}

/** Where a track stands on `today`: never done (if required), overdue, due today, due within `soonDays`, or fine. */
export function dueStatus(nextDueOn: string | null, today: string, soonUntil: string): Exclude<DueStatus, 'never'> {
  if (nextDueOn === null) return 'ok';
  if (nextDueOn < today) return 'overdue';
  if (nextDueOn === today) return 'due';
  return nextDueOn <= soonUntil ? 'soon' : 'ok';
}

/**
 * A resident's assessments for the record page: each track with its latest result and due state (the required tracks
 * even when never done), and the history of every assessment, deleted ones included so they can be restored.
 */
export function residentAssessments(db: Db, residentId: number, today: string, soonUntil: string) {
  const resident = requireResident(db, residentId);
  const latest = latestAssessments(db, residentId);
  const tracks: TrackState[] = (Object.keys(TRACKS) as Track[]).flatMap((track): TrackState[] => {
    const l = latest.find((x) => x.track === track);
    if (!l) return REQUIRED_TRACKS.includes(track) ? [{ track, label: TRACKS[track], latest: null, status: 'never' }] : [];
    return [{ track, label: TRACKS[track], latest: l, status: dueStatus(l.nextDueOn, today, soonUntil) }];
  });
  const history = stmt<AssessmentDbRow>(db, 'SELECT * FROM assessments WHERE resident_id = ? ORDER BY assessed_on DESC, id DESC').all(residentId).map((row) => {
    const a = toAssessment(row);
    return {
      id: a.id,
      scale: a.scale,
      scaleLabel: SCALE_LABELS[a.scale],
      track: a.track,
      assessedOn: a.assessedOn,
      total: a.total,
      levelLabel: a.levelLabel,
      preliminaryLabel: a.result?.preliminary?.label ?? null,
      assessors: a.assessors,
      source: a.source,
      createdBy: a.createdBy,
      lateReason: a.lateReason,
      deletedAt: a.deletedAt,
      deletedReason: a.deletedReason,
    };
  });
  return {
    resident: { id: resident.id, name: resident.name, age: ageOn(resident.birth_date, today), admissionDate: resident.admission_date, status: resident.status },
    tracks,
    history,
  };
}
