import type { Db } from '../../db/open.ts';
import { stmt } from '../shared/statements.ts';
import { bedLabel } from '../beds/schema.ts';
import type { DesignationFacts } from '../policy/checks/home.ts';
import type { ApplicationKind, ApplicationRow, ApplicationStatus, BarKind, LtcAssessmentRow, SupplementRow } from './schema.ts';

/** The designation area's published reads: what the clinic has on file, the applications, 长护险 levels. */

interface SetupDbRow {
  insurance_principal: string;
  insurance_administrator: string;
  insurance_department: number;
  info_vendor: string;
  info_declared_on: string | null;
  info_direct_settlement: number;
  info_national_codes: number;
  billing_separated: number;
  billing_note: string;
}

export interface DesignationSetup {
  insurancePrincipal: string;
  insuranceAdministrator: string;
  insuranceDepartment: boolean;
  infoVendor: string;
  infoDeclaredOn: string | null;
  infoDirectSettlement: boolean;
  infoNationalCodes: boolean;
  billingSeparated: boolean;
  billingNote: string;
}

export const EMPTY_SETUP: DesignationSetup = {
  insurancePrincipal: '',
  insuranceAdministrator: '',
  insuranceDepartment: false,
  infoVendor: '',
  infoDeclaredOn: null,
  infoDirectSettlement: false,
  infoNationalCodes: false,
  billingSeparated: false,
  billingNote: '',
};

export function designationSetup(db: Db): DesignationSetup {
  const r = stmt<SetupDbRow>(db, 'SELECT * FROM designation_setup WHERE id = 1').get();
  if (!r) return { ...EMPTY_SETUP };
  return {
    insurancePrincipal: r.insurance_principal,
    insuranceAdministrator: r.insurance_administrator,
    insuranceDepartment: r.insurance_department === 1,
    infoVendor: r.info_vendor,
    infoDeclaredOn: r.info_declared_on,
    infoDirectSettlement: r.info_direct_settlement === 1,
    infoNationalCodes: r.info_national_codes === 1,
    billingSeparated: r.billing_separated === 1,
    billingNote: r.billing_note,
  };
}

export interface RuleDocumentRow {
  id: number;
  title: string;
  version: string;
  adoptedOn: string;
  attachmentId: number | null;
}

export function ruleDocuments(db: Db): RuleDocumentRow[] {
  return stmt<RuleDocumentRow>(
    db,
    'SELECT id, title, version, adopted_on AS adoptedOn, attachment_id AS attachmentId FROM rule_documents WHERE deleted_at IS NULL ORDER BY adopted_on, id',
  ).all();
}

export interface BarRow {
  id: number;
  kind: BarKind;
  occurredOn: string;
  endedOn: string | null;
  note: string;
}

export function designationBars(db: Db): BarRow[] {
  return stmt<BarRow>(
    db,
    'SELECT id, kind, occurred_on AS occurredOn, ended_on AS endedOn, note FROM designation_bars WHERE deleted_at IS NULL ORDER BY occurred_on, id',
  ).all();
}

interface ApplicationDbRow {
  id: number;
  kind: ApplicationKind;
  status: ApplicationStatus;
  title: string;
  submitted_on: string | null;
  accepted_on: string | null;
  outcome_on: string | null;
  reasons: string;
  rectification: string;
  agreement_no: string;
  agreement_from: string | null;
  agreement_to: string | null;
  suspended_from: string | null;
  suspended_until: string | null;
  exit_notice_on: string | null;
  exit_on: string | null;
  created_at: string;
}

function toApplication(db: Db, r: ApplicationDbRow): ApplicationRow {
  return {
    id: r.id,
    kind: r.kind,
    status: r.status,
    title: r.title,
    submittedOn: r.submitted_on,
    acceptedOn: r.accepted_on,
    outcomeOn: r.outcome_on,
    reasons: r.reasons,
    rectification: r.rectification,
    agreementNo: r.agreement_no,
    agreementFrom: r.agreement_from,
    agreementTo: r.agreement_to,
    suspendedFrom: r.suspended_from,
    suspendedUntil: r.suspended_until,
    exitNoticeOn: r.exit_notice_on,
    exitOn: r.exit_on,
    createdAt: r.created_at,
    supplements: supplementsOf(db, r.id),
  };
}

export function supplementsOf(db: Db, applicationId: number): SupplementRow[] {
  return stmt<SupplementRow>(
    db,
    'SELECT id, requested_on AS requestedOn, supplied_on AS suppliedOn, note FROM designation_supplements WHERE application_id = ? ORDER BY requested_on, id',
  ).all(applicationId);
}

