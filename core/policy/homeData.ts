import type { Db } from '../../db/open.ts';
import { requireInstitution } from '../institution/queries.ts';
import { activeStaff, clinicAgreements, clinicProfile, clinicRooms } from '../clinic/queries.ts';
import { encounterFacts } from '../encounters/queries.ts';
import { designationFacts } from '../designation/queries.ts';
import { stockFacts } from '../stock/queries.ts';
import { infectionFacts, wasteFacts } from '../infection/queries.ts';
import { findProfile } from './queries.ts';
import { centreFacts } from './centreFacts.ts';
import type { HomeData } from './checks/home.ts';

/**
 * The home's data for the rule checks, read through the areas' published queries: a handful of small indexed
 * reads, so the whole check stays within milliseconds however long the home's history (bench: 合规检查).
 */
export function gatherHome(db: Db, today: string): HomeData {
  const clinic = clinicProfile(db);
  return {
    today,
    licensedBeds: requireInstitution(db).licensedBeds,
    clinic,
    rooms: clinicRooms(db).map(({ id, kind, name, areaM2 }) => ({ id, kind, name, areaM2 })),
    agreements: clinicAgreements(db).map(({ id, kind, partner, startsOn, endsOn }) => ({ id, kind, partner, startsOn, endsOn })),
    staff: activeStaff(db, today),
    encounters: encounterFacts(db, today),
    stock: stockFacts(db, today),
    // The register is held to the home's storage limit here, where the profile is at hand.
    waste: wasteFacts(db, today, findProfile(requireInstitution(db).regionCode)?.rules.medicalWasteStorage?.value.maxStorageDays ?? null),
    infection: infectionFacts(db),
    centre: centreFacts(db, today),
    designation: designationFacts(db),
  };
}
