import type { Role } from '../shared/roles.ts';

/** Who reads the infection-control registers and the waste register: the clinic, the director and the caregivers who record in them. */
export const INFECTION_READERS: readonly Role[] = ['director', 'doctor', 'nurse', 'caregiver'];
/** Who records disinfection, cases and waste: the clinic's staff; caregivers disinfect and collect waste too. */
export const INFECTION_RECORDERS: readonly Role[] = ['doctor', 'nurse', 'caregiver'];
/** Infection cases (a diagnosis, isolation) are the clinic's. */
export const CASE_WRITERS: readonly Role[] = ['doctor', 'nurse'];
