import type { PackSectionDef } from '../define.ts';
import { civilAffairsSection } from './civilAffairs.ts';
import { centreSection } from './centre.ts';
import { medicalInsuranceSection } from './medicalInsurance.ts';

/** The pack's sections in print order, 民政 first. Add one: a file beside this and a line here. */
export const PACK_SECTIONS: readonly PackSectionDef[] = [civilAffairsSection, centreSection, medicalInsuranceSection];
