import type { FindingStatus, RuleKey, Rules } from '../schema.ts';
import type { HomeData } from './home.ts';

/** Who supervises what a rule is about; the profile's supervisionSplit names the authority (001 (十四), 003 第17条). */
export type Domain = 'medical' | 'care' | 'funds';

/** What one check concluded about one thing; the registry adds the rule, profile, clause and authority. */
export interface CheckResult {
  status: FindingStatus;
  looked: string;
  fix: string;
  link: string | null;
}

export type RuleValue<K extends RuleKey> = NonNullable<Rules[K]>['value'];

/**
 * A check of one rule: it takes the rule's value from the home's profile and the home's data, and returns at
 * least one result. Adding one is a file in core/policy/checks/ and a line in checks/registry.ts.
 */
export interface CheckDef<K extends RuleKey> {
  rule: K;
  domain: Domain;
  run(value: RuleValue<K>, home: HomeData): CheckResult[];
}

export function defineCheck<K extends RuleKey>(def: CheckDef<K>): CheckDef<K> {
  return def;
}

export const result = (status: FindingStatus, looked: string, fix = '', link: string | null = null): CheckResult => ({ status, looked, fix, link });

/** The clinic when one is set up (a recorded type), else null. */
export const clinicOf = (home: HomeData) => (home.clinic?.type ? { ...home.clinic, type: home.clinic.type } : null);

export const NO_CLINIC = '本机构未登记内设医疗机构';
export const CLINIC_LINK = '#/clinic';
export const STAFF_LINK = '#/clinic/staff';

/** A licence that is in force today: issued and not expired. */
export const licenceValid = (s: { issuedOn: string; daysLeft: number | null }, today: string) => s.issuedOn <= today && (s.daysLeft === null || s.daysLeft >= 0);
