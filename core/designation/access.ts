import type { Role } from '../shared/roles.ts';

/** Who sees the designation work (eligibility, applications, materials): the director, the clinic's doctor, the office. */
export const DESIGNATION_READERS: readonly Role[] = ['director', 'doctor', 'clerk'];
/** Who walks an application and keeps what it needs on file: the director (the clerk prepares, the director submits). */
export const DESIGNATION_EDITORS: readonly Role[] = ['director', 'clerk'];
/** Submitting, outcomes, agreements, suspension and exit commit the institution: the director's. */
export const DESIGNATION_DIRECTORS: readonly Role[] = ['director'];
/** 长护险 levels are read by the clinic and the office, and recorded by them from the agency's conclusion. */
export const LTC_READERS: readonly Role[] = ['director', 'doctor', 'nurse', 'clerk'];
export const LTC_EDITORS: readonly Role[] = ['director', 'doctor', 'nurse', 'clerk'];
