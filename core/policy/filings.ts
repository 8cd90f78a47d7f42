import { z } from '../shared/fields.ts';
import { defineFiling, filingHeader } from '../filings/define.ts';
import type { FilingHeader } from '../filings/schema.ts';
import { COMPLIANCE_READERS } from './access.ts';
import { checkHome } from './check.ts';
import { AUTHORITIES, type Authority, type Finding } from './schema.ts';

export const complianceFilingInput = z
  .object({ scope: z.enum(['all', 'problems'], { error: '范围应为 all 或 problems' }).default('all') })
  .strict();

export interface ComplianceFiling extends FilingHeader {
  profile: string;
  checkedOn: string;
  counts: ReturnType<typeof checkHome>['counts'];
  groups: { authority: Authority; findings: Finding[] }[];
  anyUnverified: boolean;
}

const PROBLEMS = new Set(['violation', 'warning', 'missing_data']);

/**
 * 合规自查报告: every finding of the rule checker with the clause behind it, grouped by 民政 / 卫健 / 医保, with the
 * lines to sign. A4 landscape: the clause's words need the width.
 */
export const complianceFiling = defineFiling({
  kind: 'compliance',
  title: '医养结合合规自查报告',
  layout: 'sheet',
  input: complianceFilingInput,
  access: COMPLIANCE_READERS,
  cli: [{ flag: 'scope', field: 'scope', type: 'string', help: 'all（默认，全部检查项）| problems（只印不符合、需注意、缺少资料的）' }],
  example: [],
  describe: (input) => (input.scope === 'problems' ? '不符合、需注意和缺少资料的检查项' : '全部检查项'),
  build(ctx, input): ComplianceFiling {
    const check = checkHome(ctx.db, ctx.today);
    const findings = check.findings.filter((f) => input.scope === 'all' || PROBLEMS.has(f.status));
    return {
      ...filingHeader(ctx, '医养结合合规自查报告', `适用政策：${check.profile}；检查日期：${check.checkedOn}；${input.scope === 'problems' ? '只列不符合、需注意和缺少资料的项目' : '列出全部检查项目'}`),
      profile: check.profile,
      checkedOn: check.checkedOn,
      counts: check.counts,
      groups: AUTHORITIES.map((authority) => ({ authority, findings: findings.filter((f) => f.authority === authority) })).filter((g) => g.findings.length > 0),
      anyUnverified: findings.some((f) => f.unverified),
    };
  },
});
