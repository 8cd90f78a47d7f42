import type { Role } from '../shared/roles.ts';

/** Recording a resident's family-doctor signing: the clinic and the office (the clerk keeps the signed forms). */
export const SIGNING_EDITORS: readonly Role[] = ['director', 'doctor', 'nurse', 'clerk'];
export const SIGNING_READERS: readonly Role[] = ['director', 'doctor', 'nurse', 'clerk'];
