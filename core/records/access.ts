import type { Role } from '../shared/roles.ts';

/** Who keeps the health record up: the clinic's doctor and nurses, and the director who oversees them (docs/domain.md). */
export const RECORD_EDITORS: readonly Role[] = ['director', 'doctor', 'nurse'];
/**
 * Who reads the record. Caregivers feed and move the residents: they must see allergies, hospice care and a hospital
 * stay, so they read the record too (not the audit log, not the identity numbers).
 */
export const RECORD_READERS: readonly Role[] = ['director', 'doctor', 'nurse', 'caregiver'];
/** The open referrals list is also the clerk's: a hospital stay keeps the bed and touches the bill. */
export const REFERRAL_LIST_READERS: readonly Role[] = ['director', 'doctor', 'nurse', 'caregiver', 'clerk'];
