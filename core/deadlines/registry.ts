import type { DeadlineSource } from './define.ts';
import { familyNotTold, followUpOpen } from './sources/incidents.ts';
import { designationDeadlines, ltcExpiry } from './sources/designation.ts';
import { agreementRenewal, centreInsurance, signingExpiry, underDelivered } from './sources/centre.ts';

/** Every kind of dated obligation the 总览 lists. Add a source: one file under sources/ and one line here. */
export const DEADLINE_SOURCES: readonly DeadlineSource[] = [familyNotTold, followUpOpen, agreementRenewal, centreInsurance, signingExpiry, underDelivered, designationDeadlines, ltcExpiry];
