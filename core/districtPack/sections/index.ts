import type { PackSectionDef } from '../define.ts';
import { civilAffairsSection } from './civilAffairs.ts';
import { healthCommissionSection } from './healthCommission.ts';
import { centreSection } from './centre.ts';
import { medicalInsuranceSection } from './medicalInsurance.ts';
import { insuranceBillingSection } from './insuranceBilling.ts';

/**
 * The pack's sections in print order: by authority (民政, 卫健, 医保), and within one from the home's own standing to
 * what it did — the clinic before the contracted centre; the designation and 长护险 levels before what was billed.
 * A figure is in one section only. Add one: a file beside this and a line here.
 */
export const PACK_SECTIONS: readonly PackSectionDef[] = [civilAffairsSection, healthCommissionSection, centreSection, medicalInsuranceSection, insuranceBillingSection];
