import type { Cited } from '../policy/define.ts';
import { citeText, findProfile } from '../policy/queries.ts';
import type { ParameterKey } from '../policy/parameters.ts';
import type { Parameters, RegionProfile, RuleKey, Rules } from '../policy/schema.ts';

/** A value the home's profile applies, with its citation in words and 待核实; the national profile's if the region has none. */
export interface Applied<T> {
  value: T;
  cite: string;
  unverified: boolean;
  note: string | null;
}

const applied = <T>(c: Cited<T>): Applied<T> => ({ value: c.value, cite: citeText(c.cite), unverified: c.unverified === true, note: c.note ?? null });

export function parameterOf<K extends ParameterKey>(profile: RegionProfile, key: K): Applied<NonNullable<Parameters[K]>['value']> {
  const p = (profile.parameters[key] ?? findProfile('national')!.parameters[key]) as Cited<NonNullable<Parameters[K]>['value']>;
  return applied(p);
}

/** A rule's value in the home's profile, or null when the region sets none. */
export function ruleOf<K extends RuleKey>(profile: RegionProfile, key: K): Applied<NonNullable<Rules[K]>['value']> | null {
  const r = profile.rules[key] as Cited<NonNullable<Rules[K]>['value']> | undefined;
  return r ? applied(r) : null;
}
