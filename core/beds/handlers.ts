import { method } from '../api/define.ts';
import { ROSTER_EDITORS } from '../auth/roles.ts';
import { addBedsInput, bedMapInput, setBedActiveInput } from './schema.ts';
import { addBeds, floorSummaries, listBeds, setBedActive } from './service.ts';

export const bedMethods = {
  /** 床位图: every bed of one floor (or all) with its occupant. */
  'beds.map': method({
    kind: 'read',
    access: 'signedIn',
    input: bedMapInput,
    handler: (ctx, input) => ({ floors: floorSummaries(ctx.db), beds: listBeds(ctx.db, ctx.today, input.floor) }),
  }),
  'beds.add': method({ kind: 'write', access: ROSTER_EDITORS, input: addBedsInput, handler: addBeds }),
  'beds.setActive': method({
    kind: 'write',
    access: ROSTER_EDITORS,
    input: setBedActiveInput,
    handler: (ctx, input) => setBedActive(ctx, input.bedId, input.active),
  }),
};
