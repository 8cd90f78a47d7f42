import type { Role } from '../shared/roles.ts';

/** Beds are set up by whoever keeps the roster: the clerk, and the director above them. */
export const BED_EDITORS: readonly Role[] = ['director', 'clerk'];
