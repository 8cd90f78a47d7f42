import type { Db } from '../../db/open.ts';
import { notFound } from '../shared/errors.ts';
import { stmt } from '../shared/statements.ts';
import { bedLabel } from '../beds/schema.ts';
import type { CountedVisit } from './fulfilment.ts';
import type { AgreedService, AgreementRow, AgreementState, FeePayer, VisitDetail, VisitResidentRow, VisitRow, VisitStaffInput } from './schema.ts';

/** The agreements area's published reads: agreements, their services, visits, and what the 总览 and the district pack count. */
interface AgreementDbRow {
  id: number;
  partner_name: string;
  partner_credit_code: string;
  partner_address: string;
  partner_contact: string;
  partner_phone: string;
  starts_on: string;
  ends_on: string;
  fee_fen: number;
  fee_payer: FeePayer;
  fee_note: string;
  home_duties: string;
  partner_duties: string;
  insurer: string;
  policy_no: string;
  insurance_expires_on: string | null;
  attachment_id: number | null;
  notes: string;
  deleted_at: string | null;
  deleted_reason: string | null;
}

export function agreementState(startsOn: string, endsOn: string, today: string): AgreementState {
  return today < startsOn ? 'upcoming' : today > endsOn ? 'ended' : 'current';
}

export function servicesOf(db: Db, agreementId: number): AgreedService[] {
  return stmt<AgreedService>(
    db,
    'SELECT id, service, name, way, times, per FROM agreement_services WHERE agreement_id = ? ORDER BY position',
  ).all(agreementId);
}

function toAgreementRow(db: Db, r: AgreementDbRow, today: string): AgreementRow {
  return {
    id: r.id,
    partnerName: r.partner_name,
    partnerCreditCode: r.partner_credit_code,
    partnerAddress: r.partner_address,
    partnerContact: r.partner_contact,
    partnerPhone: r.partner_phone,
    startsOn: r.starts_on,
    endsOn: r.ends_on,
    state: agreementState(r.starts_on, r.ends_on, today),
    services: servicesOf(db, r.id),
    feeYuan: r.fee_fen / 100,
    feePayer: r.fee_payer,
    feeNote: r.fee_note,
    homeDuties: r.home_duties,
    partnerDuties: r.partner_duties,
    insurer: r.insurer,
    policyNo: r.policy_no,
    insuranceExpiresOn: r.insurance_expires_on,
    attachmentId: r.attachment_id,
    notes: r.notes,
    deletedAt: r.deleted_at,
    deletedReason: r.deleted_reason,
  };
}

export function findAgreement(db: Db, id: number, today: string): AgreementRow | undefined {
  const row = stmt<AgreementDbRow>(db, 'SELECT * FROM agreements WHERE id = ?').get(id);
  return row && toAgreementRow(db, row, today);
}

/** An agreement that exists and is not deleted, or NOT_FOUND. */
export function requireAgreement(db: Db, id: number, today: string): AgreementRow {
  const row = findAgreement(db, id, today);
  if (!row || row.deletedAt !== null) throw notFound('这份签约协议');
  return row;
}

/** Every agreement, newest term first (a home has a handful: past and current). */
export function allAgreements(db: Db, today: string, deleted = false): AgreementRow[] {
  return stmt<AgreementDbRow>(
    db,
    `SELECT * FROM agreements WHERE (deleted_at IS NOT NULL) = ? ORDER BY starts_on DESC, id DESC`,
  )
    .all(deleted ? 1 : 0)
    .map((r) => toAgreementRow(db, r, today));
}

/** Another live agreement with the same partner whose term shares a day with this one. */
export function overlappingAgreement(db: Db, creditCode: string, startsOn: string, endsOn: string, exceptId = 0) {
  return stmt<{ id: number; starts_on: string; ends_on: string }>(
    db,
    `SELECT id, starts_on, ends_on FROM agreements
     WHERE partner_credit_code = ? AND deleted_at IS NULL AND id <> ? AND starts_on <= ? AND ends_on >= ?
     ORDER BY starts_on LIMIT 1`,
  ).get(creditCode, exceptId, endsOn, startsOn);
}

