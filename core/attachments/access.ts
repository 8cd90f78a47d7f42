import type { Role } from '../shared/roles.ts';

/** Scans belong to the records that office and clinic staff keep (agreements, licences, applications). */
export const ATTACHMENT_WRITERS: readonly Role[] = ['director', 'clerk', 'doctor', 'nurse'];
