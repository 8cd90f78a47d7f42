import type { AuditFields } from './define.ts';
import type { AUDIT_ENTITIES } from './schema.ts';
import { RESIDENT_AUDIT_FIELDS } from '../residents/schema.ts';
import { USER_AUDIT_FIELDS } from '../users/schema.ts';
import { INSTITUTION_AUDIT_FIELDS } from '../institution/schema.ts';
import { BED_AUDIT_FIELDS } from '../beds/schema.ts';
import { ENCOUNTER_AUDIT_FIELDS } from '../encounters/schema.ts';
import { AGREEMENT_AUDIT_FIELDS, CLINIC_AUDIT_FIELDS, ROOM_AUDIT_FIELDS, STAFF_AUDIT_FIELDS } from '../clinic/schema.ts';
import { ATTACHMENT_AUDIT_FIELDS } from '../attachments/schema.ts';
import { INCIDENT_AUDIT_FIELDS } from '../incidents/schema.ts';
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
  attachment: ATTACHMENT_AUDIT_FIELDS,
  user: USER_AUDIT_FIELDS,
  institution: INSTITUTION_AUDIT_FIELDS,
  filing: {},
  backup: {},
  clinic: CLINIC_AUDIT_FIELDS,
  clinicRoom: ROOM_AUDIT_FIELDS,
  clinicAgreement: AGREEMENT_AUDIT_FIELDS,
  clinicStaff: STAFF_AUDIT_FIELDS,
  encounter: ENCOUNTER_AUDIT_FIELDS,
  designationSetup: SETUP_AUDIT_FIELDS,
  ruleDocument: RULE_DOCUMENT_AUDIT_FIELDS,
  designationBar: BAR_AUDIT_FIELDS,
  designationApplication: APPLICATION_AUDIT_FIELDS,
  ltcAssessment: LTC_AUDIT_FIELDS,
};
