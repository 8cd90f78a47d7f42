import type { Authority } from '../policy/schema.ts';

export { INSPECTION_PARAMETERS } from './parameters.ts';

/**
 * 自查 (self-inspection) before a 双随机、一公开 or joint inspection: every finding of the rule checker and every record
 * check of the reference's inspection checklist (designation-and-filings.md §6.2), in one list.
 */

/** What one item concluded; the rule checker's five conclusions map onto these (run.ts). */
export const INSPECTION_STATUS = {
  fail: '不符合',
  attention: '需注意',
  unknown: '无法判断',
  pass: '符合',
  na: '不适用',
} as const;
export type InspectionStatus = keyof typeof INSPECTION_STATUS;

/** Where an item comes from: a rule of the region profile, or a record the checklist asks to see. */
export const ITEM_SOURCES = { rule: '规定', record: '记录' } as const;
export type ItemSource = keyof typeof ITEM_SOURCES;

/** One record behind a finding, in words, with the screen that opens it. */
export interface Evidence {
  text: string;
  link: string | null;
}

/** One item of the self-inspection, with everything an inspector or the director needs to act on it. */
export interface InspectionItem {
  /** `rule:<ruleKey>` or `record:<checkKey>`; several findings of one rule share it with a counter. */
  key: string;
  source: ItemSource;
  label: string;
  authority: Authority;
  status: InspectionStatus;
  /** What was looked at and what was found, in words (counts). */
  summary: string;
  /** The first records behind it. */
  evidence: Evidence[];
  /** How many more records there are beyond `evidence`. */
  more: number;
  fix: string;
  link: string | null;
  /** Where the requirement comes from: the clause, and the reference's checklist line. */
  basis: string;
  quote: string;
  unverified: boolean;
  note: string | null;
}

/** A record the checklist names that the app does not keep: the director brings it on paper. */
export interface PaperRecord {
  authority: Authority;
  record: string;
  basis: string;
}

export interface Inspection {
  ranOn: string;
  profile: string;
  items: InspectionItem[];
  counts: Record<InspectionStatus, number>;
  paper: PaperRecord[];
}
