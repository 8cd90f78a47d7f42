import type { Db } from '../../db/open.ts';
import { requireResident } from '../residents/queries.ts';
import type { TimelineSource } from './define.ts';
import { TIMELINE_SOURCES } from './timelineSources.ts';

export interface TimelineEntry {
  date: string;
  source: string;
  sourceLabel: string;
  id: number;
  title: string;
  detail: string;
}

const FIRST_DAY = '0000-01-01';
const AFTER_ALL = '9999-12-31';

const newestFirst = (a: TimelineEntry, b: TimelineEntry) => b.date.localeCompare(a.date) || a.source.localeCompare(b.source) || b.id - a.id;

function gather(sources: readonly TimelineSource[], db: Db, residentId: number, from: string, before: string, limit: number): TimelineEntry[] {
  return sources
    .flatMap((s) => s.entries(db, residentId, { from, before, limit }).map((e) => ({ ...e, source: s.key, sourceLabel: s.label })))
    .sort(newestFirst);
}

/**
 * A page of the resident's timeline, newest first, before the day `before` (null: from the newest). A page holds
 * whole days: about `limit` entries, then the rest of the last day's, so the next page starts cleanly on the day
 * before (`next`; null when there is nothing older).
 */
export function residentTimeline(db: Db, residentId: number, before: string | null, limit: number, sources: readonly TimelineSource[] = TIMELINE_SOURCES) {
  requireResident(db, residentId);
  const end = before ?? AFTER_ALL;
  const first = gather(sources, db, residentId, FIRST_DAY, end, limit + 1);
  if (first.length <= limit) return { entries: first, next: null };
  const cutoff = first[limit - 1]!.date;
  const entries = gather(sources, db, residentId, cutoff, end, Number.MAX_SAFE_INTEGER);
  const older = gather(sources, db, residentId, FIRST_DAY, cutoff, 1).length > 0;
  return { entries, next: older ? cutoff : null };
}
