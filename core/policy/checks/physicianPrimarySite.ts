import { clinicOf, defineCheck, licenceValid, NO_CLINIC, result, STAFF_LINK } from './define.ts';

/**
 * 004 第2条 (Changning): a 医务室 or 卫生所(室) has at least one physician whose 主执业点 is this clinic; 多点执业
 * physicians support the approval of subjects but are not that physician.
 */
export const physicianPrimarySite = defineCheck({
  rule: 'physicianPrimarySite',
  domain: 'medical',
  run(v, home) {
    const clinic = clinicOf(home);
    if (!clinic) return [result('not_applicable', NO_CLINIC)];
    if (!v.types.includes(clinic.type)) return [result('not_applicable', `本规定适用于${v.types.join('、')}；本机构为${clinic.type}。`)];
    const physicians = home.staff.filter((s) => s.profession === 'physician' && licenceValid(s, home.today));
    const primary = physicians.filter((s) => s.practiceSite === 'primary');
    const multi = physicians.length - primary.length;
    const subjects = v.multiSiteCountForSubjects && multi > 0 ? `（可作为相关诊疗科目的核准依据）` : '';
    const looked = `证书有效的在岗医师 ${physicians.length} 名：以本机构为主执业点的 ${primary.length} 名${primary.length ? `（${primary.map((s) => s.name).join('、')}）` : ''}，多点执业的 ${multi} 名${subjects}。`;
    if (primary.length > 0) return [result('ok', looked)];
    return [
      result(
        'violation',
        looked,
        `${clinic.type}至少应有 1 名以本机构为主执业点的医师；多点执业医师只能作为诊疗科目的核准依据。请配备主执业点医师，或更正其执业地点。`,
        STAFF_LINK,
      ),
    ];
  },
});
