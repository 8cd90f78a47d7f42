import type { Db } from '../../db/open.ts';
import { stmt } from '../shared/statements.ts';
import { Where } from '../shared/sqlWhere.ts';
import { bedLabel } from '../beds/schema.ts';
import { REQUIRED_TRACKS, type DueStatus } from './resident.ts';
import { TRACKS, type NurseListInput, type Track } from './schema.ts';
import type { Risk } from './scales/types.ts';

const BED_ORDER = (a: Located, b: Located) =>
  a.floor - b.floor || a.room.length - b.room.length || a.room.localeCompare(b.room) || a.bed_no.length - b.bed_no.length || a.bed_no.localeCompare(b.bed_no);

interface Located {
  id: number;
  name: string;
  floor: number;
  room: string;
  bed_no: string;
}

/** Those in residence, on a floor and by part of the name if asked. */
function residentsWhere(input: NurseListInput): Where {
  const w = new Where().and("r.status = 'in_residence' AND r.deleted_at IS NULL").equals('b.floor', 'floor', input.floor);
  if (input.q) w.contains(['r.name'], 'q', input.q);
  return w;
}

export interface HighRiskRow {
  residentId: number;
  name: string;
  bedLabel: string;
  floor: number;
  braden: { total: number | null; levelLabel: string; risk: Risk; assessedOn: string; nextDueOn: string | null } | null;
  morse: { total: number | null; levelLabel: string; risk: Risk; assessedOn: string; nextDueOn: string | null } | null;
}

/**
 * 高风险名单: residents in residence whose latest Braden is 高危 or 极高危 (pressure injury), or whose latest Morse is
 * 高危 (falls), by bed. Reads the latest-result table by (track, risk), so it looks only at those at risk.
 */
export function highRiskList(db: Db, input: NurseListInput) {
  const w = residentsWhere(input);
  if (input.track === 'braden' || input.track === 'morse') w.equals('l.track', 'track', input.track);
  const rows = stmt<Located & { track: 'braden' | 'morse'; total: number | null; level_label: string; risk: Risk; assessed_on: string; next_due_on: string | null }>(
    db,
    `SELECT r.id, r.name, b.floor, b.room, b.bed_no, l.track, l.total, l.level_label, l.risk, l.assessed_on, l.next_due_on
     FROM assessment_latest l INDEXED BY assessment_latest_risk
     JOIN residents r ON r.id = l.resident_id JOIN beds b ON b.id = r.bed_id
     WHERE l.track IN ('braden', 'morse') AND l.risk IN ('high', 'very_high') AND ${w.conditions}`,
  ).all(w.params);
  const byResident = new Map<number, HighRiskRow & Located>();
  for (const r of rows) {
    const entry = byResident.get(r.id) ?? { ...r, residentId: r.id, bedLabel: bedLabel(r.room, r.bed_no), braden: null, morse: null };
    entry[r.track] = { total: r.total, levelLabel: r.level_label, risk: r.risk, assessedOn: r.assessed_on, nextDueOn: r.next_due_on };
    byResident.set(r.id, entry);
  }
  const all = [...byResident.values()].sort(BED_ORDER);
  return {
    total: all.length,
    counts: { pressure: all.filter((r) => r.braden).length, fall: all.filter((r) => r.morse).length },
    rows: all.slice(input.offset, input.offset + input.limit).map(({ residentId, name, bedLabel, floor, braden, morse }) => ({ residentId, name, bedLabel, floor, braden, morse })),
  };
}

export interface DueRow {
  residentId: number;
  name: string;
  bedLabel: string;
  floor: number;
  track: Track;
  trackLabel: string;
  status: DueStatus;
  lastOn: string | null;
  lastLevel: string | null;
  nextDueOn: string | null;
}

/**
 * 待评估名单: every track of every resident in residence that is overdue, due today or due by `soonUntil`, and the
 * required tracks (ability, Braden, Morse) never done — never done first, then by due date, then by bed. Counted by
 * status and paged in SQL: the latest-result table by next_due_on for the due ones, each resident in residence
 * against the required tracks by primary key for the never done; only the page's rows are read out.
 */
export function dueList(db: Db, input: NurseListInput, today: string, soonUntil: string) {
  const w = residentsWhere(input);
  const required = REQUIRED_TRACKS.filter((t) => input.track === null || t === input.track);
  const trackFilter = input.track === null ? '' : 'AND l.track = @track';
  const requiredTracks = required.length === 0 ? "SELECT NULL AS track WHERE 0" : required.map((t) => `SELECT '${t}' AS track`).join(' UNION ALL ');
  const params = { ...w.params, soonUntil, today, ...(input.track === null ? {} : { track: input.track }) };
  const union = `
    SELECT 0 AS rank, r.id, r.name, b.floor, b.room, b.bed_no, t.track, NULL AS assessed_on, NULL AS level_label, NULL AS next_due_on
    FROM residents r INDEXED BY residents_one_per_bed JOIN beds b ON b.id = r.bed_id JOIN (${requiredTracks}) t
    WHERE ${w.conditions} AND NOT EXISTS (SELECT 1 FROM assessment_latest l WHERE l.resident_id = r.id AND l.track = t.track)
    UNION ALL
    SELECT CASE WHEN l.next_due_on < @today THEN 1 WHEN l.next_due_on = @today THEN 2 ELSE 3 END, r.id, r.name, b.floor, b.room, b.bed_no,
           l.track, l.assessed_on, l.level_label, l.next_due_on
    FROM assessment_latest l INDEXED BY assessment_latest_due JOIN residents r ON r.id = l.resident_id JOIN beds b ON b.id = r.bed_id
    WHERE l.next_due_on <= @soonUntil ${trackFilter} AND ${w.conditions}`;
  const byRank = stmt<{ rank: number; n: number }>(db, `SELECT rank, count(*) AS n FROM (${union}) GROUP BY rank`).all(params);
  const n = (rank: number) => byRank.find((x) => x.rank === rank)?.n ?? 0;
  const counts = { never: n(0), overdue: n(1), due: n(2), soon: n(3) };
  const rows = stmt<Located & { rank: number; track: Track; assessed_on: string | null; level_label: string | null; next_due_on: string | null }>(
    db,
    `SELECT * FROM (${union})
     ORDER BY rank, coalesce(next_due_on, ''), floor, length(room), room, length(bed_no), bed_no, track LIMIT @limit OFFSET @offset`,
  ).all({ ...params, limit: input.limit, offset: input.offset });
  const STATUS: DueStatus[] = ['never', 'overdue', 'due', 'soon'];
  return {
    total: counts.never + counts.overdue + counts.due + counts.soon,
    counts,
    rows: rows.map(
      (r): DueRow => ({
        residentId: r.id,
        name: r.name,
        bedLabel: bedLabel(r.room, r.bed_no),
        floor: r.floor,
        track: r.track,
        trackLabel: TRACKS[r.track],
        status: STATUS[r.rank]!,
        lastOn: r.assessed_on,
        lastLevel: r.level_label,
        nextDueOn: r.next_due_on,
      }),
    ),
  };
}
