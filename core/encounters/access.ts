import type { Role } from '../shared/roles.ts';

/** Who reads encounters and the clinic's monthly report: the clinic's staff and the director. */
export const ENCOUNTER_READERS: readonly Role[] = ['director', 'doctor', 'nurse'];
/**
 * Who records them: the doctor, and the nurse who does the round or the infusion (the record names the doctor
 * who saw the resident, an account with the doctor's post).
 */
export const ENCOUNTER_WRITERS: readonly Role[] = ['doctor', 'nurse'];
/** Deleting an entry made in error, and restoring it. */
export const ENCOUNTER_DELETERS: readonly Role[] = ['director', 'doctor'];
/** The monthly report is printed for 卫健 and 医保 by the director or the clinic. */
export const MONTHLY_READERS: readonly Role[] = ['director', 'doctor', 'nurse', 'clerk'];
