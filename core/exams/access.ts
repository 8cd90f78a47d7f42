import type { Role } from '../shared/roles.ts';

/** The annual exam is done by the clinic's doctor and nurses (or the contracted centre's, entered by them). */
export const EXAMINERS: readonly Role[] = ['director', 'doctor', 'nurse'];
/** Who reads exams (health data) and prints them. */
export const EXAM_READERS: readonly Role[] = ['director', 'doctor', 'nurse'];
/** The due list is also the clerk's: the clerk arranges the exam day with the community centre. */
export const DUE_LIST_READERS: readonly Role[] = ['director', 'doctor', 'nurse', 'clerk'];
