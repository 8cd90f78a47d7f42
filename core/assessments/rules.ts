import dayjs from 'dayjs';
import type { Db } from '../../db/open.ts';
import { requireInstitution } from '../institution/queries.ts';
import { citeText, findProfile } from '../policy/queries.ts';
import type { Cited } from '../policy/define.ts';
import type { RegionProfile } from '../policy/schema.ts';
import type { RuleValue, ScoringRules } from './scales/rules.ts';
import type { Risk } from './scales/types.ts';
import type { Track } from './schema.ts';

/** The home's region profile (national when the region has none of its own). */
export function homeProfile(db: Db): RegionProfile {
  return findProfile(requireInstitution(db).regionCode) ?? findProfile('national')!;
}

const asRule = <T>(p: Cited<T>): RuleValue<T> => ({ value: p.value, cite: citeText(p.cite), unverified: p.unverified === true, note: p.note ?? null });

type AssessmentParameter = 'abilityLevelChange' | 'abilityReassessment' | 'bradenBands' | 'morseBands' | 'mmseCutoffs' | 'ad8Screening' | 'riskReassessment' | 'screeningInterval';

/** A parameter of the profile with its citation; every profile inherits them from national.json, so one missing is a broken file. */
export function parameter<K extends AssessmentParameter>(profile: RegionProfile, key: K): RuleValue<NonNullable<RegionProfile['parameters'][K]>['value']> {
  const p = profile.parameters[key];
  if (!p) throw new Error(`地区配置“${profile.name}”缺少参数 ${key}（应在 national.json 中）`);
  return asRule(p as Cited<NonNullable<RegionProfile['parameters'][K]>['value']>);
}

/** What the scoring functions need from the region, with the citation and 待核实 of each value. */
export function scoringRules(profile: RegionProfile): ScoringRules {
  const followUp = profile.rules.cognitiveFollowUp;
  return {
    abilityLevelChange: parameter(profile, 'abilityLevelChange'),
    bradenBands: parameter(profile, 'bradenBands'),
    morseBands: parameter(profile, 'morseBands'),
    mmseCutoffs: parameter(profile, 'mmseCutoffs'),
    ad8Screening: parameter(profile, 'ad8Screening'),
    cognitiveFollowUp: followUp ? asRule(followUp) : null,
  };
}

/**
 * When a track's next assessment is due after one on `assessedOn` with this risk: the ability assessment every
 * `abilityReassessment.routineMonths`; Braden and Morse by their risk band (`riskReassessment`); AD8, MMSE and the
 * self-care table with the yearly health management (`screeningInterval`). The interval applied is returned with it.
 */
export function nextDue(profile: RegionProfile, track: Track, assessedOn: string, risk: Risk): { on: string; rule: string } {
  const from = dayjs(assessedOn);
  const months = (n: number, what: string) => ({ on: from.add(n, 'month').format('YYYY-MM-DD'), rule: `${what}每 ${n} 个月` });
  const days = (n: number, what: string) => ({ on: from.add(n, 'day').format('YYYY-MM-DD'), rule: `${what}每 ${n} 天` });
  switch (track) {
    case 'ability':
      return months(parameter(profile, 'abilityReassessment').value.routineMonths, '常规复评');
    case 'braden':
      return days(parameter(profile, 'riskReassessment').value.braden[risk], 'Braden 复评');
    case 'morse': {
      const m = parameter(profile, 'riskReassessment').value.morse;
      return days(risk === 'high' || risk === 'very_high' ? m.high : risk === 'moderate' ? m.moderate : m.low, 'Morse 复评');
    }
    case 'ad8':
      return months(parameter(profile, 'screeningInterval').value.ad8Months, 'AD8 复查');
    case 'mmse':
      return months(parameter(profile, 'screeningInterval').value.mmseMonths, 'MMSE 复查');
    case 'selfcare':
      return months(parameter(profile, 'screeningInterval').value.selfcareMonths, '生活自理能力评估');
  }
}
