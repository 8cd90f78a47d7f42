import type { Db } from '../../db/open.ts';
import { notFound } from '../shared/errors.ts';
import { stmt } from '../shared/statements.ts';
import { bedLabel } from '../beds/schema.ts';
import { CARE_RISK_TYPE_OF, CARE_RISK_TYPES, type CareRiskType, type IncidentKind, type IncidentRow, type Injury } from './schema.ts';
import dayjs from 'dayjs';

/** The incidents area's published reads: the register, one incident, and a resident's recent risk events. */
interface IncidentDbRow {
  id: number;
  resident_id: number;
  resident_name: string;
  room: string;
  bed_no: string;
  kind: IncidentKind;
  occurred_at: string;
  place: string;
  witnesses: string;
  description: string;
  injury: Injury;
  actions: string;
  family_notified_at: string | null;
  family_notified_whom: string;
  follow_up: string;
  follow_up_closed_on: string | null;
  late_reason: string;
  reported_by_name: string;
  deleted_at: string | null;
  deleted_reason: string | null;
}

export const INCIDENT_SELECT = `
  SELECT i.*, r.name AS resident_name, b.room, b.bed_no
  FROM incidents i JOIN residents r ON r.id = i.resident_id JOIN beds b ON b.id = r.bed_id`;

export function toIncidentRow(r: IncidentDbRow): IncidentRow {
  return {
    id: r.id,
    residentId: r.resident_id,
    residentName: r.resident_name,
    bedLabel: bedLabel(r.room, r.bed_no),
    kind: r.kind,
    occurredAt: r.occurred_at,
    place: r.place,
    witnesses: r.witnesses,
    description: r.description,
    injury: r.injury,
    actions: r.actions,
    familyNotifiedAt: r.family_notified_at,
    familyNotifiedWhom: r.family_notified_whom,
    followUp: r.follow_up,
    followUpClosedOn: r.follow_up_closed_on,
    lateReason: r.late_reason,
    reportedByName: r.reported_by_name,
    deletedAt: r.deleted_at,
    deletedReason: r.deleted_reason,
  };
}

export type { IncidentDbRow };

export function findIncident(db: Db, id: number): IncidentRow | undefined {
  const row = stmt<IncidentDbRow>(db, `${INCIDENT_SELECT} WHERE i.id = ?`).get(id);
  return row && toIncidentRow(row);
}

/** An incident that exists and is not deleted, or NOT_FOUND. */
export function requireIncident(db: Db, id: number): IncidentRow {
  const row = findIncident(db, id);
  if (!row || row.deletedAt !== null) throw notFound('这条意外事件记录');
  return row;
}

/** Every incident that happened between two dates (both included), in time order: the register of a period. */
export function incidentsBetween(db: Db, from: string, to: string): IncidentRow[] {
  return stmt<IncidentDbRow>(
    db,
    `${INCIDENT_SELECT} WHERE i.deleted_at IS NULL AND i.occurred_at >= ? AND i.occurred_at < ? ORDER BY i.occurred_at, i.id`,
  )
    .all(from, dayjs(to).add(1, 'day').format('YYYY-MM-DD'))
    .map(toIncidentRow);
}

/**
 * GB/T 42195-2022 A.2.14 近30天内照护风险事件 as recorded here: per type, how many incidents the resident had in
 * the 30 days up to `onDate` (the assessment's date). The assessment form offers these as its starting answers.
 */
export function careRiskEvents(db: Db, residentId: number, onDate: string): Record<CareRiskType, number> {
  const from = dayjs(onDate).subtract(30, 'day').format('YYYY-MM-DD');
  const kinds = stmt<{ kind: IncidentKind; n: number }>(
    db,
    `SELECT kind, count(*) AS n FROM incidents
     WHERE resident_id = ? AND deleted_at IS NULL AND occurred_at >= ? AND occurred_at < ?
     GROUP BY kind`,
  ).all(residentId, from, dayjs(onDate).add(1, 'day').format('YYYY-MM-DD'));
  const counts = Object.fromEntries(Object.keys(CARE_RISK_TYPES).map((t) => [t, 0])) as Record<CareRiskType, number>;
  for (const { kind, n } of kinds) counts[CARE_RISK_TYPE_OF[kind]] += n;
  return counts;
}

/** Incidents with something still to do (the family not told, or the follow-up open), oldest first. */
export function openIncidents(db: Db): IncidentRow[] {
  return stmt<IncidentDbRow>(
    db,
    // The WHERE is incidents_open's own (0018): the few open ones are read from that index, not the register in date order.
    `${INCIDENT_SELECT.replace('FROM incidents i', 'FROM incidents i INDEXED BY incidents_open')} WHERE i.deleted_at IS NULL AND (i.family_notified_at IS NULL OR i.follow_up_closed_on IS NULL)
     ORDER BY i.occurred_at, i.id`,
  )
    .all()
    .map(toIncidentRow);
}

/** Incidents whose family has not been told yet, or whose follow-up is still open: what the 总览 should nag about. */
export function openIncidentCounts(db: Db): { familyNotNotified: number; followUpOpen: number } {
  return stmt<{ familyNotNotified: number; followUpOpen: number }>(
    db,
    `SELECT coalesce(sum(family_notified_at IS NULL), 0) AS familyNotNotified,
            coalesce(sum(follow_up_closed_on IS NULL), 0) AS followUpOpen
     FROM incidents WHERE deleted_at IS NULL AND (family_notified_at IS NULL OR follow_up_closed_on IS NULL)`,
  ).get()!;
}

/**
 * Incidents with something still to do — the family not told, or the follow-up open — with just what a list names:
 * read from the partial index of open incidents (0018), then each one's resident by key.
 */
export function openIncidentSummaries(db: Db) {
  return stmt<{ id: number; resident_name: string; room: string; bed_no: string; kind: IncidentRow['kind']; occurred_at: string; family_notified_at: string | null; follow_up_closed_on: string | null }>(
    db,
    `SELECT i.id, r.name AS resident_name, b.room, b.bed_no, i.kind, i.occurred_at, i.family_notified_at, i.follow_up_closed_on
     FROM incidents i INDEXED BY incidents_open CROSS JOIN residents r ON r.id = i.resident_id CROSS JOIN beds b ON b.id = r.bed_id
     WHERE i.deleted_at IS NULL AND (i.family_notified_at IS NULL OR i.follow_up_closed_on IS NULL)
     ORDER BY i.occurred_at, i.id`,
  )
    .all()
    .map((r) => ({
      id: r.id,
      bedLabel: bedLabel(r.room, r.bed_no),
      residentName: r.resident_name,
      kind: r.kind,
      occurredAt: r.occurred_at,
      familyNotifiedAt: r.family_notified_at,
      followUpClosedOn: r.follow_up_closed_on,
    }));
}
