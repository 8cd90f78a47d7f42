import { CLINIC_LINK, clinicOf, defineCheck, result } from './define.ts';

/**
 * Which in-house clinic the home may or should set for its licensed beds (002 (一) Maoming: 200; 004 第1条
 * Changning: 100, unless next to a medical institution; elsewhere encouraged at any size), and that a clinic
 * set up is recorded with its 备案 or licence.
 */
export const clinicByBeds = defineCheck({
  rule: 'clinicByBeds',
  domain: 'care',
  run(v, home) {
    const beds = home.licensedBeds;
    const clinic = clinicOf(home);
    const reached = v.threshold !== null && beds >= v.threshold;
    const allowed = reached ? v.atOrAboveTypes : v.belowTypes;
    const size = v.threshold === null ? `核定床位 ${beds} 张` : `核定床位 ${beds} 张，${reached ? '达到' : '不足'} ${v.threshold} 张`;
    if (clinic) {
      const filing = clinic.filingNo ? `（${clinic.filingKind} ${clinic.filingNo}）` : '';
      if (!allowed.includes(clinic.type)) {
        return [
          result(
            'warning',
            `${size}；已内设${clinic.type}${filing}。本地区此规模的机构${reached && v.atOrAbove === 'required' ? '应当' : '可以'}设立：${allowed.join('、')}。`,
            `请向卫健部门确认${clinic.type}是否符合本地区规定，必要时调整机构类型并在“医务室信息”中更新。`,
            CLINIC_LINK,
          ),
        ];
      }
      if (!clinic.filingNo) {
        return [
          result(
            'missing_data',
            `${size}；已内设${clinic.type}，但未登记${v.management === '备案' ? '备案凭证' : '备案凭证或执业许可证'}编号。`,
            '在“医务室信息”中填写证照编号和日期。',
            CLINIC_LINK,
          ),
        ];
      }
      return [result('ok', `${size}；已内设${clinic.type}${filing}。`)];
    }
    if (reached && v.atOrAbove === 'required') {
      const near = home.clinic?.nearMedicalInstitution ?? '';
      if (v.exemptIfNearMedical && near) {
        return [result('ok', `${size}；未内设医疗机构，与医疗机构（${near}）邻近，属规定的除外情形。`)];
      }
      const management = v.management ? `，实行${v.management}管理` : '';
      return [
        result(
          'violation',
          `${size}；未登记内设医疗机构。`,
          `应当内设${v.atOrAboveTypes.join('、')}等医疗机构${management}，设立后在“医务室信息”中登记${v.exemptIfNearMedical ? '；如与医疗机构邻近，请在该页登记该机构名称' : ''}。`,
          CLINIC_LINK,
        ),
      ];
    }
    if (v.threshold === null) {
      return [result('not_applicable', `政策鼓励养老机构内设医疗机构（${v.belowTypes.join('、')}等），不论床位多少；本机构核定床位 ${beds} 张，未登记内设医疗机构。`)];
    }
    return [result('not_applicable', `${size}：可以设立${v.belowTypes.join('、')}，不作强制要求；本机构未登记内设医疗机构。`)];
  },
});
