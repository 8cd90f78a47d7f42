import type { Role } from '../shared/roles.ts';

/** Signing, changing and deleting an agreement: the director signs it (docs/domain.md); the clerk keeps the papers. */
export const AGREEMENT_EDITORS: readonly Role[] = ['director', 'clerk'];
/** Recording the centre's visits: the home's nurse signs each off (docs/domain.md); doctor and director may too. */
export const VISIT_RECORDERS: readonly Role[] = ['director', 'doctor', 'nurse'];
/** Deleting a visit entered in error. */
export const VISIT_DELETERS: readonly Role[] = ['director'];
/** The agreements, visits and 服务到位 are for the clinic and the office; caregivers have no part in them. */
export const AGREEMENT_READERS: readonly Role[] = ['director', 'doctor', 'nurse', 'clerk'];
