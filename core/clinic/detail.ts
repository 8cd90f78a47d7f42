import type { Db } from '../../db/open.ts';
import { stmt } from '../shared/statements.ts';
import { notFound } from '../shared/errors.ts';
import { findStaff } from './queries.ts';

/** One staff member with the history of their record (from the audit log), newest first. */
export function staffDetail(db: Db, id: number, today: string) {
  const staff = findStaff(db, id, today);
  if (!staff) throw notFound('这位医务人员');
  const history = stmt<{ at: string; userName: string; summary: string }>(
    db,
    `SELECT at, user_name AS userName, summary FROM audit_log WHERE entity = 'clinicStaff' AND entity_id = ? ORDER BY id DESC LIMIT 50`,
  ).all(id);
  return { ...staff, history };
}

export type StaffDetail = ReturnType<typeof staffDetail>;
