import { PROFESSIONS } from '../../clinic/schema.ts';
import { clinicOf, defineCheck, licenceValid, NO_CLINIC, result, STAFF_LINK, type CheckResult } from './define.ts';

/**
 * The least staff of the clinic's type (国卫医发〔2014〕57号: 医务室 ≥1 physician with ≥5 years' practice and ≥1
 * registered nurse; 护理站 ≥2 nurses and ≥1 rehabilitation therapist). Only licences in force count; each licence
 * of working staff that has expired or expires within 60 days is a finding of its own, with its record.
 */
export const clinicMinimumStaff = defineCheck({
  rule: 'clinicMinimumStaff',
  domain: 'medical',
  run(v, home) {
    const clinic = clinicOf(home);
    if (!clinic) return [result('not_applicable', NO_CLINIC)];
    const need = v.byType[clinic.type];
    if (!need) {
      return [
        result(
          'not_applicable',
          `本地区配置未收录${clinic.type}的人员标准（${clinic.type}执行另外的基本标准）。`,
          `请对照${clinic.type}的基本标准自行核对人员配置。`,
        ),
      ];
    }
    const valid = home.staff.filter((s) => licenceValid(s, home.today));
    const physicians = valid.filter((s) => s.profession === 'physician');
    const seasoned = physicians.filter((s) => s.yearsOfPractice >= need.physicianMinYears);
    const nurses = valid.filter((s) => s.profession === 'nurse').length;
    const therapists = valid.filter((s) => s.profession === 'therapist').length;
    const short: string[] = [];
    if (seasoned.length < need.physicians) {
      short.push(`执业医师 ${need.physicians} 名${need.physicianMinYears > 0 ? `（注册后执业满 ${need.physicianMinYears} 年）` : ''}`);
    }
    if (nurses < need.nurses) short.push(`注册护士 ${need.nurses} 名`);
    if (therapists < need.rehabTherapists) short.push(`康复治疗人员 ${need.rehabTherapists} 名`);
    const years = need.physicianMinYears > 0 ? `（其中执业满 ${need.physicianMinYears} 年的 ${seasoned.length} 名）` : '';
    const looked = `${clinic.type}；证书有效的在岗人员：执业医师 ${physicians.length} 名${years}，注册护士 ${nurses} 名，康复治疗人员 ${therapists} 名。`;
    const findings: CheckResult[] = [
      short.length === 0
        ? result('ok', looked)
        : result('violation', looked, `${clinic.type}至少应有${short.join('、')}：请补充人员，或在“人员与执照”中更新证书信息。`, STAFF_LINK),
    ];
    for (const s of home.staff) {
      if (s.daysLeft === null || s.daysLeft > 60) continue;
      const who = `${s.name}（${PROFESSIONS[s.profession]}）`;
      findings.push(
        s.daysLeft < 0
          ? result('violation', `${who}的执业证书已于 ${s.expiresOn} 过期，不计入人员配置。`, '请办理延续注册后更新证书有效期，或停止其执业。', `${STAFF_LINK}?id=${s.id}`)
          : result('warning', `${who}的执业证书将于 ${s.expiresOn} 到期（还有 ${s.daysLeft} 天）。`, '请及时办理延续注册，并更新证书有效期。', `${STAFF_LINK}?id=${s.id}`),
      );
    }
    return findings;
  },
});
