import type { Db } from '../../db/open.ts';
import { requireInstitution } from '../institution/queries.ts';
import { findProfile } from './queries.ts';
import { countFindings, runChecks } from './checks/registry.ts';
import { gatherHome } from './homeData.ts';

/** The whole rule check of the home against its region's profile: every finding, and how many of each. */
export function checkHome(db: Db, today: string) {
  const institution = requireInstitution(db);
  const profile = findProfile(institution.regionCode);
  if (!profile) return { profile: institution.regionCode, checkedOn: today, findings: [], counts: countFindings([]) };
  const findings = runChecks(profile, gatherHome(db, today));
  return { profile: profile.name, checkedOn: today, findings, counts: countFindings(findings) };
}

export type HomeCheck = ReturnType<typeof checkHome>;
