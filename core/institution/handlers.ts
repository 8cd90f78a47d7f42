import { defineArea, method } from '../api/define.ts';
import { emptyInput } from '../shared/fields.ts';
import { INSTITUTION_EDITORS } from './access.ts';
import { institutionInput } from './schema.ts';
import { requireInstitution } from './queries.ts';
import { updateInstitution } from './save.ts';

export const institutionArea = defineArea('institution', {
  'institution.get': method({
    kind: 'read',
    access: 'signedIn',
    input: emptyInput,
    handler: (ctx) => requireInstitution(ctx.db),
  }),
  'institution.update': method({
    kind: 'write',
    access: INSTITUTION_EDITORS,
    input: institutionInput,
    // The name heads every screen; beds and region decide the policy findings.
    changes: ['institution', 'auth', 'policy'],
    handler: updateInstitution,
  }),
});
