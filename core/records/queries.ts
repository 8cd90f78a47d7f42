import type { Db } from '../../db/open.ts';
import { stmt } from '../shared/statements.ts';
import { bedLabel } from '../beds/schema.ts';
import { entriesOf, type Entry } from './entries.ts';
import type { AllergyCategory, AllergySeverity, EntryKind } from './schema.ts';

// The records area's published reads: allergies (the clinic's prescribing checks them), who has allergies, who is in
// hospital or in hospice care (the tags on every list), the chronic conditions, and the facts of a resident's record
// as the health-record filing will print them (docs/health-record-data.md).

export interface ActiveAllergy {
  id: number;
  category: AllergyCategory;
  substance: string;
  reaction: string;
  severity: AllergySeverity;
}

/** A resident's allergies in force (recorded and not removed), the most severe first. */
export function activeAllergies(db: Db, residentId: number): ActiveAllergy[] {
  return stmt<ActiveAllergy>(
    db,
    `SELECT id, category, substance, reaction, severity FROM allergies INDEXED BY allergies_active
     WHERE resident_id = ? AND deleted_at IS NULL
     ORDER BY CASE severity WHEN 'severe' THEN 0 WHEN 'moderate' THEN 1 ELSE 2 END, id`,
  ).all(residentId);
}

/** The drug allergies in force of several residents at once (a floor's due list), each resident's most severe first. */
export function drugAllergiesOf(db: Db, residentIds: readonly number[]): Map<number, string[]> {
  const rows = stmt<{ resident_id: number; substance: string }>(
    db,
    `SELECT a.resident_id, a.substance FROM json_each(?) j JOIN allergies a INDEXED BY allergies_active ON a.resident_id = j.value
     WHERE a.deleted_at IS NULL AND a.category = 'drug'
     ORDER BY a.resident_id, CASE a.severity WHEN 'severe' THEN 0 WHEN 'moderate' THEN 1 ELSE 2 END, a.id`,
  ).all(JSON.stringify(residentIds));
  const map = new Map<number, string[]>();
  for (const r of rows) map.set(r.resident_id, [...(map.get(r.resident_id) ?? []), r.substance]);
  return map;
}

/**
 * Every resident with an allergy in force and the substances, for the red tag on lists of many (the roster of 2,000,
 * the bed map, the roster filings): the partial index's entries and one row read per allergy.
 */
export function allergySummaries(db: Db): Map<number, string[]> {
  const rows = stmt<{ resident_id: number; substance: string }>(
    db,
    `SELECT resident_id, substance FROM allergies INDEXED BY allergies_active WHERE deleted_at IS NULL ORDER BY resident_id, id`,
  ).all();
  const map = new Map<number, string[]>();
  for (const r of rows) map.set(r.resident_id, [...(map.get(r.resident_id) ?? []), r.substance]);
  return map;
}

export interface HospitalStay {
  referralId: number;
  hospital: string;
  since: string;
}

/** Residents in hospital now: an open referral that admitted them (住院中; they keep their bed). */
export function hospitalStays(db: Db): Map<number, HospitalStay> {
  const rows = stmt<{ resident_id: number; id: number; hospital: string; referred_on: string }>(
    db,
    `SELECT resident_id, id, hospital, referred_on FROM referrals INDEXED BY referrals_open
     WHERE returned_on IS NULL AND deleted_at IS NULL AND admitted = 1`,
  ).all();
  return new Map(rows.map((r) => [r.resident_id, { referralId: r.id, hospital: r.hospital, since: r.referred_on }]));
}

/** Residents in hospice care now (an open 安宁疗护 period) and since when. */
export function hospiceResidents(db: Db): Map<number, string> {
  const rows = stmt<{ resident_id: number; started_on: string }>(
    db,
    'SELECT resident_id, started_on FROM hospice_periods INDEXED BY hospice_one_open WHERE ended_on IS NULL AND deleted_at IS NULL',
  ).all();
  return new Map(rows.map((r) => [r.resident_id, r.started_on]));
}

/** A resident's chronic conditions in force, with their ICD-10 codes ('' when typed as text). */
export function activeConditions(db: Db, residentId: number): { icd10: string; name: string }[] {
  return stmt<{ icd10: string; name: string }>(
    db,
    `SELECT icd10, name FROM conditions WHERE resident_id = ? AND status = 'active' AND deleted_at IS NULL ORDER BY id`,
  ).all(residentId);
}

/** Long-term medication from outside prescriptions still taken (not stopped), for the annual exam's 主要用药情况. */
export function currentOutsideMedications(db: Db, residentId: number) {
  return stmt<{ drug: string; dose: string; route: string; frequency: string; startedOn: string | null }>(
    db,
    `SELECT drug, dose, route, frequency, started_on AS startedOn FROM outside_medications
     WHERE resident_id = ? AND stopped_on IS NULL AND deleted_at IS NULL ORDER BY id`,
  ).all(residentId);
}

/** Vaccinations between two dates (the annual exam's 非免疫规划预防接种史 of the last year). */
export function vaccinationsBetween(db: Db, residentId: number, from: string, to: string) {
  return stmt<{ vaccineName: string; givenOn: string; institution: string }>(
    db,
    `SELECT vaccine_name AS vaccineName, given_on AS givenOn, institution FROM vaccinations
     WHERE resident_id = ? AND deleted_at IS NULL AND given_on BETWEEN ? AND ? ORDER BY given_on`,
  ).all(residentId, from, to);
}

