/**
 * A scale as data: its items, each item's options with their points, how items group into parts, and where each
 * comes from (the reference: standards/clinical-scales.md, cited by section). One scoring function per scale turns
 * answers into a ScoreResult; the forms, the saved assessments, the printouts and the tests all use that function
 * (through assessments.score on screen). Nothing here reads the database: the values a region decides (cut-offs,
 * the readings of open questions) come in as ScoringRules from the home's region profile.
 */

export const SCALE_KEYS = ['gbt42195', 'braden', 'morse', 'ad8', 'mmse', 'selfcare', 'tcm'] as const;
export type ScaleKey = (typeof SCALE_KEYS)[number];

export interface ScaleOption {
  /** The answer code stored (for most items the points as text; distinct codes where two options score alike). */
  code: string;
  points: number;
  label: string;
}

export interface ScaleItem {
  /** The item's code on the source form (B.1.1, Q9 …), so code, printout and standard line up. */
  code: string;
  label: string;
  /** The item's definition or how to ask it, printed small under the label. */
  hint?: string;
  options: readonly ScaleOption[];
  /** A doubt about this item's wording, shown and printed as 待核实. */
  unverifiedNote?: string;
}

export interface ScalePart {
  code: string;
  label: string;
  items: readonly ScaleItem[];
}

export interface ScaleDef {
  key: ScaleKey;
  /** Its name as printed, e.g. 老年人能力评估（GB/T 42195-2022）. */
  name: string;
  /** Instrument and version stored on every assessment (reference §7). */
  version: string;
  /** Where the items and points come from: the standard and the reference's section. */
  source: string;
  /** higher-better: GB/T 42195, Braden, MMSE; higher-worse: Morse, AD8, 自理能力, TCM sums. */
  direction: 'higher-better' | 'higher-worse';
  parts: readonly ScalePart[];
  /** A note printed with the scale (e.g. that the option wording was taken from transcriptions). */
  note?: string;
}

/** Answers keyed by item code: the option's code, or its points where only one option of the item has them. */
export type Answers = Record<string, string | number>;

/** One answer as understood: which option it is. */
export interface ResolvedItem {
  code: string;
  label: string;
  optionCode: string;
  optionLabel: string;
  points: number;
}

/** A part's score, e.g. a GB/T 42195 domain total or a constitution's raw sum. */
export interface PartScore {
  code: string;
  label: string;
  score: number;
  max: number;
  /** The part's own judgement where it has one (TCM: 是 / 倾向是 / 否). */
  result?: string;
}

/**
 * An open question of the reference (§8) or a regional value the result depends on, as it was applied: what was
 * chosen, where it comes from, and whether it is still to be confirmed (printed 待核实).
 */
export interface Reading {
  topic: string;
  chosen: string;
  cite: string;
  unverified: boolean;
}

/**
 * How worrying a result is, the same words for every scale, for the nurse's lists: GB/T 42195 and 自理能力 by level,
 * Braden and Morse by risk band, AD8 and MMSE positive or not.
 */
export const RISKS = ['none', 'low', 'moderate', 'high', 'very_high'] as const;
export type Risk = (typeof RISKS)[number];

export interface ScoreResult {
  scale: ScaleKey;
  scaleName: string;
  version: string;
  total: number;
  max: number;
  parts: PartScore[];
  items: ResolvedItem[];
  /** The band of the total (GB/T 42195: the final level). `index` orders the bands from best to worst. */
  level: { code: string; label: string; index: number };
  /** GB/T 42195 only: the level from the total before the change rules of C.4. */
  preliminary: { code: string; label: string; index: number } | null;
  risk: Risk;
  /** Every step from total to level in words, printed as they are. */
  reasons: string[];
  readings: Reading[];
  /** What to do next, where the scale or the region says (AD8 → 004 第11条). */
  followUp: string | null;
}

/** A refusal of the answers: the message names the item; `field` is the path under the method's input. */
export class ScoringError extends Error {
  readonly field: string;
  constructor(message: string, field: string) {
    super(message);
    this.field = field;
  }
}
