import type { Role } from '../shared/roles.ts';

/** Who sees the stock and its alerts: the clinic and the director. */
export const STOCK_READERS: readonly Role[] = ['director', 'doctor', 'nurse'];
/** Who receives, dispenses, writes off and counts: the clinic's doctor and nurses. */
export const STOCK_KEEPERS: readonly Role[] = ['doctor', 'nurse'];
/** Who writes off an expired batch or records a stock-take: also the director (who answers for it at inspection). */
export const STOCK_CHECKERS: readonly Role[] = ['director', 'doctor', 'nurse'];
/** 代配药: caregivers fetch medicine for residents too. */
export const PROXY_RECORDERS: readonly Role[] = ['director', 'doctor', 'nurse', 'caregiver'];
