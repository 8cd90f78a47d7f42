import { clinicOf, defineCheck, NO_CLINIC, result } from './define.ts';
import { DESIGNATION_LINK } from './designationInsuranceStaff.ts';

/** 第六条: the information system connects to the 医保信息系统, settles directly and uses the national codes. */
export const designationInfoSystem = defineCheck({
  rule: 'designationInfoSystem',
  domain: 'funds',
  run(v, home) {
    if (!v || !clinicOf(home)) return [result('not_applicable', v ? NO_CLINIC : '本地区未作要求')];
    const d = home.designation;
    if (!d?.infoDeclaredOn) return [result('missing_data', '未登记信息系统声明。', '请在“定点申报·定点准备”中登记信息系统供应商、接口和声明日期。', DESIGNATION_LINK)];
    const looked = `信息系统：${d.infoVendor || '未写明'}，${d.infoDeclaredOn} 声明；直接联网结算：${d.infoDirectSettlement ? '是' : '否'}；全国统一医保编码：${d.infoNationalCodes ? '是' : '否'}。`;
    if (d.infoDirectSettlement && d.infoNationalCodes) return [result('ok', looked)];
    return [result('violation', looked, '信息系统须能直接联网结算并使用全国统一医保编码；请与供应商完成对接后更新声明。', DESIGNATION_LINK)];
  },
});
