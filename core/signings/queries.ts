import type { Db } from '../../db/open.ts';
import { notFound } from '../shared/errors.ts';
import { stmt } from '../shared/statements.ts';
import type { SigningRow } from './schema.ts';

/** The signings area's published reads: signings, and who is signed on a day. */
interface SigningDbRow {
  id: number;
  resident_id: number;
  resident_name: string;
  team: string;
  doctor: string;
  signed_on: string;
  expires_on: string;
  package: string;
  deleted_at: string | null;
}

const SELECT = `SELECT s.*, r.name AS resident_name FROM family_doctor_signings s JOIN residents r ON r.id = s.resident_id`;

const toRow = (r: SigningDbRow): SigningRow => ({
  id: r.id,
  residentId: r.resident_id,
  residentName: r.resident_name,
  team: r.team,
  doctor: r.doctor,
  signedOn: r.signed_on,
  expiresOn: r.expires_on,
  package: r.package,
  deletedAt: r.deleted_at,
});

export function findSigning(db: Db, id: number): SigningRow | undefined {
  const row = stmt<SigningDbRow>(db, `${SELECT} WHERE s.id = ?`).get(id);
  return row && toRow(row);
}

export function requireSigning(db: Db, id: number): SigningRow {
  const row = findSigning(db, id);
  if (!row || row.deletedAt !== null) throw notFound('这条签约记录');
  return row;
}

export function signingsOf(db: Db, residentId: number): SigningRow[] {
  return stmt<SigningDbRow>(db, `${SELECT} WHERE s.resident_id = ? AND s.deleted_at IS NULL ORDER BY s.signed_on DESC`).all(residentId).map(toRow);
}

/** Each resident's signing in force on a day (the latest if two), keyed by resident. */
export function signingsInForce(db: Db, onDate: string): Map<number, SigningRow> {
  const rows = stmt<SigningDbRow>(
    db,
    `${SELECT} WHERE s.deleted_at IS NULL AND s.signed_on <= @d AND s.expires_on >= @d ORDER BY s.resident_id, s.expires_on`,
  ).all({ d: onDate });
  return new Map(rows.map((r) => [r.resident_id, toRow(r)]));
}

/** The day each resident's last signing ended, for those whose signings all ended before a day. */
export function lastExpiries(db: Db, onDate: string): Map<number, string> {
  const rows = stmt<{ resident_id: number; last: string }>(
    db,
    `SELECT resident_id, max(expires_on) AS last FROM family_doctor_signings WHERE deleted_at IS NULL AND signed_on <= ? GROUP BY resident_id`,
  ).all(onDate);
  return new Map(rows.filter((r) => r.last < onDate).map((r) => [r.resident_id, r.last]));
}

/** Another live signing of the same resident that shares a day with this one. */
export function overlappingSigning(db: Db, residentId: number, signedOn: string, expiresOn: string, exceptId = 0) {
  return stmt<{ signed_on: string; expires_on: string }>(
    db,
    `SELECT signed_on, expires_on FROM family_doctor_signings
     WHERE resident_id = ? AND deleted_at IS NULL AND id <> ? AND signed_on <= ? AND expires_on >= ? LIMIT 1`,
  ).get(residentId, exceptId, expiresOn, signedOn);
}

/** Signings in force today that end by `until`, with no renewal after them: the 总览's reminders. */
export function signingsExpiringBy(db: Db, today: string, until: string): SigningRow[] {
  return stmt<SigningDbRow>(
    db,
    `${SELECT} WHERE s.deleted_at IS NULL AND r.deleted_at IS NULL AND r.status = 'in_residence'
       AND s.signed_on <= @today AND s.expires_on >= @today AND s.expires_on <= @until
       AND NOT EXISTS (SELECT 1 FROM family_doctor_signings n WHERE n.resident_id = s.resident_id AND n.deleted_at IS NULL AND n.signed_on > s.signed_on)
     ORDER BY s.expires_on`,
  )
    .all({ today, until })
    .map(toRow);
}

// Coverage figures for the district pack and the 总览 (a read composed in this area).
export { readCoverage } from './coverage.ts';
