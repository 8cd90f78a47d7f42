import type { Db } from '../../db/open.ts';
import { stmt } from '../shared/statements.ts';
import { Where } from '../shared/sqlWhere.ts';
import { bedLabel } from '../beds/schema.ts';
import type { z } from '../shared/fields.ts';
import type { openReferralsInput } from './schema.ts';

/**
 * 未结束的转诊: every referral out not yet closed by a 转回, of residents still on the roster, the oldest first (the
 * longest away needs a call). Reads the partial index of open referrals, so it looks only at the open ones.
 */
export function openReferrals(db: Db, input: z.output<typeof openReferralsInput>, today: string) {
  const w = new Where().and('f.returned_on IS NULL AND f.deleted_at IS NULL AND r.deleted_at IS NULL').equals('b.floor', 'floor', input.floor);
  if (input.q) w.contains(['r.name'], 'q', input.q);
  const rows = stmt<{
    id: number; resident_id: number; name: string; floor: number; room: string; bed_no: string; referred_on: string;
    hospital: string; partner: number; department: string; reason: string; urgent: number; admitted: number;
  }>(
    db,
    `SELECT f.id, f.resident_id, r.name, b.floor, b.room, b.bed_no, f.referred_on, f.hospital, f.partner, f.department, f.reason, f.urgent, f.admitted
     FROM referrals f INDEXED BY referrals_open JOIN residents r ON r.id = f.resident_id JOIN beds b ON b.id = r.bed_id
     WHERE ${w.conditions} ORDER BY f.referred_on, f.id`,
  ).all(w.params);
  const days = (from: string) => Math.round((Date.parse(today) - Date.parse(from)) / 86_400_000);
  return {
    total: rows.length,
    rows: rows.slice(input.offset, input.offset + input.limit).map((r) => ({
      id: r.id,
      residentId: r.resident_id,
      name: r.name,
      floor: r.floor,
      bedLabel: bedLabel(r.room, r.bed_no),
      referredOn: r.referred_on,
      daysAway: days(r.referred_on),
      hospital: r.hospital,
      partner: r.partner === 1,
      department: r.department,
      reason: r.reason,
      urgent: r.urgent === 1,
      admitted: r.admitted === 1,
    })),
  };
}
