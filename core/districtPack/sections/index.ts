import type { PackSectionDef } from '../define.ts';
import { civilAffairsSection } from './civilAffairs.ts';
import { healthCommissionSection } from './healthCommission.ts';
import { insuranceBillingSection } from './insuranceBilling.ts';

/** The pack's sections in print order: by authority (民政, 卫健, 医保). Add one: a file beside this and a line here. */
export const PACK_SECTIONS: readonly PackSectionDef[] = [civilAffairsSection, healthCommissionSection, insuranceBillingSection];
