import { citationScope, citeText } from './queries.ts';
import type { Cited, Citation, ParameterDef } from './define.ts';
import { PARAMETERS, type ParameterKey } from './parameters.ts';
import { ROOM_KINDS, type RegionProfile, type RuleKey, type Rules } from './schema.ts';

/** Each rule in words: the 机构信息 page, the compliance page and its report use these. */
export const RULE_LABELS: Record<RuleKey, string> = {
  clinicByBeds: '内设医疗机构与床位规模',
  clinicMinimumStaff: '内设医疗机构最低人员配置',
  clinicRooms: '内设医疗机构房屋',
  physicianPrimarySite: '主执业点医师',
  imagingLabByAgreement: '影像、检验科目可凭协议核准',
  infusionRoom: '静脉输液在输液室进行',
  medicalAlliance: '纳入医联体',
  medicalInsuranceDesignation: '医保定点申请时限',
  insurancePaysMedicalOnly: '医保基金支付范围',
  bedsideRoundsPricing: '床边巡诊收费',
  centreVisitFrequency: '签约医疗机构服务频次',
  homeBedVisits: '家庭病床上门频次',
  familyDoctorCoverage: '家庭医生签约',
  annualExam: '65 岁以上老人年度体检',
  cognitiveFollowUp: '认知障碍筛查后的去向',
  supervisionSplit: '监管分工',
  infectionControlSeparation: '感染防控与分区',
  noExpiredDrugs: '不得存放使用过期药品',
  medicalWasteStorage: '医疗废物暂时贮存时限',
  designationPhysician: '医保定点：第一注册地医师',
  designationInsuranceStaff: '医保定点：医保负责人与管理人员',
  designationRulesOnFile: '医保定点：内部管理制度',
  designationInfoSystem: '医保定点：信息系统',
  designationBillingSeparation: '医保定点：医疗与照护分开收费',
  designationBars: '医保定点：不予受理的情形',
};

type Described = { [K in RuleKey]: (v: NonNullable<Rules[K]>['value']) => string };

const SUMMARY: Described = {
  clinicByBeds: (v) =>
    v.threshold === null
      ? `鼓励内设医疗机构（${v.belowTypes.join('、')}）`
      : `不足 ${v.threshold} 张床可设${v.belowTypes.join('、')}；${v.threshold} 张及以上${v.atOrAbove === 'required' ? '应当' : '鼓励'}内设${v.atOrAboveTypes.join('、')}${v.exemptIfNearMedical ? '（邻近医疗机构的除外）' : ''}${v.management ? `，${v.management}管理` : ''}`,
  clinicMinimumStaff: (v) =>
    Object.entries(v.byType)
      .map(([type, n]) => `${type}：${staffWords(n!)}`)
      .join('；'),
  clinicRooms: (v) =>
    Object.entries(v.byType)
      .map(([type, rooms]) => `${type}：${rooms!.map((r) => `${r.required ? '' : '设'}${ROOM_KINDS[r.room]}${r.required ? '' : '的'}不少于 ${r.minAreaM2} 平方米`).join('，')}`)
      .join('；'),
  physicianPrimarySite: (v) => `${v.types.join('、')}至少 1 名以本机构为主执业点的医师${v.multiSiteCountForSubjects ? '；多点执业医师可作为诊疗科目的核准依据' : ''}`,
  imagingLabByAgreement: (v) => (v ? '与有资质机构签订的服务协议可作为影像、检验科目核准依据' : '不适用'),
  infusionRoom: (v) => (v ? '静脉输液在输液室提供' : '不适用'),
  medicalAlliance: (v) => (v ? '内设医疗机构纳入医联体' : '不适用'),
  medicalInsuranceDesignation: (v) => `正式运营满 ${v.applyAfterMonths} 个月可申请，评估不超过 ${v.evaluationMaxMonths} 个月`,
  insurancePaysMedicalOnly: (v) => (v ? '医保只支付医疗服务，不支付生活照护，须分开收费' : '不适用'),
  bedsideRoundsPricing: (v) => (v.mode === 'outpatient-no-fee' ? '按医保门诊结算，免收上门费' : '医药服务价格 + 上门服务费'),
  centreVisitFrequency: (v) => `${v.what}：${v.minPerWeek ? `每周至少 ${v.minPerWeek} 次` : '频次不限'}${v.asAgreed ? '，具体由双方约定' : ''}`,
  homeBedVisits: (v) => `家庭病床每周上门 ${v.perWeek} 次`,
  familyDoctorCoverage: (v) => `${v.principle}${v.targetPercentAged65 !== null ? `，65 岁以上签约率不低于 ${v.targetPercentAged65}%` : ''}`,
  annualExam: (v) => `${v.minAge} 岁及以上每年 ${v.perYear} 次健康体检${v.tcmConstitution ? '及中医体质辨识' : ''}${v.freeForSignedResidents ? '；签约老人免费' : ''}`,
  cognitiveFollowUp: (v) => `低风险：${v.lowRisk}；中高风险：${v.midHighRisk}`,
  supervisionSplit: (v) => `医疗由${v.medical}、养老由${v.care}、基金由${v.funds}监管`,
  infectionControlSeparation: (v) => (v ? '医疗区与生活区分区管理、物理隔离' : '不适用'),
  noExpiredDrugs: (v) => (v ? '超过有效期的药品按劣药论处，不得存放使用' : '不适用'),
  medicalWasteStorage: (v) => `医疗废物暂时贮存不超过 ${v.maxStorageDays} 天`,
  designationPhysician: (v) => `至少 ${v.minPhysicians} 名第一注册地（主执业点）为本机构的医师，多点执业医师不计`,
  designationInsuranceStaff: (v) => `主要负责人负责医保工作，配备专（兼）职医保管理人员；${v.departmentFromBeds} 张床位及以上设医保管理部门`,
  designationRulesOnFile: (v) => `在档：${v.required.join('、')}`,
  designationInfoSystem: (v) => (v ? '信息系统与医保信息系统有效对接、直接联网结算、使用全国统一医保编码' : '不适用'),
  designationBillingSeparation: (v) => (v ? '医疗服务与生活照护分开收费' : '不适用'),
  designationBars: (v) =>
    `弄虚作假 ${v.fraudYears} 年、违法解除协议 ${v.illegalTerminationYears} 年、严重违约解除 ${v.breachTerminationYears} 年、负责人致解除 ${v.principalTerminationYears} 年内不予受理，失信期间不予受理；评估两次不合格 ${v.secondFailBarYears} 年内不得再申请`,
};

