import type { Db } from '../../db/open.ts';
import { findInstitution } from '../institution/queries.ts';
import { citeText, findProfile } from '../policy/queries.ts';
import { VITALS_PARAMETERS, type RangeSource, type VitalRanges, type VitalsParameterKey } from './ranges.ts';
import type { RangesView } from './schema.ts';

const cache = new Map<string, RangesView>();

/**
 * The vitals bands of a region, with their sources: the region's own values, else the national ones it
 * inherits (every profile extends national, which holds them all; a test checks). Profiles ship with the
 * program and never change while it runs, so each region is resolved once.
 */
export function rangesForRegion(regionCode: string): RangesView {
  const cached = cache.get(regionCode);
  if (cached) return cached;
  const profile = findProfile(regionCode) ?? findProfile('national');
  if (!profile) throw new Error('找不到全国通用的地区配置');
  const ranges = {} as Record<VitalsParameterKey, unknown>;
  const sources: RangeSource[] = [];
  for (const key of Object.keys(VITALS_PARAMETERS) as VitalsParameterKey[]) {
    const p = profile.parameters[key];
    if (!p) throw new Error(`地区配置 ${profile.code} 缺少参数 ${key}`);
    ranges[key] = p.value;
    const def = VITALS_PARAMETERS[key];
    sources.push({
      key,
      label: def.label,
      summary: (def.summary as (v: unknown) => string)(p.value),
      cite: citeText(p.cite),
      note: p.note ?? null,
      unverified: p.unverified === true,
    });
  }
  const view: RangesView = { ranges: ranges as unknown as VitalRanges, sources, profile: profile.name };
  cache.set(regionCode, view);
  return view;
}

/** The bands of this home's region (national before the home is set up). */
export function homeRanges(db: Db): RangesView {
  return rangesForRegion(findInstitution(db)?.regionCode ?? 'national');
}
