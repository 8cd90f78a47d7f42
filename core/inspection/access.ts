import type { Role } from '../shared/roles.ts';

/**
 * Who runs the self-inspection and prints it: the director, who answers to the inspectors, and the doctor, who keeps
 * the clinic's records it looks at. It lists residents' names with their clinical gaps (missed doses, overdue
 * assessments) across the whole home, so not the clerk or caregivers; a nurse sees her own lists on the 总览.
 */
export const INSPECTION_READERS: readonly Role[] = ['director', 'doctor'];
