import type { ParameterDef } from './define.ts';
import { designationEvaluation, designationMaterials, designationTerms, ltcBenefit } from '../designation/define.ts';
import { VITALS_PARAMETERS } from '../vitals/schema.ts';
import { ASSESSMENT_PARAMETERS } from '../assessments/schema.ts';
import { EXAM_PARAMETERS } from '../exams/schema.ts';

/**
 * The profile values areas apply, each declared in its area with defineParameter (e.g. the vital-sign
 * ranges in the vitals area). Rules (core/policy/schema.ts `ruleSchemas`) are checked for compliance;
 * parameters are the cited numbers features compute with. A new one is a line here.
 */
export const PARAMETERS = {
  ...VITALS_PARAMETERS,
  ...ASSESSMENT_PARAMETERS,
  ...EXAM_PARAMETERS,
  designationEvaluation,
  designationTerms,
  ltcBenefit,
  designationMaterials,
} satisfies Record<string, ParameterDef>;

export type ParameterKey = keyof typeof PARAMETERS;
