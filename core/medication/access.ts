import type { Role } from '../shared/roles.ts';

/** Who sees orders and the shift's due list: the clinic, the director, and the caregivers who give the doses. */
export const ORDER_READERS: readonly Role[] = ['director', 'doctor', 'nurse', 'caregiver'];
/**
 * Who writes and stops orders: the doctor; the nurse only transcribes another hospital's prescription
 * (checked in orders.ts). Caregivers never edit orders.
 */
export const ORDER_WRITERS: readonly Role[] = ['doctor', 'nurse'];
/** Who records that a dose was given, refused, held or missed. */
export const DOSE_RECORDERS: readonly Role[] = ['doctor', 'nurse', 'caregiver'];
/** The late/missed report and the month's MAR: the clinic, the director and the caregivers at handover. */
export const MAR_READERS: readonly Role[] = ['director', 'doctor', 'nurse', 'caregiver'];
