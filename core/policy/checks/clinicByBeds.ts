import type { RegionProfile } from '../schema.ts';
import { citeText } from '../queries.ts';

export interface Finding {
  rule: string;
  /** required: the home should set one; allowed: it may; encouraged: policy encourages it. */
  level: 'required' | 'allowed' | 'encouraged';
  message: string;
  types: string[];
  profile: string;
  cite: string;
  quote: string;
}

/**
 * Which in-house clinic (内设医疗机构) the home may or should set for its licensed beds.
 * The threshold and types come from the region profile (002 (一) Maoming: 200; 004 第1条 Changning: 100).
 */
export function checkClinicByBeds(profile: RegionProfile, licensedBeds: number): Finding | null {
  const rule = profile.rules.clinicByBeds;
  if (!rule) return null;
  const v = rule.value;
  const base = { rule: 'clinicByBeds', profile: profile.name, cite: citeText(rule.cite), quote: rule.cite.quote ?? '' };
  if (v.threshold === null) {
    return {
      ...base,
      level: 'encouraged',
      types: v.belowTypes,
      message: `政策鼓励养老机构内设医疗机构（${v.belowTypes.join('、')}等），不论床位多少；本机构核定床位 ${licensedBeds} 张。`,
    };
  }
  if (licensedBeds >= v.threshold) {
    const exempt = v.exemptIfNearMedical ? '（与医疗机构邻近的除外）' : '';
    const management = v.management ? `，实行${v.management}管理` : '';
    return {
      ...base,
      level: v.atOrAbove === 'required' ? 'required' : 'encouraged',
      types: v.atOrAboveTypes,
      message: `本机构核定床位 ${licensedBeds} 张，达到 ${v.threshold} 张，${v.atOrAbove === 'required' ? '应当' : '鼓励'}内设${v.atOrAboveTypes.join('、')}等医疗机构${exempt}${management}。`,
    };
  }
  return {
    ...base,
    level: 'allowed',
    types: v.belowTypes,
    message: `本机构核定床位 ${licensedBeds} 张，不足 ${v.threshold} 张，可以设立${v.belowTypes.join('、')}。`,
  };
}
