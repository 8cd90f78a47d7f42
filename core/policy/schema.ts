import { z } from 'zod';
import { cited, type Cited } from './define.ts';
import { PARAMETERS, type ParameterKey } from './parameters.ts';

export { citation, type Citation } from './define.ts';

/** A rule of a region: a value with its source; the rule checker holds the home's data to it. */
const rule = cited;

export const CLINIC_TYPES = ['门诊部', '诊所', '医务室', '卫生所(室)', '护理站', '护理院'] as const;
const clinicType = z.enum(CLINIC_TYPES);

export const ruleSchemas = {
  /** Which in-house clinic types a home may or should set, by licensed beds. */
  clinicByBeds: rule(
    z
      .object({
        threshold: z.number().int().positive().nullable(),
        belowTypes: z.array(clinicType),
        atOrAboveTypes: z.array(clinicType),
        atOrAbove: z.enum(['required', 'encouraged']),
        exemptIfNearMedical: z.boolean(),
        management: z.enum(['备案', '审批']).nullable(),
      })
      .strict(),
  ),
  clinicMinimumStaff: rule(
    z
      .object({
        primaryPhysicians: z.number().int().min(0),
        registeredNurses: z.number().int().min(0),
        multiSitePhysiciansCountForSubjects: z.boolean(),
      })
      .strict(),
  ),
  imagingLabByAgreement: rule(z.boolean()),
  medicalInsuranceDesignation: rule(
    z.object({ applyAfterMonths: z.number().int().min(0), evaluationMaxMonths: z.number().int().min(1) }).strict(),
  ),
  insurancePaysMedicalOnly: rule(z.boolean()),
  bedsideRoundsPricing: rule(z.object({ mode: z.enum(['outpatient-no-fee', 'price-plus-visit-fee']) }).strict()),
  centreVisitFrequency: rule(
    z.object({ minPerWeek: z.number().int().min(0).nullable(), asAgreed: z.boolean(), what: z.string() }).strict(),
  ),
  /** 家庭病床: home visits a week the centre owes a resident whose bed it has opened (南京 000 三（二）). */
  homeBedVisits: rule(z.object({ perWeek: z.number().int().min(1) }).strict()),
  familyDoctorCoverage: rule(
    z
      .object({
        principle: z.enum(['应签尽签', '愿签尽签', '稳步提高']),
        targetPercentAged65: z.number().min(0).max(100).nullable(),
      })
      .strict(),
  ),
  annualExam: rule(
    z
      .object({
        minAge: z.number().int(),
        perYear: z.number().int().min(1),
        tcmConstitution: z.boolean(),
        freeForSignedResidents: z.boolean(),
      })
      .strict(),
  ),
  cognitiveFollowUp: rule(z.object({ lowRisk: z.string(), midHighRisk: z.string() }).strict()),
  supervisionSplit: rule(z.object({ medical: z.string(), care: z.string(), funds: z.string() }).strict()),
  infectionControlSeparation: rule(z.boolean()),
};

export type RuleKey = keyof typeof ruleSchemas;
export type Rules = { [K in RuleKey]?: z.output<(typeof ruleSchemas)[K]> };

export const profileFile = z
  .object({
    code: z.string().regex(/^[a-z][a-z0-9-]*$/),
    name: z.string().min(2),
    extends: z.string().optional(),
    description: z.string(),
    rules: z.object(ruleSchemas).partial().strict(),
    parameters: z.object(parameterSchemas()).partial().strict().default({}),
  })
  .strict();
export type ProfileFile = z.output<typeof profileFile>;

function parameterSchemas() {
  return Object.fromEntries(Object.entries(PARAMETERS).map(([key, def]) => [key, cited((def as { value: z.ZodType }).value)])) as {
    [K in ParameterKey]: ReturnType<typeof cited<(typeof PARAMETERS)[K]['value']>>;
  };
}

export type Parameters = { [K in ParameterKey]?: Cited<z.output<(typeof PARAMETERS)[K]['value']>> };

/** A profile with the rules it inherits filled in; each rule remembers which profile supplied it. */
export interface RegionProfile {
  code: string;
  name: string;
  description: string;
  rules: Rules;
  ruleSource: Partial<Record<RuleKey, string>>;
  parameters: Parameters;
  parameterSource: Partial<Record<ParameterKey, string>>;
}
