import { CLINIC_LINK, clinicOf, defineCheck, NO_CLINIC, result } from './define.ts';

/** The in-house clinic belongs to a 医联体 (001 (五); 000 二(三) Nanjing: all of them). */
export const medicalAlliance = defineCheck({
  rule: 'medicalAlliance',
  domain: 'medical',
  run(v, home) {
    if (!v) return [result('not_applicable', '本地区无此规定。')];
    const clinic = clinicOf(home);
    if (!clinic) return [result('not_applicable', NO_CLINIC)];
    if (clinic.medicalAlliance) return [result('ok', `已纳入医联体：${clinic.medicalAlliance}。`)];
    return [result('warning', '未登记所属医联体。', '请联系辖区卫健部门将医务室纳入医联体，并在“医务室信息”中登记医联体名称。', CLINIC_LINK)];
  },
});
