/**
 * Whether a drug conflicts with a resident's recorded allergies. Pure: it takes the allergies as data (their
 * source is allergies.ts), so it is tested on its own.
 *
 * A drug conflicts with a drug allergy when the allergy's substance names the drug, its generic name or its
 * class, or is named by them (“青霉素” and 阿莫西林 of class 青霉素类; “阿莫西林胶囊” and the generic 阿莫西林).
 * A drug typed in (not from the catalogue) has only its name to go by, and is matched by name only.
 */
export interface Allergy {
  id: number;
  category: 'drug' | 'food' | 'other';
  substance: string;
  reaction: string;
  severity: 'mild' | 'moderate' | 'severe';
}

export interface DrugIdentity {
  name: string;
  /** '' for a drug typed in. */
  generic: string;
  class: string;
}

export interface AllergyConflict {
  allergy: Allergy;
  /** What of the drug the substance matched, in words: 药名 / 通用名 / 药物类别. */
  matched: '药名' | '通用名' | '药物类别';
  term: string;
}

export const SEVERITY = { mild: '轻度', moderate: '中度', severe: '重度' } as const;

/** Spaces, punctuation and case do not make two names different. */
const norm = (s: string) => s.replace(/[\s·・,，.。()（）\-—_/]/g, '').toLowerCase();

function names(term: string, substance: string): boolean {
  const a = norm(term);
  const b = norm(substance);
  if (a === '' || b === '') return false;
  if (a === b) return true;
  // One character is too little to name a drug inside another word (“钙” is not 钙通道阻滞剂).
  return b.length >= 2 && a.length >= 2 && (a.includes(b) || b.includes(a));
}

export function allergyConflicts(drug: DrugIdentity, allergies: readonly Allergy[]): AllergyConflict[] {
  const terms: [AllergyConflict['matched'], string][] = [
    ['药名', drug.name],
    ['通用名', drug.generic],
    ['药物类别', drug.class],
  ];
  const conflicts: AllergyConflict[] = [];
  for (const allergy of allergies) {
    if (allergy.category !== 'drug') continue;
    const hit = terms.find(([, term]) => names(term, allergy.substance));
    if (hit) conflicts.push({ allergy, matched: hit[0], term: hit[1] });
  }
  return conflicts;
}

/** The refusal's words: which allergy, how it showed, and what of the drug it names. */
export function conflictMessage(residentName: string, drugName: string, c: AllergyConflict): string {
  const reaction = c.allergy.reaction ? `，${c.allergy.reaction}` : '';
  const via = c.matched === '药名' ? '' : `（${c.matched}：${c.term}）`;
  return `${residentName} 对“${c.allergy.substance}”过敏（${SEVERITY[c.allergy.severity]}${reaction}），不能开具 ${drugName}${via}。如过敏记录有误，请先在健康档案中更正。`;
}
