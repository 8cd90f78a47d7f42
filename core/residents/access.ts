import type { Role } from '../shared/roles.ts';

/** Who may change the roster: the clerk does admissions and discharges, the director oversees (docs/domain.md). */
export const ROSTER_EDITORS: readonly Role[] = ['director', 'clerk'];
/** Who may see whole 身份证 numbers and birth dates, and print or export the roster; caregivers see names, beds and ages. */
export const ROSTER_FULL_VIEW: readonly Role[] = ['director', 'clerk', 'doctor', 'nurse'];
/** Deleting an entry made in error, and restoring it, is the director's. */
export const ROSTER_DELETERS: readonly Role[] = ['director'];
