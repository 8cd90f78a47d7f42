import { scoreAbility, type AbilityContext } from './gbt42195.ts';
import { scoreBraden } from './braden.ts';
import { scoreMorse } from './morse.ts';
import { scoreAd8 } from './ad8.ts';
import { scoreMmse, type Education } from './mmse.ts';
import { scoreSelfCare } from './selfcare.ts';
import { scoreTcm } from './tcm.ts';
import type { ScoringRules } from './rules.ts';
import type { Answers, ScoreResult } from './types.ts';

/** A scale with its answers and what else its rules look at: the one shape the form, the save and the tests send. */
export type ScoreRequest =
  | { scale: 'gbt42195'; answers: Answers; context: AbilityContext }
  | { scale: 'mmse'; answers: Answers; context: { education: Education } }
  | { scale: 'braden' | 'morse' | 'ad8' | 'selfcare' | 'tcm'; answers: Answers };

/** Scores any scale: one function per scale, chosen here, each given the region's values it depends on. */
export function scoreScale(request: ScoreRequest, rules: ScoringRules): ScoreResult {
  switch (request.scale) {
    case 'gbt42195':
      return scoreAbility(request.answers, request.context, rules.abilityLevelChange);
    case 'mmse':
      return scoreMmse(request.answers, request.context.education, rules.mmseCutoffs);
    case 'braden':
      return scoreBraden(request.answers, rules.bradenBands);
    case 'morse':
      return scoreMorse(request.answers, rules.morseBands);
    case 'ad8':
      return scoreAd8(request.answers, rules.ad8Screening, rules.cognitiveFollowUp);
    case 'selfcare':
      return scoreSelfCare(request.answers);
    case 'tcm':
      return scoreTcm(request.answers);
  }
}
