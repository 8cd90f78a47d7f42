import type { Role } from '../shared/roles.ts';

/** Who sees the clinic's records (医务室信息, staff and licences): everyone but caregivers, who need none of it. */
export const CLINIC_READERS: readonly Role[] = ['director', 'doctor', 'nurse', 'clerk'];
/** Who keeps them: the director, and the clinic's doctor who runs it day to day. */
export const CLINIC_EDITORS: readonly Role[] = ['director', 'doctor'];
/** Deleting an entry made in error, and restoring it, is the director's. */
export const CLINIC_DELETERS: readonly Role[] = ['director'];
