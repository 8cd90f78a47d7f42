import { clinicOf, defineCheck, NO_CLINIC, result } from './define.ts';

export const DESIGNATION_LINK = '#/designation?tab=setup';

/**
 * 第六条: the principal takes charge of 医保 and names 专(兼)职 医保 administrators; from so many beds a 医保
 * department with full-time staff. The beds counted are the home's licensed beds (the stricter reading: the
 * texts say 医疗机构 beds and do not say whether a home's care beds count; the profile's note says so).
 */
export const designationInsuranceStaff = defineCheck({
  rule: 'designationInsuranceStaff',
  domain: 'funds',
  run(v, home) {
    if (!clinicOf(home)) return [result('not_applicable', NO_CLINIC)];
    const d = home.designation;
    const principal = d?.insurancePrincipal ?? '';
    const admin = d?.insuranceAdministrator ?? '';
    const needsDept = home.licensedBeds >= v.departmentFromBeds;
    const looked = `医保负责人：${principal || '未登记'}；医保管理员：${admin || '未登记'}；核定床位 ${home.licensedBeds} 张${needsDept ? `（${v.departmentFromBeds} 张及以上须设医保管理部门：${d?.insuranceDepartment ? '已设' : '未设'}）` : ''}。`;
    const missing = [!principal && '医保负责人', !admin && '医保管理员', needsDept && !d?.insuranceDepartment && '医保管理部门'].filter(Boolean);
    if (!missing.length) return [result('ok', looked)];
    return [result(principal || admin ? 'violation' : 'missing_data', looked, `请在“定点申报·定点准备”中登记${missing.join('、')}。`, DESIGNATION_LINK)];
  },
});
