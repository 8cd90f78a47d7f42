import type { Role } from '../shared/roles.ts';

/** Who enters and corrects vital signs: nurses first (docs/domain.md), doctors, and the director who oversees. */
export const VITALS_RECORDERS: readonly Role[] = ['director', 'doctor', 'nurse'];
/**
 * Who sees readings, trends and today's abnormal list: also the caregivers, who look after the residents
 * hour by hour and must know who has a fever (they see names, beds and ages, never 身份证 numbers).
 */
export const VITALS_READERS: readonly Role[] = ['director', 'doctor', 'nurse', 'caregiver'];
/** Restoring a reading deleted as entered in error is the director's, as restoring a resident is. */
export const VITALS_RESTORERS: readonly Role[] = ['director'];
/** The blank round sheet holds names and beds only: everyone who may go round with it, and the clerk who prints. */
export const ROUND_SHEET_PRINTERS: readonly Role[] = ['director', 'doctor', 'nurse', 'caregiver', 'clerk'];
/** The printed abnormal list is clinical: those who record and treat. */
export const ABNORMAL_LIST_PRINTERS: readonly Role[] = ['director', 'doctor', 'nurse'];
