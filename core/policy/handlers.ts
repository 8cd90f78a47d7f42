import { defineArea, method } from '../api/define.ts';
import { emptyInput } from '../shared/fields.ts';
import { requireInstitution } from '../institution/queries.ts';
import { allProfiles, findProfile } from './queries.ts';
import { checkHome } from './check.ts';
import { COMPLIANCE_READERS } from './access.ts';
import { describeParameters, describeProfile } from './describe.ts';

export const policyArea = defineArea('policy', {
  /** The regions a home can choose at setup (public: the setup screen comes before any sign-in). */
  'policy.profiles': method({
    kind: 'read',
    access: 'public',
    input: emptyInput,
    handler: () => allProfiles().map((p) => ({ code: p.code, name: p.name, description: p.description })),
  }),
  /**
   * The rule checker: every rule of the home's profile held to the home's data, each finding with its clause,
   * the data it looked at and what to do (core/policy/checks/registry.ts).
   */
  'policy.check': method({
    kind: 'read',
    access: COMPLIANCE_READERS,
    input: emptyInput,
    handler: (ctx) => checkHome(ctx.db, ctx.today),
  }),
  /** The home's region profile in words, with the clause behind every value. */
  'policy.currentProfile': method({
    kind: 'read',
    access: 'signedIn',
    input: emptyInput,
    handler: (ctx) => {
      const profile = findProfile(requireInstitution(ctx.db).regionCode);
      return profile
        ? { name: profile.name, description: profile.description, rules: [...describeProfile(profile), ...describeParameters(profile)] }
        : null;
    },
  }),
});