/** Hospital stays between two dates (the annual exam's 住院治疗情况 of the last year). */
export function admissionsBetween(db: Db, residentId: number, from: string, to: string) {
  return stmt<{ referredOn: string; returnedOn: string | null; hospital: string; reason: string; dischargeDiagnosis: string }>(
    db,
    `SELECT referred_on AS referredOn, returned_on AS returnedOn, hospital, reason, discharge_diagnosis AS dischargeDiagnosis FROM referrals
     WHERE resident_id = ? AND deleted_at IS NULL AND admitted = 1 AND referred_on <= ? AND coalesce(returned_on, ?) >= ?
     ORDER BY referred_on`,
  ).all(residentId, to, to, from);
}

/**
 * The facts of a resident's record for the health-record filing, each kind in force only (deleted entries left out),
 * in the order entered: history, allergies, conditions, outside medication, hospice periods, vaccinations, referrals.
 */
export function healthRecordFacts(db: Db, residentId: number): Record<EntryKind, Entry[]> {
  const live = (kind: EntryKind) => entriesOf(db, kind, residentId).filter((e) => e.deletedAt === null);
  return {
    history: live('history'),
    allergy: live('allergy'),
    condition: live('condition'),
    medication: live('medication'),
    hospice: live('hospice'),
    vaccination: live('vaccination'),
    referral: live('referral'),
  };
}

/** What every list shows beside a resident's name: the red allergy tag, 住院中, 安宁疗护. */
export interface HealthTags {
  /** Substances the resident is allergic to (in force); empty: no tag. */
  allergies: string[];
  hospital: HospitalStay | null;
  hospiceSince: string | null;
}

export const NO_TAGS: HealthTags = { allergies: [], hospital: null, hospiceSince: null };

/**
 * The tags of the residents of a list, for lists of many: three reads of partial indexes — for the residents given
 * (a roster page of 100: by resident id), or for everyone who has any (the bed map). `tagsOf(id)` gives a
 * resident's (NO_TAGS when none).
 */
export function healthTags(db: Db, residentIds?: readonly number[]): (residentId: number) => HealthTags {
  const only = residentIds === undefined ? '' : 'AND resident_id IN (SELECT value FROM json_each(@ids))';
  const params = residentIds === undefined ? {} : { ids: JSON.stringify(residentIds) };
  const allergies = new Map<number, string[]>();
  for (const r of stmt<{ resident_id: number; substance: string }>(
    db,
    `SELECT resident_id, substance FROM allergies INDEXED BY allergies_active WHERE deleted_at IS NULL ${only} ORDER BY resident_id, id`,
  ).all(params)) {
    allergies.set(r.resident_id, [...(allergies.get(r.resident_id) ?? []), r.substance]);
  }
  const hospital = new Map(
    stmt<{ resident_id: number; id: number; hospital: string; referred_on: string }>(
      db,
      `SELECT resident_id, id, hospital, referred_on FROM referrals INDEXED BY referrals_open
       WHERE returned_on IS NULL AND deleted_at IS NULL AND admitted = 1 ${only}`,
    )
      .all(params)
      .map((r) => [r.resident_id, { referralId: r.id, hospital: r.hospital, since: r.referred_on }]),
  );
  const hospice = new Map(
    stmt<{ resident_id: number; started_on: string }>(
      db,
      `SELECT resident_id, started_on FROM hospice_periods INDEXED BY hospice_one_open WHERE ended_on IS NULL AND deleted_at IS NULL ${only}`,
    )
      .all(params)
      .map((r) => [r.resident_id, r.started_on]),
  );
  return (id) => {
    const a = allergies.get(id);
    const h = hospital.get(id);
    const s = hospice.get(id);
    return a || h || s ? { allergies: a ?? [], hospital: h ?? null, hospiceSince: s ?? null } : NO_TAGS;
  };
}

/**
 * Residents in residence whose health record holds neither a history entry nor a condition: the record was never
 * started. Count and the first `limit`, longest in the home first (the self-inspection, core/inspection).
 */
export function recordsNotStarted(db: Db, limit: number) {
  const rows = stmt<{ id: number; name: string; room: string; bed_no: string; admission_date: string }>(
    db,
    `SELECT r.id, r.name, b.room, b.bed_no, r.admission_date FROM residents r INDEXED BY residents_status JOIN beds b ON b.id = r.bed_id
     WHERE r.status = 'in_residence' AND r.deleted_at IS NULL
       AND NOT EXISTS (SELECT 1 FROM medical_history h WHERE h.resident_id = r.id AND h.deleted_at IS NULL)
       AND NOT EXISTS (SELECT 1 FROM conditions c WHERE c.resident_id = r.id AND c.deleted_at IS NULL)
     ORDER BY r.admission_date, r.id`,
  ).all();
  return {
    count: rows.length,
    first: rows.slice(0, limit).map((r) => ({ residentId: r.id, name: r.name, bedLabel: bedLabel(r.room, r.bed_no), admittedOn: r.admission_date })),
  };
}

/** How many residents in residence have at least one allergy recorded (the others read as “none known”). */
export function residentsWithAllergies(db: Db): number {
  return stmt<number>(
    db,
    `SELECT count(DISTINCT a.resident_id) FROM allergies a INDEXED BY allergies_active JOIN residents r ON r.id = a.resident_id
     WHERE a.deleted_at IS NULL AND r.status = 'in_residence' AND r.deleted_at IS NULL`,
  )
    .pluck()
    .get()!;
}
