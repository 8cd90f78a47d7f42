import type { AuditFields } from './define.ts';
import type { AUDIT_ENTITIES } from './schema.ts';
import { RESIDENT_AUDIT_FIELDS } from '../residents/schema.ts';
import { USER_AUDIT_FIELDS } from '../users/schema.ts';
import { INSTITUTION_AUDIT_FIELDS } from '../institution/schema.ts';
import { BED_AUDIT_FIELDS } from '../beds/schema.ts';
import { ATTACHMENT_AUDIT_FIELDS } from '../attachments/schema.ts';
import { INCIDENT_AUDIT_FIELDS } from '../incidents/schema.ts';
import { AGREEMENT_AUDIT_FIELDS, CENTRE_VISIT_AUDIT_FIELDS, HOME_BED_AUDIT_FIELDS } from '../agreements/schema.ts';
import { SIGNING_AUDIT_FIELDS } from '../signings/schema.ts';
import { VITAL_ROUND_AUDIT_FIELDS, VITAL_SIGN_AUDIT_FIELDS } from '../vitals/schema.ts';
import { ASSESSMENT_AUDIT_FIELDS } from '../assessments/schema.ts';
import { RECORD_AUDIT_FIELDS } from '../records/schema.ts';
import { EXAM_AUDIT_FIELDS } from '../exams/schema.ts';
import { ENCOUNTER_AUDIT_FIELDS } from '../encounters/schema.ts';
import { ORDER_AUDIT_FIELDS, ROUND_AUDIT_FIELDS } from '../medication/schema.ts';
import { PROXY_AUDIT_FIELDS, STOCK_AUDIT_FIELDS, STOCK_TAKE_AUDIT_FIELDS } from '../stock/schema.ts';
import { CASE_AUDIT_FIELDS, DISINFECTION_AUDIT_FIELDS, WASTE_AUDIT_FIELDS } from '../infection/schema.ts';
import { AGREEMENT_AUDIT_FIELDS as CLINIC_AGREEMENT_AUDIT_FIELDS, CLINIC_AUDIT_FIELDS, ROOM_AUDIT_FIELDS, STAFF_AUDIT_FIELDS } from '../clinic/schema.ts';
import { APPLICATION_AUDIT_FIELDS, BAR_AUDIT_FIELDS, LTC_AUDIT_FIELDS, RULE_DOCUMENT_AUDIT_FIELDS, SETUP_AUDIT_FIELDS } from '../designation/schema.ts';

export type AuditEntity = keyof typeof AUDIT_ENTITIES;

/**
 * How each audited entity's fields read, in its area's own words. An entity with no fields (a print, a
 * backup) shows its summary line only. A new audited entity is a name in AUDIT_ENTITIES and a line here.
 */
export const AUDIT_FIELDS: Record<AuditEntity, AuditFields> = {
  resident: RESIDENT_AUDIT_FIELDS,
  bed: BED_AUDIT_FIELDS,
  incident: INCIDENT_AUDIT_FIELDS,
  agreement: AGREEMENT_AUDIT_FIELDS,
  centreVisit: CENTRE_VISIT_AUDIT_FIELDS,
  familyDoctorSigning: SIGNING_AUDIT_FIELDS,
  homeBed: HOME_BED_AUDIT_FIELDS,
  attachment: ATTACHMENT_AUDIT_FIELDS,
  user: USER_AUDIT_FIELDS,
  institution: INSTITUTION_AUDIT_FIELDS,
  vitalRound: VITAL_ROUND_AUDIT_FIELDS,
  vitalSign: VITAL_SIGN_AUDIT_FIELDS,
  filing: {},
  backup: {},
  assessment: ASSESSMENT_AUDIT_FIELDS,
  ...RECORD_AUDIT_FIELDS,
  annualExam: EXAM_AUDIT_FIELDS,
  clinic: CLINIC_AUDIT_FIELDS,
  clinicRoom: ROOM_AUDIT_FIELDS,
  clinicAgreement: CLINIC_AGREEMENT_AUDIT_FIELDS,
  clinicStaff: STAFF_AUDIT_FIELDS,
  encounter: ENCOUNTER_AUDIT_FIELDS,
  medicationOrder: ORDER_AUDIT_FIELDS,
  medicationRound: ROUND_AUDIT_FIELDS,
  stock: STOCK_AUDIT_FIELDS,
  stockTake: STOCK_TAKE_AUDIT_FIELDS,
  proxyFetch: PROXY_AUDIT_FIELDS,
  disinfection: DISINFECTION_AUDIT_FIELDS,
  infectionCase: CASE_AUDIT_FIELDS,
  wasteEntry: WASTE_AUDIT_FIELDS,
  designationSetup: SETUP_AUDIT_FIELDS,
  ruleDocument: RULE_DOCUMENT_AUDIT_FIELDS,
  designationBar: BAR_AUDIT_FIELDS,
  designationApplication: APPLICATION_AUDIT_FIELDS,
  ltcAssessment: LTC_AUDIT_FIELDS,
};