function staffWords(n: { physicians: number; physicianMinYears: number; nurses: number; rehabTherapists: number }): string {
  const parts = [
    n.physicians > 0 ? `执业医师 ${n.physicians} 名${n.physicianMinYears > 0 ? `（执业满 ${n.physicianMinYears} 年）` : ''}` : '',
    n.nurses > 0 ? `注册护士 ${n.nurses} 名` : '',
    n.rehabTherapists > 0 ? `康复治疗人员 ${n.rehabTherapists} 名` : '',
  ].filter(Boolean);
  return `至少${parts.join('、')}`;
}

/** A profile's rules in words, each with the clause it comes from, for the 机构信息 page and for inspectors. */
export function describeProfile(profile: RegionProfile) {
  return (Object.keys(RULE_LABELS) as RuleKey[])
    .filter((key) => profile.rules[key] !== undefined)
    .map((key) => {
      const rule = profile.rules[key]!;
      const summarize = SUMMARY[key] as (v: unknown) => string;
      return {
        key,
        label: RULE_LABELS[key],
        summary: summarize(rule.value),
        cite: citeText(rule.cite),
        quote: rule.cite.quote ?? null,
        note: rule.note ?? null,
        unverified: rule.unverified === true,
        inherited: profile.ruleSource[key] !== profile.code,
        ...ruleOrigin(profile, key, rule.cite),
      };
    });
}

/**
 * Whose rule it is, in words for the page and for an inspector: the region's own, or the national one the
 * region follows. A national rule may cite a regional document (the national text itself is not among the
 * documents the app ships): then it says so, so a Nanjing home is not left wondering why a 茂名 document
 * appears on its page.
 */
function ruleOrigin(profile: RegionProfile, key: RuleKey, cite: Citation): { origin: string; citedThrough: string | null } {
  const national = profile.ruleSource[key] === 'national';
  const origin = national ? (profile.code === 'national' ? '国家规定' : '全国通用规定') : `${profile.name}规定`;
  const citedThrough =
    national && citationScope(cite) === 'regional' ? '国家层面的要求；本软件收录的文件中，由下列地方文件转述，故引用该文件。' : null;
  return { origin, citedThrough };
}

/** A profile's parameters (the cited values areas compute with) in words, as the rules are described. */
export function describeParameters(profile: RegionProfile) {
  return (Object.keys(PARAMETERS) as ParameterKey[])
    .filter((key) => profile.parameters[key] !== undefined)
    .map((key) => {
      const p = (profile.parameters as Record<string, Cited<unknown>>)[key]!;
      const def = PARAMETERS[key] as ParameterDef;
      const national = profile.parameterSource[key] === 'national';
      return {
        key,
        label: def.label,
        summary: def.summary(p.value),
        cite: citeText(p.cite),
        quote: p.cite.quote ?? null,
        note: p.note ?? null,
        unverified: p.unverified === true,
        inherited: profile.parameterSource[key] !== profile.code,
        origin: national ? (profile.code === 'national' ? '国家规定' : '全国通用规定') : `${profile.name}规定`,
        citedThrough: null,
      };
    });
}
