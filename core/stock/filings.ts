import { defineFiling, filingHeader } from '../filings/define.ts';
import type { FilingHeader } from '../filings/schema.ts';
import { STOCK_READERS } from './access.ts';
import { allStock } from './queries.ts';
import { EXPIRY_REMIND_DAYS, LEVEL_TEXT, stockFilingInput, type ExpiryLevel } from './schema.ts';

export interface StockFilingRow {
  drug: string;
  unit: string;
  batchNo: string;
  expiresOn: string;
  supplier: string;
  receivedOn: string;
  qty: number;
  level: ExpiryLevel;
  state: string;
  /** The drug's usable total, on its first batch's line. */
  usable: number | null;
  low: boolean;
}

export interface StockFiling extends FilingHeader {
  rows: StockFilingRow[];
  summary: { drugs: number; batches: number; expired: number; soon: number; near: number; low: number };
  remindDays: readonly number[];
}

/** 药品库存及近效期登记表 (stock): every batch in stock with its expiry; expired and near-expiry ones marked. */
export const stockFiling = defineFiling({
  kind: 'stock',
  title: '药品库存及近效期登记表',
  layout: 'sheet',
  input: stockFilingInput,
  access: STOCK_READERS,
  cli: [{ flag: 'within', field: 'withinDays', type: 'int', help: '只印 N 天内到期或已过期的批号' }],
  example: [],
  describe: (input) => (input.withinDays === null ? '全部在库药品及批号' : `${input.withinDays} 天内到期或已过期的批号`),
  build(ctx, input): StockFiling {
    const stock = allStock(ctx.db, ctx.today);
    const rows: StockFilingRow[] = [];
    for (const d of stock) {
      const batches = d.batches.filter((b) => input.withinDays === null || b.daysLeft <= input.withinDays);
      batches.forEach((b, i) =>
        rows.push({
          drug: `${d.name}${d.spec ? ` ${d.spec}` : ''}`,
          unit: d.unit,
          batchNo: b.batchNo,
          expiresOn: b.expiresOn,
          supplier: b.supplier,
          receivedOn: b.receivedOn,
          qty: b.qty,
          level: b.level,
          state: b.level === 'ok' ? '' : b.level === 'expired' ? `已过期 ${-b.daysLeft} 天` : `${LEVEL_TEXT[b.level]}（剩 ${b.daysLeft} 天）`,
          usable: i === 0 ? d.usable : null,
          low: d.low,
        }),
      );
    }
    const batches = stock.flatMap((d) => d.batches);
    return {
      ...filingHeader(ctx, '药品库存及近效期登记表', stockFiling.describe(input)),
      rows,
      summary: {
        drugs: stock.filter((d) => d.batches.length > 0).length,
        batches: batches.length,
        expired: batches.filter((b) => b.level === 'expired').length,
        soon: batches.filter((b) => b.level === 'soon').length,
        near: batches.filter((b) => b.level === 'near').length,
        low: stock.filter((d) => d.low).length,
      },
      remindDays: EXPIRY_REMIND_DAYS,
    };
  },
});
