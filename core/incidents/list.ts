import type { Db } from '../../db/open.ts';
import { stmt } from '../shared/statements.ts';
import { Where } from '../shared/sqlWhere.ts';
import { INCIDENT_SELECT, toIncidentRow, type IncidentDbRow } from './queries.ts';
import type { IncidentListInput, IncidentRow } from './schema.ts';
import dayjs from 'dayjs';

/**
 * The register, newest first, a page at a time (keyset on id, which follows the order incidents are entered;
 * the page is then shown by time). A home records a few incidents a week, so every filter is a short scan of
 * the occurred_at index.
 */
export function listIncidents(db: Db, input: IncidentListInput): { rows: IncidentRow[]; nextBefore: number | null } {
  const where = new Where()
    .and(input.deleted ? 'i.deleted_at IS NOT NULL' : 'i.deleted_at IS NULL')
    .equals('i.resident_id', 'residentId', input.residentId)
    .equals('i.kind', 'kind', input.kind)
    .compare('i.occurred_at', '>=', 'from', input.from)
    .compare('i.occurred_at', '<', 'to', input.to === null ? null : dayjs(input.to).add(1, 'day').format('YYYY-MM-DD'))
    .compare('i.id', '<', 'before', input.before);
  if (input.open === 'familyNotNotified') where.and('i.family_notified_at IS NULL');
  if (input.open === 'followUpOpen') where.and('i.follow_up_closed_on IS NULL');
  if (input.q) where.contains(['r.name', 'i.place', 'i.description'], 'q', input.q);
  const rows = stmt<IncidentDbRow>(db, `${INCIDENT_SELECT} ${where.sql} ORDER BY i.id DESC LIMIT @limit`).all({ ...where.params, limit: input.limit + 1 });
  const page = rows.slice(0, input.limit).map(toIncidentRow);
  return { rows: page, nextBefore: rows.length > input.limit ? page.at(-1)!.id : null };
}
