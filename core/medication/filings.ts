import { defineFiling, filingHeader } from '../filings/define.ts';
import type { FilingHeader } from '../filings/schema.ts';
import { clinicProfile } from '../clinic/queries.ts';
import { MAR_READERS } from './access.ts';
import { marInput } from './schema.ts';
import { monthMar, type Mar } from './mar.ts';
import { momentOf } from './slots.ts';

export interface MarFiling extends FilingHeader, Mar {
  clinicName: string;
}

/** 给药记录单 (mar): one resident's month of medication administration, the grid nurses know from paper. */
export const marFiling = defineFiling({
  kind: 'mar',
  title: '给药记录单',
  layout: 'sheet',
  input: marInput,
  access: MAR_READERS,
  cli: [
    { flag: 'resident', field: 'residentId', type: 'int', help: '老人编号（必填）' },
    { flag: 'month', field: 'month', type: 'string', help: '月份，如 2026-11（默认本月）' },
  ],
  example: ['--resident', '38'],
  describe: (input) => `老人编号 ${input.residentId}，${input.month ?? '本月'}`,
  build(ctx, input): MarFiling {
    const mar = monthMar(ctx.db, input.residentId, input.month ?? ctx.today.slice(0, 7), momentOf(ctx.now));
    const [y, m] = mar.month.split('-');
    return {
      ...filingHeader(ctx, '给药记录单', `${mar.resident.name}（${mar.resident.bedLabel}）　${y} 年 ${Number(m)} 月`),
      ...mar,
      clinicName: clinicProfile(ctx.db)?.name ?? '',
    };
  },
});
