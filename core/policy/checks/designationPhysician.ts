import { clinicOf, defineCheck, licenceValid, NO_CLINIC, result, STAFF_LINK } from './define.ts';

/**
 * 医保定点 (国家医疗保障局令第2号 第六条): at least so many physicians with a valid licence whose 第一注册地 is this
 * clinic. The app records it as the 主执业点; a 多点执业 physician is registered first elsewhere and does not count.
 */
export const designationPhysician = defineCheck({
  rule: 'designationPhysician',
  domain: 'funds',
  run(v, home) {
    const clinic = clinicOf(home);
    if (!clinic) return [result('not_applicable', NO_CLINIC)];
    const physicians = home.staff.filter((s) => s.profession === 'physician' && licenceValid(s, home.today));
    const primary = physicians.filter((s) => s.practiceSite === 'primary');
    const multi = physicians.length - primary.length;
    const looked = `证书有效的医师 ${physicians.length} 名，其中第一注册地（主执业点）为本机构的 ${primary.length} 名${primary.length ? `（${primary.map((s) => s.name).join('、')}）` : ''}${multi ? `，多点执业 ${multi} 名（不计入）` : ''}。`;
    if (primary.length >= v.minPhysicians) return [result('ok', looked)];
    return [result('violation', looked, `申请医保定点至少需要 ${v.minPhysicians} 名第一注册地为本机构的医师；请在“人员与执照”中登记或更正执业地点。`, STAFF_LINK)];
  },
});
