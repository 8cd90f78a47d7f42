import { defineArea, method } from '../api/define.ts';
import { emptyInput } from '../shared/fields.ts';
import { requireInstitution } from '../institution/queries.ts';
import { allProfiles, findProfile } from './queries.ts';
import { checkClinicByBeds } from './checks/clinicByBeds.ts';
import { describeParameters, describeProfile } from './describe.ts';

export const policyArea = defineArea('policy', {
  /** The regions a home can choose at setup (public: the setup screen comes before any sign-in). */
  'policy.profiles': method({
    kind: 'read',
    access: 'public',
    input: emptyInput,
    handler: () => allProfiles().map((p) => ({ code: p.code, name: p.name, description: p.description })),
  }),
  /** Rule checks that apply to the home as it is set up; each says which profile and clause it applied. */
  'policy.findings': method({
    kind: 'read',
    access: 'signedIn',
    input: emptyInput,
    handler: (ctx) => {
      const institution = requireInstitution(ctx.db);
      const profile = findProfile(institution.regionCode);
      if (!profile) return [];
      return [checkClinicByBeds(profile, institution.licensedBeds)].filter((f) => f !== null);
    },
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
