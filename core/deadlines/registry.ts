import type { DeadlineSource } from './define.ts';
import { abilityAssessmentDue } from './sources/assessments.ts';
import { annualExamDue } from './sources/exams.ts';
import { familyNotTold, followUpOpen } from './sources/incidents.ts';
import { licencesExpiring } from './sources/licences.ts';
import { missedDoses } from './sources/missedDoses.ts';
import { drugsExpiring } from './sources/stock.ts';
import { designationDeadlines, ltcExpiry } from './sources/designation.ts';
import { agreementRenewal, centreInsurance, signingExpiry, underDelivered } from './sources/centre.ts';

/**
 * Every kind of dated obligation the 总览 lists. Add a source: one file under sources/ and one line here. (The rule
 * checker's violations are added in handlers.ts, which is where the checker may be composed in.)
 */
export const DEADLINE_SOURCES: readonly DeadlineSource[] = [
  familyNotTold,
  followUpOpen,
  licencesExpiring,
  abilityAssessmentDue,
  annualExamDue,
  missedDoses,
  drugsExpiring,
  agreementRenewal,
  centreInsurance,
  signingExpiry,
  underDelivered,
  designationDeadlines,
  ltcExpiry,
];
