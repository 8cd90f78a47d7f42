import type { Db } from '../../db/open.ts';
import { invalid } from '../shared/errors.ts';
import { homeProfile, scoringRules } from './rules.ts';
import { itemsOf } from './scales/answers.ts';
import { SCALES } from './scales/index.ts';
import { scoreScale, type ScoreRequest } from './scales/score.ts';
import { ScoringError, type PartScore, type ScoreResult } from './scales/types.ts';
import type { ScoreInput } from './schema.ts';
import type { RegionProfile } from '../policy/schema.ts';

export type ScoreAnswer = { complete: true; result: ScoreResult } | { complete: false; missing: string[]; answered: number; parts: PartScore[] };

/** The scoring function's refusal as the API's: a zh-CN message naming the item, under `answers.<code>`. */
export function scoreOrRefuse(request: ScoreRequest, profile: RegionProfile): ScoreResult {
  try {
    return scoreScale(request, scoringRules(profile));
  } catch (error) {
    if (error instanceof ScoringError) throw invalid(error.message, error.field);
    throw error;
  }
}

/**
 * assessments.score: the scale's own scoring function on the answers, with the home's regional values. A form being
 * filled asks with `partial`: until every item is answered it gets the parts' sums so far and the items still open,
 * never a level; an answer outside an item's options is refused either way.
 */
export function scoreAnswers(db: Db, input: ScoreInput): ScoreAnswer {
  const def = SCALES[input.scale];
  const items = itemsOf(def);
  const missing = items.filter((i) => input.answers[i.code] === undefined || input.answers[i.code] === '').map((i) => i.code);
  const request = input as ScoreRequest;
  if (!input.partial || missing.length === 0) return { complete: true, result: scoreOrRefuse(request, homeProfile(db)) };
  // Score what is answered by filling the open items with a placeholder the sums ignore: the option checks still run.
  const parts: PartScore[] = def.parts.map((p) => {
    let score = 0;
    for (const item of p.items) {
      const value = input.answers[item.code];
      if (value === undefined || value === '') continue;
      const option = typeof value === 'number' ? item.options.find((o) => o.points === value) : item.options.find((o) => o.code === value);
      if (!option) throw invalid(`${item.code} ${item.label}的答案“${String(value)}”不在选项中`, `answers.${item.code}`);
      score += option.points;
    }
    return { code: p.code, label: p.label, score, max: p.items.reduce((s, i) => s + Math.max(...i.options.map((o) => o.points)), 0) };
  });
  const unknown = Object.keys(input.answers).find((k) => !items.some((i) => i.code === k));
  if (unknown) throw invalid(`${def.name}没有“${unknown}”这一项`, `answers.${unknown}`);
  return { complete: false, missing, answered: items.length - missing.length, parts };
}
