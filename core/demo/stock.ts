import type { WriteContext } from '../api/context.ts';
import { addDays } from '../shared/dayMath.ts';
import { findUserByName } from '../users/queries.ts';
import { catalogueDrug } from '../medication/schema.ts';
import { receive } from '../stock/receive.ts';
import { dispense } from '../stock/dispense.ts';
import { stockTake } from '../stock/stockTake.ts';
import { recordProxyFetch } from '../stock/proxy.ts';
import { receiveInput, proxyFetchInput } from '../stock/schema.ts';
import type { Random } from './random.ts';

/** The clinic's shelf: catalogue code, pack, unit, reminder level. */
const SHELF: [string, string, string, number][] = [
  ['D004', '5mg×28片', '盒', 10],
  ['D001', '100mg×30片', '盒', 10],
  ['D010', '0.5g×30片', '盒', 8],
  ['D014', '20mg×7片', '盒', 10],
  ['D006', '150mg×7片', '盒', 6],
  ['D016', '20mg×14粒', '盒', 5],
  ['D019', '15ml×6袋', '盒', 4],
  ['D021', '0.5g×12片', '盒', 5],
  ['D022', '20mg×100片', '瓶', 2],
  ['D027', '0.25g×24粒', '盒', 4],
];
const SUPPLIERS = ['南京医药股份有限公司', '国药控股江苏有限公司', '华润江苏医药有限公司'];
const SOURCES = ['南京市鼓楼医院门诊药房', '玄武区社区卫生服务中心', '江苏省人民医院门诊药房'];
const FETCHERS = ['刘晓梅', '张桂芬', '家属 王建华'];

/**
 * The demo's drug stock through the stock services: ten drugs received over the past months (two batches for
 * some), dispensed first-expiry-first, one batch expiring within 30 days, one drug below its reminder level, last
 * month's stock-take with a difference, and a few 代配药 fetched for residents. Nothing expired is left on the
 * shelf (the demo's one violation is elsewhere).
 */
export function seedStockDemo(ctx: WriteContext, rng: Random): void {
  const nurseUser = findUserByName(ctx.db, 'hushi');
  if (!nurseUser) return;
  const nurse: WriteContext = { ...ctx, actor: { userId: nurseUser.id, name: nurseUser.display_name, role: nurseUser.role } };
  const today = ctx.today;
  const drugIds: number[] = [];
  SHELF.forEach(([code, spec, unit, lowLevel], i) => {
    const drug = catalogueDrug(code)!;
    const older = receive(
      nurse,
      receiveInput.parse({
        drugCode: code,
        name: drug.name,
        spec,
        unit,
        batchNo: `${code.slice(1)}${rng.int(2401, 2412)}`,
        // The second drug has a batch expiring within 30 days; the others a year or more ahead.
        expiresOn: i === 1 ? addDays(today, 21) : addDays(today, rng.int(200, 500)),
        quantity: rng.int(20, 40),
        supplier: rng.pick(SUPPLIERS),
        receivedOn: addDays(today, -rng.int(90, 150)),
        lowLevel,
      }),
    );
    drugIds.push(older.id);
    if (i % 3 === 0) {
      receive(
        nurse,
        receiveInput.parse({
          drugCode: code,
          name: drug.name,
          spec,
          unit,
          batchNo: `${code.slice(1)}${rng.int(2501, 2512)}`,
          expiresOn: addDays(today, rng.int(600, 800)),
          quantity: rng.int(20, 30),
          supplier: rng.pick(SUPPLIERS),
          receivedOn: addDays(today, -rng.int(10, 40)),
        }),
      );
    }
  });
  // What the clinic handed out over the months, first expiry first; the ninth drug is run down below its level.
  drugIds.forEach((id, i) => {
    const d = dispense(nurse, { drugId: id, quantity: 1, batchId: null, residentId: null, note: '' });
    const want = i === 8 ? d.usable - 1 : rng.int(5, Math.max(5, Math.floor(d.usable / 2)));
    if (want > 0) dispense(nurse, { drugId: id, quantity: Math.min(want, d.usable), batchId: null, residentId: null, note: '病区领用' });
  });
  const firstBatch = ctx.db.prepare('SELECT id, qty FROM stock_batches WHERE qty > 1 ORDER BY id LIMIT 3').all() as { id: number; qty: number }[];
  stockTake(nurse, { lines: firstBatch.map((b, i) => ({ batchId: b.id, counted: i === 0 ? b.qty - 1 : b.qty })), note: '月末盘点（演示）' });
  const residents = ctx.db.prepare('SELECT id FROM residents WHERE deleted_at IS NULL AND left_on IS NULL ORDER BY id LIMIT 40').pluck().all() as number[];
  for (let n = 0; n < 6 && residents.length > 0; n++) {
    recordProxyFetch(
      nurse,
      proxyFetchInput.parse({
        residentId: rng.pick(residents),
        drugs: rng.pick(['阿托伐他汀钙片 20mg×7片 2 盒', '多奈哌齐片 5mg×28片 1 盒', '门冬胰岛素注射液 3ml 2 支', '坦索罗辛缓释胶囊 0.2mg×10粒 3 盒']),
        source: rng.pick(SOURCES),
        fetchedBy: rng.pick(FETCHERS),
        fetchedOn: addDays(today, -rng.int(1, 60)),
        handedTo: '刘晓梅',
      }),
    );
  }
}
