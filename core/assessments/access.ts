import type { Role } from '../shared/roles.ts';

/** Who assesses residents: nurses and doctors (docs/domain.md), and the director who oversees them. */
export const ASSESSORS: readonly Role[] = ['director', 'doctor', 'nurse'];
/**
 * An ability level assessed elsewhere (外部评估) is typed by whoever admits the resident (the clerk) or by an assessor.
 */
export const EXTERNAL_RECORDERS: readonly Role[] = ['director', 'doctor', 'nurse', 'clerk'];
/** Removing an assessment entered in error, and restoring it. */
export const ASSESSMENT_DELETERS: readonly Role[] = ['director', 'doctor', 'nurse'];
/** Levels and risks are read by everyone who cares for the residents, caregivers included (fall and pressure-injury risk). */
export const ASSESSMENT_READERS: readonly Role[] = ['director', 'doctor', 'nurse', 'caregiver', 'clerk'];
/** One assessment printed for the file. */
export const ASSESSMENT_PRINTERS: readonly Role[] = ['director', 'doctor', 'nurse'];
