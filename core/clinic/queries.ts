import type { Db } from '../../db/open.ts';
import { stmt } from '../shared/statements.ts';
import { notFound } from '../shared/errors.ts';
import { daysBetween, wholeYears } from '../shared/dayMath.ts';
import { LICENCE_REMIND_DAYS, type ClinicAgreement, type ClinicProfile, type ClinicRoom, type StaffRow } from './schema.ts';

// The clinic area's published reads: the rule checker, the dashboard, encounters and the filings read the
// clinic, its rooms, agreements and staff through these.

interface ClinicDbRow {
  type: ClinicProfile['type'];
  name: string;
  filing_kind: ClinicProfile['filingKind'];
  filing_no: string;
  filing_date: string | null;
  opened_on: string | null;
  subjects: string;
  medical_alliance: string;
  near_medical_institution: string;
  areas_separated: number;
  separation_note: string;
  updated_at: string;
}

/** The clinic as recorded, or null before the director has recorded anything. */
export function clinicProfile(db: Db): ClinicProfile | null {
  const row = stmt<ClinicDbRow>(db, 'SELECT * FROM clinic WHERE id = 1').get();
  if (!row) return null;
  return {
    type: row.type,
    name: row.name,
    filingKind: row.filing_kind,
    filingNo: row.filing_no,
    filingDate: row.filing_date,
    openedOn: row.opened_on,
    subjects: JSON.parse(row.subjects) as ClinicProfile['subjects'],
    medicalAlliance: row.medical_alliance,
    nearMedicalInstitution: row.near_medical_institution,
    areasSeparated: row.areas_separated === 1,
    separationNote: row.separation_note,
    updatedAt: row.updated_at,
  };
}

const ROOM_COLUMNS = `id, kind, name, area_m2 AS areaM2, notes, removed_at AS removedAt, removed_reason AS removedReason`;

/** Rooms in use (and, if asked, those taken out of use), by kind then name. */
export function clinicRooms(db: Db, options: { includeRemoved?: boolean } = {}): ClinicRoom[] {
  const where = options.includeRemoved ? '' : 'WHERE removed_at IS NULL';
  return stmt<ClinicRoom>(db, `SELECT ${ROOM_COLUMNS} FROM clinic_rooms ${where} ORDER BY removed_at IS NOT NULL, kind, name, id`).all();
}

export function findRoom(db: Db, id: number): ClinicRoom | undefined {
  return stmt<ClinicRoom>(db, `SELECT ${ROOM_COLUMNS} FROM clinic_rooms WHERE id = ?`).get(id);
}

const AGREEMENT_COLUMNS = `id, kind, partner, partner_licence_no AS partnerLicenceNo, signed_on AS signedOn, starts_on AS startsOn,
  ends_on AS endsOn, notes, removed_at AS removedAt, removed_reason AS removedReason`;

export function clinicAgreements(db: Db, options: { includeRemoved?: boolean } = {}): ClinicAgreement[] {
  const where = options.includeRemoved ? '' : 'WHERE removed_at IS NULL';
  return stmt<ClinicAgreement>(db, `SELECT ${AGREEMENT_COLUMNS} FROM clinic_agreements ${where} ORDER BY removed_at IS NOT NULL, kind, ends_on DESC, id`).all();
}

export function findAgreement(db: Db, id: number): ClinicAgreement | undefined {
  return stmt<ClinicAgreement>(db, `SELECT ${AGREEMENT_COLUMNS} FROM clinic_agreements WHERE id = ?`).get(id);
}

export interface StaffDbRow {
  id: number;
  name: string;
  profession: StaffRow['profession'];
  user_id: number | null;
  user_name: string | null;
  licence_no: string;
  category: string;
  scope: string;
  title: string;
  practice_site: StaffRow['practiceSite'];
  primary_site_name: string;
  registered_on: string;
  issued_on: string;
  expires_on: string | null;
  joined_on: string;
  left_on: string | null;
  notes: string;
  deleted_at: string | null;
}

