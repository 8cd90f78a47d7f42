import type { Db } from '../../db/open.ts';
import type { Allergy } from './allergyCheck.ts';

/**
 * Whether the app records residents' allergies yet. The health-record area keeps them and publishes
 * `activeAllergies(db, residentId)` in core/records/queries.ts; that area is not merged into this branch yet.
 * When it is, this becomes true and residentAllergies below returns activeAllergies(db, residentId): the one
 * place prescribing and the due lists read allergies.
 */
export const ALLERGIES_RECORDED = false;

/** The resident's allergies in force (none are recorded until the health-record area is merged, see above). */
export function residentAllergies(_db: Db, _residentId: number): Allergy[] {
  return [];
}
