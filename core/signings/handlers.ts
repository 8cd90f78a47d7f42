import { defineArea, method } from '../api/define.ts';
import { entityId, z } from '../shared/fields.ts';
import { SIGNING_EDITORS, SIGNING_READERS } from './access.ts';
import { coverageInput, removeSigningInput, signInput, updateSigningInput } from './schema.ts';
import { readCoverage } from './coverage.ts';
import { removeSigning, sign, updateSigning } from './sign.ts';
import { signingsOf } from './queries.ts';

export const signingsArea = defineArea('signings', {
  /** 家庭医生签约覆盖率 for all and 65+ against the profile's target, with who is not signed or expires soon. */
  'signings.coverage': method({ kind: 'read', access: SIGNING_READERS, input: coverageInput, handler: (ctx, input) => readCoverage(ctx.db, ctx.today, input) }),
  'signings.ofResident': method({
    kind: 'read',
    access: SIGNING_READERS,
    input: z.object({ residentId: entityId('老人') }).strict(),
    handler: (ctx, input) => signingsOf(ctx.db, input.residentId),
  }),
  'signings.sign': method({ kind: 'write', access: SIGNING_EDITORS, input: signInput, handler: sign, changes: ['signings', 'deadlines'] }),
  'signings.update': method({ kind: 'write', access: SIGNING_EDITORS, input: updateSigningInput, handler: updateSigning, changes: ['signings', 'deadlines'] }),
  'signings.remove': method({ kind: 'write', access: SIGNING_EDITORS, input: removeSigningInput, handler: removeSigning, changes: ['signings', 'deadlines'] }),
});
