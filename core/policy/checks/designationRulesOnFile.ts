import { clinicOf, defineCheck, NO_CLINIC, result } from './define.ts';
import { DESIGNATION_LINK } from './designationInsuranceStaff.ts';

/** 第六条: the rules the agreement asks for are on file, each with its version and adoption date. */
export const designationRulesOnFile = defineCheck({
  rule: 'designationRulesOnFile',
  domain: 'funds',
  run(v, home) {
    if (!clinicOf(home)) return [result('not_applicable', NO_CLINIC)];
    const rules = home.designation?.rules ?? [];
    const found = v.required.map((title) => ({ title, doc: rules.find((r) => r.title.includes(title)) }));
    const missing = found.filter((f) => !f.doc).map((f) => f.title);
    const looked = `在档制度 ${rules.length} 项；应有：${found.map((f) => (f.doc ? `${f.title}（${f.doc.version}，${f.doc.adoptedOn} 印发）` : `${f.title}（缺）`)).join('、')}。`;
    if (!missing.length) return [result('ok', looked)];
    return [result('missing_data', looked, `请在“定点申报·定点准备”的制度目录中登记：${missing.join('、')}。`, DESIGNATION_LINK)];
  },
});
