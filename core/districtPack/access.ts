import type { Role } from '../shared/roles.ts';

/** The pack names residents and staff: the director and the office, who hand it to the district. */
export const PACK_READERS: readonly Role[] = ['director', 'clerk'];
