import type { Role } from '../shared/roles.ts';

/** Backups and restore are the director's: a restore replaces everyone's data. */
export const BACKUP_OPERATORS: readonly Role[] = ['director'];
