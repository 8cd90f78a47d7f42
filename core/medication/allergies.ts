import type { Db } from '../../db/open.ts';
import { activeAllergies, drugAllergiesOf } from '../records/queries.ts';
import type { Allergy } from './allergyCheck.ts';

/**
 * The health-record area keeps residents' allergies; prescribing and the due lists read them here, the one place,
 * so an allergy entered on the record blocks a conflicting order at once. The flag tells the screens that an empty
 * list means "none recorded", not "not recorded by this app".
 */
export const ALLERGIES_RECORDED = true;

/** The resident's allergies in force (not deleted), the severe first. */
export function residentAllergies(db: Db, residentId: number): Allergy[] {
  return activeAllergies(db, residentId);
}

/** The drug allergies of a floor's residents in one read, for the due list's warnings. */
export const residentsDrugAllergies = (db: Db, residentIds: readonly number[]): Map<number, string[]> => drugAllergiesOf(db, residentIds);
