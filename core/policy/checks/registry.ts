import { citeText, findProfile } from '../queries.ts';
import { RULE_LABELS } from '../describe.ts';
import { AUTHORITIES, FINDING_STATUS, type Authority, type Finding, type RegionProfile, type RuleKey } from '../schema.ts';
import type { CheckDef, Domain } from './define.ts';
import type { HomeData } from './home.ts';
import { clinicByBeds } from './clinicByBeds.ts';
import { clinicMinimumStaff } from './clinicMinimumStaff.ts';
import { clinicRooms } from './clinicRooms.ts';
import { physicianPrimarySite } from './physicianPrimarySite.ts';
import { imagingLabByAgreement } from './imagingLabByAgreement.ts';
import { infusionRoom } from './infusionRoom.ts';
import { medicalAlliance } from './medicalAlliance.ts';
import { medicalInsuranceDesignation } from './medicalInsuranceDesignation.ts';
import { insurancePaysMedicalOnly } from './insurancePaysMedicalOnly.ts';
import { bedsideRoundsPricing } from './bedsideRoundsPricing.ts';
import { centreVisitFrequency } from './centreVisitFrequency.ts';
import { familyDoctorCoverage } from './familyDoctorCoverage.ts';
import { homeBedVisits } from './homeBedVisits.ts';
import { annualExam } from './annualExam.ts';
import { cognitiveFollowUp } from './cognitiveFollowUp.ts';
import { supervisionSplit } from './supervisionSplit.ts';
import { infectionControlSeparation } from './infectionControlSeparation.ts';
import { noExpiredDrugs } from './noExpiredDrugs.ts';
import { medicalWasteStorage } from './medicalWasteStorage.ts';
import { designationPhysician } from './designationPhysician.ts';
import { designationInsuranceStaff } from './designationInsuranceStaff.ts';
import { designationRulesOnFile } from './designationRulesOnFile.ts';
import { designationInfoSystem } from './designationInfoSystem.ts';
import { designationBillingSeparation } from './designationBillingSeparation.ts';
import { designationBars } from './designationBars.ts';

/**
 * Every rule of ruleSchemas (core/policy/schema.ts) and its one check. The type makes a missing or unknown
 * rule a compile error; policy.test.ts checks the same at run time. A new check is one file and one line here.
 */
export const CHECKS: { [K in RuleKey]: CheckDef<K> } = {
  clinicByBeds,
  clinicMinimumStaff,
  clinicRooms,
  physicianPrimarySite,
  imagingLabByAgreement,
  infusionRoom,
  medicalAlliance,
  medicalInsuranceDesignation,
  insurancePaysMedicalOnly,
  bedsideRoundsPricing,
  centreVisitFrequency,
  familyDoctorCoverage,
  homeBedVisits,
  annualExam,
  cognitiveFollowUp,
  supervisionSplit,
  infectionControlSeparation,
  noExpiredDrugs,
  medicalWasteStorage,
  designationPhysician,
  designationInsuranceStaff,
  designationRulesOnFile,
  designationInfoSystem,
  designationBillingSeparation,
  designationBars,
};

const DEFAULT_AUTHORITY: Record<Domain, Authority> = { medical: '卫健', care: '民政', funds: '医保' };

/** Who reviews a domain under this profile: its supervisionSplit, where it names one of the three. */
function authorityOf(profile: RegionProfile, domain: Domain): Authority {
  const named = profile.rules.supervisionSplit?.value[domain];
  return (AUTHORITIES as readonly string[]).includes(named ?? '') ? (named as Authority) : DEFAULT_AUTHORITY[domain];
}

const STATUS_ORDER = Object.keys(FINDING_STATUS);

/** Runs the check of every rule the profile holds on the home's data: findings by authority, the worst first. */
export function runChecks(profile: RegionProfile, home: HomeData): Finding[] {
  const findings: Finding[] = [];
  for (const key of Object.keys(CHECKS) as RuleKey[]) {
    const rule = profile.rules[key];
    if (!rule) continue;
    const check = CHECKS[key] as CheckDef<RuleKey>;
    const source = profile.ruleSource[key];
    const supplier = source === undefined || source === profile.code ? profile.name : (findProfile(source)?.name ?? source);
    for (const r of check.run(rule.value as never, home)) {
      findings.push({
        rule: key,
        label: RULE_LABELS[key],
        status: r.status,
        authority: authorityOf(profile, check.domain),
        profile: supplier,
        cite: citeText(rule.cite),
        quote: rule.cite.quote ?? '',
        unverified: rule.unverified === true,
        note: rule.note ?? null,
        looked: r.looked,
        fix: r.fix,
        link: r.link,
      });
    }
  }
  const authority = (f: Finding) => AUTHORITIES.indexOf(f.authority);
  return findings.sort((a, b) => authority(a) - authority(b) || STATUS_ORDER.indexOf(a.status) - STATUS_ORDER.indexOf(b.status));
}

/** Findings counted by status, for the dashboard and the report's summary. */
export function countFindings(findings: readonly Finding[]): Record<keyof typeof FINDING_STATUS, number> {
  const counts = Object.fromEntries(STATUS_ORDER.map((s) => [s, 0])) as Record<keyof typeof FINDING_STATUS, number>;
  for (const f of findings) counts[f.status]++;
  return counts;
}
