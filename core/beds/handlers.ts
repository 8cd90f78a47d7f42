import { defineArea, method } from '../api/define.ts';
import { emptyInput } from '../shared/fields.ts';
import { BED_EDITORS } from './access.ts';
import { addBedsInput, bedMapInput, setBedActiveInput } from './schema.ts';
import { floorSummaries, listBeds } from './queries.ts';
import { addBeds } from './add.ts';
import { setBedActive } from './setActive.ts';
import { healthTags } from '../records/queries.ts';

export const bedsArea = defineArea('beds', {
  /** 床位图: every bed of one floor (or all) with its occupant. */
  'beds.map': method({
    kind: 'read',
    access: 'signedIn',
    input: bedMapInput,
    handler: (ctx, input) => {
      // The occupants' tags (allergy, 住院中 with the bed kept, 安宁疗护) from the records area.
      const tags = healthTags(ctx.db);
      const beds = listBeds(ctx.db, ctx.today, input.floor).map((b) => ({ ...b, occupant: b.occupant && { ...b.occupant, tags: tags(b.occupant.residentId) } }));
      return { floors: floorSummaries(ctx.db), beds };
    },
  }),
  /** The floors with their bed counts: what a floor filter needs, without every bed and occupant. */
  'beds.floors': method({ kind: 'read', access: 'signedIn', input: emptyInput, handler: (ctx) => floorSummaries(ctx.db) }),
  // The 总览 counts beds per floor from the residents area.
  'beds.add': method({ kind: 'write', access: BED_EDITORS, input: addBedsInput, changes: ['beds', 'residents'], handler: addBeds }),
  'beds.setActive': method({
    kind: 'write',
    access: BED_EDITORS,
    input: setBedActiveInput,
    changes: ['beds', 'residents'],
    handler: (ctx, input) => setBedActive(ctx, input.bedId, input.active),
  }),
});
