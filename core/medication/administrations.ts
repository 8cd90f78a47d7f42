import type { Db } from '../../db/open.ts';
import { stmt } from '../shared/statements.ts';
import type { AdminStatus } from './schema.ts';

export interface AdministrationDbRow {
  order_id: number;
  due_date: string;
  due_time: string;
  status: AdminStatus;
  given_time: string | null;
  reason: string | null;
  recorder_name: string;
}

/** What was recorded for one order between two dates (inclusive): a walk of the order's key range. */
export function administrationsOf(db: Db, orderId: number, fromDate: string, toDate: string): AdministrationDbRow[] {
  return stmt<AdministrationDbRow>(
    db,
    `SELECT a.order_id, a.due_date, a.due_time, a.status, a.given_time, a.reason, m.recorder_name
     FROM medication_administrations a JOIN medication_rounds m ON m.id = a.round_id
     WHERE a.order_id = ? AND a.due_date >= ? AND a.due_date <= ? ORDER BY a.due_date, a.due_time`,
  ).all(orderId, fromDate, toDate);
}