/** The visits that count towards an agreement's 服务到位 between two days, with the services each delivered. */
export function countedVisits(db: Db, agreementId: number, from: string, to: string): CountedVisit[] {
  return stmt<{ visit_on: string; ids: string | null }>(
    db,
    `SELECT v.visit_on, (SELECT group_concat(service_id) FROM centre_visit_services s WHERE s.visit_id = v.id) AS ids
     FROM centre_visits v
     WHERE v.agreement_id = ? AND v.counted = 1 AND v.deleted_at IS NULL AND v.visit_on BETWEEN ? AND ?
     ORDER BY v.visit_on`,
  )
    .all(agreementId, from, to)
    .map((r) => ({ visitOn: r.visit_on, serviceIds: r.ids ? r.ids.split(',').map(Number) : [] }));
}

export function unplannedVisitCount(db: Db, agreementId: number, from: string, to: string): number {
  return stmt<number>(
    db,
    `SELECT count(*) FROM centre_visits WHERE agreement_id = ? AND counted = 0 AND deleted_at IS NULL AND visit_on BETWEEN ? AND ?`,
  )
    .pluck()
    .get(agreementId, from, to)!;
}

export function visitCountOf(db: Db, agreementId: number): number {
  return stmt<number>(db, 'SELECT count(*) FROM centre_visits WHERE agreement_id = ? AND deleted_at IS NULL').pluck().get(agreementId)!;
}

interface VisitDbRow {
  id: number;
  agreement_id: number;
  partner_name: string;
  visit_on: string;
  starts_at: string;
  ends_at: string;
  unplanned: number;
  counted: number;
  notes: string;
  signed_off_by_name: string;
  deleted_at: string | null;
  deleted_reason: string | null;
  resident_count: number;
}

const VISIT_SELECT = `
  SELECT v.id, v.agreement_id, a.partner_name, v.visit_on, v.starts_at, v.ends_at, v.unplanned, v.counted, v.notes,
         v.signed_off_by_name, v.deleted_at, v.deleted_reason,
         (SELECT count(*) FROM centre_visit_residents x WHERE x.visit_id = v.id) AS resident_count
  FROM centre_visits v JOIN agreements a ON a.id = v.agreement_id`;

function toVisitRow(db: Db, r: VisitDbRow): VisitRow {
  return {
    id: r.id,
    agreementId: r.agreement_id,
    partnerName: r.partner_name,
    visitOn: r.visit_on,
    startsAt: r.starts_at,
    endsAt: r.ends_at,
    unplanned: r.unplanned === 1,
    counted: r.counted === 1,
    staff: stmt<VisitStaffInput>(db, 'SELECT name, role, licence_no AS licenceNo FROM centre_visit_staff WHERE visit_id = ? ORDER BY position').all(r.id),
    services: stmt<{ id: number; name: string }>(
      db,
      `SELECT s.id, s.name FROM centre_visit_services vs JOIN agreement_services s ON s.id = vs.service_id
       WHERE vs.visit_id = ? ORDER BY s.position`,
    ).all(r.id),
    residentCount: r.resident_count,
    notes: r.notes,
    signedOffByName: r.signed_off_by_name,
    deletedAt: r.deleted_at,
    deletedReason: r.deleted_reason,
  };
}

export function findVisit(db: Db, id: number): VisitDetail | undefined {
  const row = stmt<VisitDbRow>(db, `${VISIT_SELECT} WHERE v.id = ?`).get(id);
  if (!row) return undefined;
  const residents = stmt<VisitResidentRow & { room: string; bed_no: string; annual_exam: number }>(
    db,
    `SELECT x.resident_id AS residentId, r.name, b.room, b.bed_no, x.note, x.systolic, x.diastolic, x.pulse, x.annual_exam
     FROM centre_visit_residents x JOIN residents r ON r.id = x.resident_id JOIN beds b ON b.id = r.bed_id
     WHERE x.visit_id = ? ORDER BY x.position`,
  )
    .all(id)
    .map(({ room, bed_no, annual_exam, ...rest }) => ({ ...rest, bedLabel: bedLabel(room, bed_no), annualExam: annual_exam === 1 }));
  return { ...toVisitRow(db, row), residents };
}

