import type { Db } from '../../db/open.ts';
import { stmt } from '../shared/statements.ts';
import { notFound } from '../shared/errors.ts';
import { bedStaysOf, contactsOf, findResident, toResidentRow } from './queries.ts';

export interface ResidentHistoryEntry {
  at: string;
  userName: string;
  summary: string;
}

/** One resident with contacts, bed history and the audit trail of their record. */
export function residentDetail(db: Db, id: number, today: string) {
  const row = findResident(db, id);
  if (!row) throw notFound('这位老人');
  const history = stmt<ResidentHistoryEntry>(
    db,
    `SELECT at, user_name AS userName, summary FROM audit_log
     WHERE entity = 'resident' AND entity_id = ? ORDER BY id DESC LIMIT 50`,
  ).all(id);
  return {
    ...toResidentRow(row, today),
    notes: row.notes,
    emergencyContacts: contactsOf(db, id),
    bedStays: bedStaysOf(db, id),
    history,
  };
}

export type ResidentDetail = ReturnType<typeof residentDetail>;
