import type { Role } from '../shared/roles.ts';

/** The audit log is the director's to read: it names every person and every change. */
export const AUDIT_READERS: readonly Role[] = ['director'];
