import type { Db } from '../../db/open.ts';

/**
 * The timeline of a resident's record merges dated entries from many areas. Each area publishes a source — a read of
 * its entries of one resident in a date range, newest first — and core/records/timelineSources.ts lists them: adding
 * an area's entries to the timeline is one line there.
 */
export interface TimelineRange {
  /** Entries dated on or after this day… */
  from: string;
  /** …and before this one. */
  before: string;
  limit: number;
}

export interface SourceEntry {
  date: string;
  /** The entry's id in its own area (an assessment's, a vaccination's), for opening it. */
  id: number;
  title: string;
  detail: string;
}

export interface TimelineSource {
  /** Stable key, also the entry kind the record page opens (assessment, vaccination …). */
  key: string;
  /** What the entries are, in words (评估, 预防接种 …). */
  label: string;
  entries(db: Db, residentId: number, range: TimelineRange): SourceEntry[];
}

export function defineTimelineSource(source: TimelineSource): TimelineSource {
  return source;
}