export function requireVisit(db: Db, id: number): VisitDetail {
  const visit = findVisit(db, id);
  if (!visit || visit.deletedAt !== null) throw notFound('这条来访记录');
  return visit;
}

/** Visits of a period, oldest first (a report's appendix), optionally one agreement's. */
export function visitsBetween(db: Db, from: string, to: string, agreementId: number | null = null): VisitRow[] {
  return stmt<VisitDbRow>(
    db,
    `${VISIT_SELECT} WHERE v.deleted_at IS NULL AND v.visit_on BETWEEN @from AND @to AND (@agreementId IS NULL OR v.agreement_id = @agreementId)
     ORDER BY v.visit_on, v.starts_at, v.id`,
  )
    .all({ from, to, agreementId })
    .map((r) => toVisitRow(db, r));
}

export { VISIT_SELECT, toVisitRow, type VisitDbRow };

/** The centre's staff who came before, most recent first: the visit form offers them for quick choice. */
export function staffSeen(db: Db, limit = 30): VisitStaffInput[] {
  return stmt<VisitStaffInput>(
    db,
    `SELECT name, role, licence_no AS licenceNo FROM centre_visit_staff s JOIN centre_visits v ON v.id = s.visit_id
     WHERE v.deleted_at IS NULL GROUP BY name, role, licence_no ORDER BY max(v.visit_on) DESC, name LIMIT ?`,
  ).all(limit);
}

/** Current agreements whose term or staff insurance ends within `horizon` days (the 总览's reminders). */
export function agreementsEndingBy(db: Db, today: string, until: string) {
  return stmt<{ id: number; partner_name: string; ends_on: string; insurance_expires_on: string | null }>(
    db,
    `SELECT id, partner_name, ends_on, insurance_expires_on FROM agreements
     WHERE deleted_at IS NULL AND starts_on <= @until AND ends_on >= @today
       AND (ends_on <= @until OR (insurance_expires_on IS NOT NULL AND insurance_expires_on <= @until))`,
  ).all({ today, until });
}

/** Whether some live agreement with the same partner starts after this one ends (a renewal is signed). */
export function hasRenewal(db: Db, agreementId: number): boolean {
  return (
    stmt<number>(
      db,
      `SELECT count(*) FROM agreements n JOIN agreements a ON a.id = ?
       WHERE n.deleted_at IS NULL AND n.partner_credit_code = a.partner_credit_code AND n.starts_on > a.ends_on`,
    )
      .pluck()
      .get(agreementId)! > 0
  );
}

/** The last day in a span each resident had an annual exam done by the centre on a visit (it counts as that year's exam). */
export function centreExamsBetween(db: Db, from: string, to: string): Map<number, string> {
  const rows = stmt<{ resident_id: number; day: string }>(
    db,
    `SELECT x.resident_id, max(v.visit_on) AS day FROM centre_visit_residents x JOIN centre_visits v ON v.id = x.visit_id
     WHERE x.annual_exam = 1 AND v.deleted_at IS NULL AND v.visit_on BETWEEN ? AND ? GROUP BY x.resident_id`,
  ).all(from, to);
  return new Map(rows.map((r) => [r.resident_id, r.day]));
}

// 服务到位 and an agreement with its scan's state, for the district pack and the 总览 (reads composed in this area).
export { readFulfilment, centreVisitMinimum } from './readFulfilment.ts';
export { agreementDetail } from './detail.ts';

/** The agreement a filing means when none is named: the one in force today (the latest if several), else the latest. */
export function defaultAgreementId(db: Db, today: string): number | null {
  return (
    stmt<number>(
      db,
      `SELECT id FROM agreements WHERE deleted_at IS NULL
       ORDER BY (starts_on <= @today AND ends_on >= @today) DESC, starts_on DESC, id DESC LIMIT 1`,
    )
      .pluck()
      .get({ today }) ?? null
  );
}
export { listHomeBeds } from './homeBeds.ts';