/** Physicians first, then nurses, pharmacists, therapists: the order of the standard and of the printed roster. */
export const PROFESSION_ORDER = `CASE s.profession WHEN 'physician' THEN 1 WHEN 'nurse' THEN 2 WHEN 'pharmacist' THEN 3 ELSE 4 END`;

export const STAFF_SELECT = `SELECT s.*, u.display_name AS user_name FROM clinic_staff s LEFT JOIN users u ON u.id = s.user_id`;

export function toStaffRow(r: StaffDbRow, today: string): StaffRow {
  return {
    id: r.id,
    name: r.name,
    profession: r.profession,
    userId: r.user_id,
    userName: r.user_name,
    licenceNo: r.licence_no,
    category: r.category,
    scope: r.scope,
    title: r.title,
    practiceSite: r.practice_site,
    primarySiteName: r.primary_site_name,
    registeredOn: r.registered_on,
    issuedOn: r.issued_on,
    expiresOn: r.expires_on,
    joinedOn: r.joined_on,
    leftOn: r.left_on,
    notes: r.notes,
    deletedAt: r.deleted_at,
    yearsOfPractice: wholeYears(r.registered_on, today),
    daysLeft: r.expires_on === null ? null : daysBetween(today, r.expires_on),
  };
}

export function findStaff(db: Db, id: number, today: string): StaffRow | undefined {
  const row = stmt<StaffDbRow>(db, `${STAFF_SELECT} WHERE s.id = ?`).get(id);
  return row && toStaffRow(row, today);
}

export function requireStaff(db: Db, id: number, today: string): StaffRow {
  const staff = findStaff(db, id, today);
  if (!staff || staff.deletedAt !== null) throw notFound('这位医务人员');
  return staff;
}

/** Everyone working in the clinic now: not left, not deleted; by profession, then name. */
export function activeStaff(db: Db, today: string): StaffRow[] {
  return stmt<StaffDbRow>(db, `${STAFF_SELECT} WHERE s.deleted_at IS NULL AND s.left_on IS NULL ORDER BY ${PROFESSION_ORDER}, s.name, s.id`)
    .all()
    .map((r) => toStaffRow(r, today));
}

/** The staff member holding this licence number (any status but deleted), other than `exceptId`. */
export function staffWithLicence(db: Db, licenceNo: string, exceptId = 0): StaffRow | undefined {
  const row = stmt<StaffDbRow>(db, `${STAFF_SELECT} WHERE s.licence_no = ? AND s.deleted_at IS NULL AND s.id <> ?`).get(licenceNo, exceptId);
  return row && toStaffRow(row, row.registered_on);
}

export function staffOfUser(db: Db, userId: number, today: string, exceptId = 0): StaffRow | undefined {
  const row = stmt<StaffDbRow>(db, `${STAFF_SELECT} WHERE s.user_id = ? AND s.deleted_at IS NULL AND s.id <> ?`).get(userId, exceptId);
  return row && toStaffRow(row, today);
}

/** Licences of working staff that have expired or expire within the first reminder window (60 days), soonest first. */
export function licenceAlerts(db: Db, today: string): StaffRow[] {
  return activeStaff(db, today)
    .filter((s) => s.daysLeft !== null && s.daysLeft <= LICENCE_REMIND_DAYS[0])
    .sort((a, b) => a.daysLeft! - b.daysLeft!);
}

/**
 * Everyone working in the clinic at the end of `on` (joined by then, not left by then, not deleted), each licence's
 * days left counted from that day; by profession, then name.
 */
export function staffOn(db: Db, on: string): StaffRow[] {
  return stmt<StaffDbRow>(db, `${STAFF_SELECT} WHERE s.deleted_at IS NULL AND s.joined_on <= ? AND (s.left_on IS NULL OR s.left_on > ?) ORDER BY ${PROFESSION_ORDER}, s.name, s.id`)
    .all(on, on)
    .map((r) => toStaffRow(r, on));
}
