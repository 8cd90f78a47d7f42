import type { Db } from '../../db/open.ts';
import type { Authority, RegionProfile } from '../policy/schema.ts';
import type { Evidence, InspectionStatus } from './schema.ts';

/** What a record check knows besides the database: the day, the moment ('YYYY-MM-DD HH:MM') and the home's profile. */
export interface RecordEnv {
  today: string;
  moment: string;
  profile: RegionProfile;
}

/** What one record check concluded; the registry adds the label, authority and basis. */
export interface RecordResult {
  status: InspectionStatus;
  summary: string;
  evidence: Evidence[];
  more: number;
  fix: string;
  link: string | null;
  /** A value applied here comes from the profile marked unverified (待核实). */
  unverified?: boolean;
  note?: string | null;
}

/**
 * One line of the reference's inspection checklist (designation-and-filings.md §6.2): records that must exist and be
 * current. `gather` reads the facts through the owning areas' queries (indexed reads only); `judge` is a pure
 * function of them, so each check is tested at its boundaries with plain data. A new one is a file in records/ and a
 * line in registry.ts.
 */
export interface RecordCheck<F> {
  key: string;
  label: string;
  authority: Authority;
  /** The clause that asks for the record, and the checklist line (shown and printed with every finding). */
  basis: string;
  gather(db: Db, env: RecordEnv): F;
  judge(facts: F, env: RecordEnv): RecordResult;
}

export function defineRecordCheck<F>(def: RecordCheck<F>): RecordCheck<F> {
  return def;
}

/** How many records a finding names before it says “等 N 条”. */
export const EVIDENCE_LIMIT = 5;

/** A result with no records behind it. */
export const outcome = (status: InspectionStatus, summary: string, fix = '', link: string | null = null, evidence: Evidence[] = [], more = 0): RecordResult => ({
  status,
  summary,
  evidence,
  more,
  fix,
  link,
});

/** The record page of a resident. */
export const recordLink = (residentId: number) => `#/residents/${residentId}/record`;
