import type { Db } from '../../db/open.ts';
import { stmt } from '../shared/statements.ts';
import { ENTRY_TABLES, readEntry } from './entries.ts';
import { defineTimelineSource, type TimelineRange } from './define.ts';
import { ENTRY_KINDS, REFERRAL_OUTCOMES, type EntryKind } from './schema.ts';

/** One kind of this area's entries on the timeline, dated by one of its columns. */
function entrySource(kind: EntryKind, dateColumn: string, key: string = kind, title?: (e: Record<string, unknown>) => string) {
  const t = ENTRY_TABLES[kind];
  return defineTimelineSource({
    key,
    label: ENTRY_KINDS[kind],
    entries: (db: Db, residentId: number, range: TimelineRange) =>
      stmt<{ id: number; date: string; created_by: string }>(
        db,
        `SELECT id, ${dateColumn} AS date, created_by FROM ${t.table}
         WHERE resident_id = ? AND deleted_at IS NULL AND ${dateColumn} >= ? AND ${dateColumn} < ?
         ORDER BY ${dateColumn} DESC, id DESC LIMIT ?`,
      )
        .all(residentId, range.from, range.before, range.limit)
        .map((r) => {
          const e = readEntry(db, kind, r.id)!;
          return { date: r.date, id: r.id, title: title ? title(e) : t.describe(e), detail: `${ENTRY_KINDS[kind]} · ${r.created_by}` };
        }),
  });
}

/** The records area's own sources: every fact on the day recorded, events on the day they happened. */
export const RECORD_SOURCES = [
  entrySource('history', 'recorded_on'),
  entrySource('allergy', 'recorded_on'),
  entrySource('condition', 'recorded_on'),
  entrySource('medication', 'recorded_on'),
  entrySource('hospice', 'started_on'),
  entrySource('vaccination', 'given_on'),
  entrySource('referral', 'referred_on'),
  entrySource('referral', 'returned_on', 'referralBack', (e) => `自${String(e.hospital)}${REFERRAL_OUTCOMES[e.outcome as keyof typeof REFERRAL_OUTCOMES]}${e.dischargeDiagnosis ? `，出院诊断：${String(e.dischargeDiagnosis)}` : ''}`),
];
