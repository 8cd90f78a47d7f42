import type { Db } from '../../db/open.ts';
import { requireInstitution } from '../institution/queries.ts';
import { citeText, findProfile } from '../policy/queries.ts';
import type { Cited } from '../policy/define.ts';
import type { Parameters, RegionProfile } from '../policy/schema.ts';

type Key = 'designationEvaluation' | 'designationTerms' | 'ltcBenefit' | 'designationMaterials';
type ValueOf<K extends Key> = NonNullable<Parameters[K]> extends Cited<infer T> ? T : never;

export interface ParamValue<T> {
  value: T;
  cite: string;
  /** 待核实: the value could not be checked against the official text. */
  unverified: boolean;
  note: string | null;
}

export function homeProfile(db: Db): RegionProfile {
  const institution = requireInstitution(db);
  const profile = findProfile(institution.regionCode) ?? findProfile('national');
  if (!profile) throw new Error('找不到全国通用的地区配置');
  return profile;
}

/** One of the designation area's profile values with its clause; the national default when the region has none. */
export function param<K extends Key>(profile: RegionProfile, key: K): ParamValue<ValueOf<K>> {
  const p = (profile.parameters[key] ?? findProfile('national')?.parameters[key]) as Cited<ValueOf<K>> | undefined;
  if (!p) throw new Error(`地区配置缺少 ${key}`);
  return { value: p.value, cite: citeText(p.cite), unverified: p.unverified === true, note: p.note ?? null };
}
