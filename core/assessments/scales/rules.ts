/**
 * The regional values a score depends on, as the scoring functions receive them: each value with its citation in
 * words and whether it is still to be confirmed (待核实). They come from the home's region profile (the parameters
 * declared in core/assessments/parameters.ts); tests pass the national ones.
 */
export interface RuleValue<T> {
  value: T;
  /** 《title》（number）clause, as printed. */
  cite: string;
  unverified: boolean;
  note: string | null;
}

export interface AbilityLevelChange {
  /** Reference §8 Q1: do 痴呆/精神障碍 (R2) and ≥2 risk events (R3) raise the level by one each, or once together? */
  raisePerRule: boolean;
  /** §8 Q2: are the 30-day risk events counted across types (1 fall + 1 choking = 2) or per type? */
  riskEventCounting: 'acrossTypes' | 'sameType';
  /** How many events in 30 days raise the level (C.4: 2次及以上). */
  riskEventThreshold: number;
}

export interface BradenBands {
  /** Totals up to each bound (inclusive) fall in that band: ≤9 极高危, 10–12 高危, 13–14 中危, 15–18 低危, above 无风险. */
  veryHighMax: number;
  highMax: number;
  moderateMax: number;
  lowMax: number;
}

export interface MorseBands {
  /** From this total 中危 (25), and from `highFrom` 高危 (§8 Q14: 45 or 46). */
  moderateFrom: number;
  highFrom: number;
}

export interface MmseCutoffs {
  /** A total at or below the cut-off of the resident's education is 认知功能受损 (reference §3.2, §8 Q10). */
  illiterate: number;
  primary: number;
  secondary: number;
}

export interface Ad8Screening {
  /** AD8 ≥ this is a positive screen (Galvin 2005: 2). */
  positiveFrom: number;
  /** What to do after a negative and after a positive screen where the region sets nothing of its own. */
  negativeAdvice: string;
  positiveAdvice: string;
}

export interface CognitiveFollowUp {
  lowRisk: string;
  midHighRisk: string;
}

export interface ScoringRules {
  abilityLevelChange: RuleValue<AbilityLevelChange>;
  bradenBands: RuleValue<BradenBands>;
  morseBands: RuleValue<MorseBands>;
  mmseCutoffs: RuleValue<MmseCutoffs>;
  ad8Screening: RuleValue<Ad8Screening>;
  /** 004 第11条 (长宁): where the home's region has it, what follows a low or a mid/high-risk screen. */
  cognitiveFollowUp: RuleValue<CognitiveFollowUp> | null;
}

export const reading = <T>(topic: string, chosen: string, rule: RuleValue<T>) => ({
  topic,
  chosen,
  cite: rule.cite,
  unverified: rule.unverified,
});
