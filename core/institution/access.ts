import type { Role } from '../shared/roles.ts';

/** 机构信息 is the director's to change (its name, beds and region decide which rules apply); everyone may read it. */
export const INSTITUTION_EDITORS: readonly Role[] = ['director'];
