import type { Role } from '../shared/roles.ts';

/** Accounts are the director's: who works here, in which post, and their passwords. */
export const USER_ADMINS: readonly Role[] = ['director'];
