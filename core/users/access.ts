import type { Role } from './roles.ts';

/** Accounts are the director's: who works here, in which post, and their passwords. */
export const USER_ADMINS: readonly Role[] = ['director'];
