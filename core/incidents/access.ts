import type { Role } from '../shared/roles.ts';
import { ROLES } from '../shared/roles.ts';

/** Whoever sees an incident reports it — caregivers most of all, who are there when someone falls. */
export const INCIDENT_REPORTERS: readonly Role[] = ROLES;
/** Correcting a report, recording the family call and closing the follow-up: the clinic and the office. */
export const INCIDENT_EDITORS: readonly Role[] = ['director', 'doctor', 'nurse', 'clerk'];
/** Deleting a report made in error (it stays, marked, and can be restored) is the director's. */
export const INCIDENT_DELETERS: readonly Role[] = ['director'];
