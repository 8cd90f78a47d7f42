import { defineArea, method } from '../api/define.ts';
import { notFound } from '../shared/errors.ts';
import { PROXY_RECORDERS, STOCK_CHECKERS, STOCK_KEEPERS, STOCK_READERS } from './access.ts';
import { dispenseInput, drugIdInput, proxyFetchInput, proxyListInput, receiveInput, stockListInput, stockTakeInput, writeOffInput } from './schema.ts';
import { drugStock } from './queries.ts';
import { listStock } from './list.ts';
import { receive } from './receive.ts';
import { dispense, writeOff } from './dispense.ts';
import { stockTake } from './stockTake.ts';
import { listProxyFetches, recordProxyFetch } from './proxy.ts';

/** Expired batches on the shelf are a finding of the rule checker (noExpiredDrugs). */
const CHANGES = ['stock', 'policy'];

export const stockArea = defineArea('stock', {
  'stock.list': method({ kind: 'read', access: STOCK_READERS, input: stockListInput, handler: (ctx, input) => listStock(ctx.db, input, ctx.today) }),
  'stock.drug': method({
    kind: 'read',
    access: STOCK_READERS,
    input: drugIdInput,
    handler: (ctx, input) => {
      const d = drugStock(ctx.db, input.id, ctx.today);
      if (!d) throw notFound('这种药品');
      return d;
    },
  }),
  'stock.receive': method({ kind: 'write', access: STOCK_KEEPERS, input: receiveInput, changes: CHANGES, handler: receive }),
  'stock.dispense': method({ kind: 'write', access: STOCK_KEEPERS, input: dispenseInput, changes: CHANGES, handler: dispense }),
  'stock.writeOff': method({ kind: 'write', access: STOCK_CHECKERS, input: writeOffInput, changes: CHANGES, handler: writeOff }),
  'stock.take': method({ kind: 'write', access: STOCK_CHECKERS, input: stockTakeInput, changes: CHANGES, handler: stockTake }),
  'stock.proxyList': method({ kind: 'read', access: PROXY_RECORDERS, input: proxyListInput, handler: (ctx, input) => listProxyFetches(ctx.db, input.from, input.to) }),
  'stock.recordProxy': method({ kind: 'write', access: PROXY_RECORDERS, input: proxyFetchInput, handler: recordProxyFetch }),
});
