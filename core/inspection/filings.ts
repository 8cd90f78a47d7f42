import { defineFiling, filingHeader } from '../filings/define.ts';
import type { FilingHeader } from '../filings/schema.ts';
import { emptyInput } from '../shared/fields.ts';
import { AUTHORITIES, type Authority } from '../policy/schema.ts';
import { INSPECTION_READERS } from './access.ts';
import { inspect } from './handlers.ts';
import type { Inspection, InspectionItem, PaperRecord } from './schema.ts';

export interface SelfInspectionFiling extends FilingHeader {
  ranOn: string;
  ranBy: string;
  profile: string;
  counts: Inspection['counts'];
  groups: { authority: Authority; items: InspectionItem[] }[];
  paper: PaperRecord[];
  anyUnverified: boolean;
}

/**
 * 自查报告: the cover (the home, the day, who ran it), contents, the summary, then each reviewer's findings — 不符合
 * first — with the evidence and what to fix, the records to bring on paper, and the lines to sign (自查人 / 负责人 / 日期).
 */
export const selfInspectionFiling = defineFiling({
  kind: 'self-inspection',
  title: '迎检自查报告',
  layout: 'document',
  input: emptyInput,
  access: INSPECTION_READERS,
  cli: [],
  example: [],
  describe: () => '全部规定与检查清单所列记录的自查结果',
  build(ctx): SelfInspectionFiling {
    const run = inspect(ctx);
    return {
      ...filingHeader(ctx, '迎检自查报告', `自查日期：${run.ranOn}；适用政策：${run.profile}`),
      ranOn: run.ranOn,
      ranBy: ctx.actor.name,
      profile: run.profile,
      counts: run.counts,
      groups: AUTHORITIES.map((authority) => ({ authority, items: run.items.filter((i) => i.authority === authority) })).filter((g) => g.items.length > 0),
      paper: run.paper,
      anyUnverified: run.items.some((i) => i.unverified),
    };
  },
});
