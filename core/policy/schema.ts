import { z } from 'zod';
import { cited, type Cited } from './define.ts';
import { PARAMETERS, type ParameterKey } from './parameters.ts';

export { citation, type Citation } from './define.ts';

/** A rule of a region: a value with its source; the rule checker holds the home's data to it. */
const rule = cited;

export const CLINIC_TYPES = ['门诊部', '诊所', '医务室', '卫生所(室)', '护理站', '护理院'] as const;
export type ClinicType = (typeof CLINIC_TYPES)[number];
const clinicType = z.enum(CLINIC_TYPES);

/** The rooms a clinic standard speaks of (国卫医发〔2014〕57号; 004 第3条 for the 输液室). */
export const ROOM_KINDS = {
  treatment: '治疗室',
  disposal: '处置室',
  observation: '观察室',
  infusion: '输液室',
  rehab: '康复室',
  pharmacy: '药房',
  other: '其他',
} as const;
export type RoomKind = keyof typeof ROOM_KINDS;
const roomKind = z.enum(Object.keys(ROOM_KINDS) as [RoomKind, ...RoomKind[]]);

/** 诊疗科目 an in-house clinic may be approved for (004 第2条 lists these for a 医务室 or 卫生所(室)). */
export const CLINIC_SUBJECTS = ['全科', '内科', '外科', '康复科', '中医科', '预防保健科', '医学影像科', '医学检验科'] as const;
export type ClinicSubject = (typeof CLINIC_SUBJECTS)[number];

/** Per clinic type; a type the profile does not list has no value here (its standard is not among the app's). */
const byClinicType = <T extends z.ZodType>(value: T) => z.object({ byType: z.partialRecord(clinicType, value) }).strict();

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
  /** The least staff a clinic of each type has: physicians with their years of practice, nurses, rehabilitation therapists. */
  clinicMinimumStaff: rule(
    byClinicType(
      z
        .object({
          physicians: z.number().int().min(0),
          physicianMinYears: z.number().int().min(0),
          nurses: z.number().int().min(0),
          rehabTherapists: z.number().int().min(0),
        })
        .strict(),
    ),
  ),
  /** The rooms a clinic of each type has, and their least area. */
  clinicRooms: rule(
    byClinicType(z.array(z.object({ room: roomKind, required: z.boolean(), minAreaM2: z.number().positive() }).strict())),
  ),
  /** A physician counted for the clinic's minimum staff practises here as 主执业点; 多点执业 physicians back subjects only. */
  physicianPrimarySite: rule(z.object({ types: z.array(clinicType), multiSiteCountForSubjects: z.boolean() }).strict()),
  imagingLabByAgreement: rule(z.boolean()),
  /** Intravenous infusion only in an 输液室. */
  infusionRoom: rule(z.boolean()),
  /** The in-house clinic belongs to a 医联体. */
  medicalAlliance: rule(z.boolean()),
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
  /** No drug past its expiry date is kept for use. */
  noExpiredDrugs: rule(z.boolean()),
  /** Medical waste is handed over within this many days of being produced. */
  medicalWasteStorage: rule(z.object({ maxStorageDays: z.number().int().min(1) }).strict()),
  /** 医保定点 (国家医疗保障局令第2号 第六条): physicians whose 第一注册地 is this clinic; 多点执业 does not count. */
  designationPhysician: rule(z.object({ minPhysicians: z.number().int().min(1) }).strict()),
  /** A named 医保 principal and administrator; from so many beds a 医保 department with full-time staff. */
  designationInsuranceStaff: rule(z.object({ departmentFromBeds: z.number().int().min(1) }).strict()),
  /** The rules documents on file (title, version, adoption date) that the agreement asks for. */
  designationRulesOnFile: rule(z.object({ required: z.array(z.string().min(2)).min(1) }).strict()),
  /** The information-system declaration: connection to the 医保信息系统, direct settlement, national codes. */
  designationInfoSystem: rule(z.boolean()),
  /** Medical and care items billed apart before the fund pays anything (002 (十八)). */
  designationBillingSeparation: rule(z.boolean()),
  /** Earlier events that bar an application for a time (第十二条), and the bar after a second failed evaluation. */
  designationBars: rule(
    z
      .object({
        fraudYears: z.number().int().min(0),
        illegalTerminationYears: z.number().int().min(0),
        breachTerminationYears: z.number().int().min(0),
        principalTerminationYears: z.number().int().min(0),
        secondFailBarYears: z.number().int().min(0),
      })
      .strict(),
  ),
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
  return Object.fromEntries(Object.entries(PARAMETERS).map(([key, def]) => [key, cited((def as { value: z.ZodType }).value)])) as unknown as {
    // Typed by what each parses to: instantiating cited<> over the union of the parameters' schemas is more than
    // the compiler can check (zod's schema types are invariant in their standard-schema property).
    [K in ParameterKey]: z.ZodType<Cited<z.output<(typeof PARAMETERS)[K]['value']>>>;
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

/** What a rule check concluded, in the words of the compliance page; the order is how findings sort. */
export const FINDING_STATUS = {
  violation: '不符合',
  warning: '需注意',
  missing_data: '缺少资料',
  ok: '符合',
  not_applicable: '不适用',
} as const;
export type FindingStatus = keyof typeof FINDING_STATUS;

/** The three reviewers a home answers to; each finding goes to one, by the profile's supervisionSplit. */
export const AUTHORITIES = ['民政', '卫健', '医保'] as const;
export type Authority = (typeof AUTHORITIES)[number];

/** One conclusion of the rule checker, with everything an inspector or the director needs to act on it. */
export interface Finding {
  rule: RuleKey;
  /** The rule in words (医务室最低人员配置). */
  label: string;
  status: FindingStatus;
  authority: Authority;
  /** The profile that supplied the rule (全国通用, 上海市长宁区 …). */
  profile: string;
  /** 《title》（number）clause. */
  cite: string;
  /** The clause's own words, where the document is shipped. */
  quote: string;
  unverified: boolean;
  note: string | null;
  /** The data the check looked at, in words. */
  looked: string;
  /** What to do about it, in words ('' when nothing). */
  fix: string;
  /** The screen to fix it, as a hash route ('#/clinic/staff?id=3'); null when there is none. */
  link: string | null;
}
