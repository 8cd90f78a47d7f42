import type { Role } from '../shared/roles.ts';

/** Who sees the rule checker's findings and prints them: everyone but caregivers. */
export const COMPLIANCE_READERS: readonly Role[] = ['director', 'doctor', 'nurse', 'clerk'];