export function findApplication(db: Db, id: number): ApplicationRow | undefined {
  const r = stmt<ApplicationDbRow>(db, 'SELECT * FROM designation_applications WHERE id = ? AND deleted_at IS NULL').get(id);
  return r && toApplication(db, r);
}

export function applications(db: Db, kind: ApplicationKind | null = null): ApplicationRow[] {
  const rows = kind
    ? stmt<ApplicationDbRow>(db, 'SELECT * FROM designation_applications WHERE deleted_at IS NULL AND kind = ? ORDER BY id').all(kind)
    : stmt<ApplicationDbRow>(db, 'SELECT * FROM designation_applications WHERE deleted_at IS NULL ORDER BY id').all();
  return rows.map((r) => toApplication(db, r));
}

/** Attached scans of an application's materials, by material key. */
export function materialAttachments(db: Db, applicationId: number): Map<string, { attachmentId: number | null; notNeededReason: string }> {
  const rows = stmt<{ key: string; attachment_id: number | null; not_needed_reason: string }>(
    db,
    'SELECT key, attachment_id, not_needed_reason FROM designation_materials WHERE application_id = ?',
  ).all(applicationId);
  return new Map(rows.map((r) => [r.key, { attachmentId: r.attachment_id, notNeededReason: r.not_needed_reason }]));
}

/** What the rule checks look at (core/policy/checks/designation*.ts). */
export function designationFacts(db: Db): DesignationFacts {
  const setup = designationSetup(db);
  return {
    insurancePrincipal: setup.insurancePrincipal,
    insuranceAdministrator: setup.insuranceAdministrator,
    insuranceDepartment: setup.insuranceDepartment,
    infoVendor: setup.infoVendor,
    infoDeclaredOn: setup.infoDeclaredOn,
    infoDirectSettlement: setup.infoDirectSettlement,
    infoNationalCodes: setup.infoNationalCodes,
    billingSeparated: setup.billingSeparated,
    rules: ruleDocuments(db).map(({ id, title, version, adoptedOn }) => ({ id, title, version, adoptedOn })),
    bars: designationBars(db),
    failedEvaluations: stmt<{ id: number; outcomeOn: string }>(
      db,
      `SELECT id, outcome_on AS outcomeOn FROM designation_applications
       WHERE deleted_at IS NULL AND kind = 'medical' AND status = 'failed' AND outcome_on IS NOT NULL ORDER BY outcome_on, id`,
    ).all(),
  };
}

interface LtcDbRow {
  id: number;
  resident_id: number;
  resident_name: string;
  room: string;
  bed_no: string;
  level: number;
  assessed_on: string;
  agency: string;
  valid_until: string;
  benefit_from: string | null;
  note: string;
}

const LTC_SELECT = `
  SELECT a.*, r.name AS resident_name, b.room, b.bed_no
  FROM ltc_assessments a JOIN residents r ON r.id = a.resident_id JOIN beds b ON b.id = r.bed_id`;

const toLtc = (r: LtcDbRow): LtcAssessmentRow => ({
  id: r.id,
  residentId: r.resident_id,
  residentName: r.resident_name,
  bedLabel: bedLabel(r.room, r.bed_no),
  level: r.level,
  assessedOn: r.assessed_on,
  agency: r.agency,
  validUntil: r.valid_until,
  benefitFrom: r.benefit_from,
  note: r.note,
});

export function findLtcAssessment(db: Db, id: number): LtcAssessmentRow | undefined {
  const r = stmt<LtcDbRow>(db, `${LTC_SELECT} WHERE a.id = ? AND a.deleted_at IS NULL`).get(id);
  return r && toLtc(r);
}

export function ltcAssessmentsOf(db: Db, residentId: number): LtcAssessmentRow[] {
  return stmt<LtcDbRow>(db, `${LTC_SELECT} WHERE a.resident_id = ? AND a.deleted_at IS NULL ORDER BY a.assessed_on DESC, a.id DESC`)
    .all(residentId)
    .map(toLtc);
}

/** Each resident in residence with their latest conclusion (the one that counts), by bed. */
export function currentLtcLevels(db: Db): LtcAssessmentRow[] {
  return stmt<LtcDbRow>(
    db,
    `${LTC_SELECT}
     WHERE a.deleted_at IS NULL AND r.status = 'in_residence' AND r.deleted_at IS NULL
       AND a.id = (SELECT a2.id FROM ltc_assessments a2 WHERE a2.resident_id = a.resident_id AND a2.deleted_at IS NULL
                   ORDER BY a2.assessed_on DESC, a2.id DESC LIMIT 1)
     ORDER BY b.room, b.bed_no`,
  )
    .all()
    .map(toLtc);
}

export { applicationDueDates, ltcExpiryDueDates, type DueDate } from './dueDates.ts';
