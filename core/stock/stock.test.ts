import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { client, directTransport, setUpHome, type Transport } from '../../tests/helpers/app.ts';
import { admitInput, TEST_PASSWORD } from '../../tests/helpers/fixtures.ts';
import type { MethodInput } from '../api/methods.ts';

let t: Transport;
let home: Awaited<ReturnType<typeof setUpHome>>;
let nurse: ReturnType<typeof client>;

beforeEach(async () => {
  t = await directTransport();
  home = await setUpHome(t);
  await home.addStaff({ username: 'hushi', displayName: '王丽', role: 'nurse' });
  const session = ((await t.raw('auth.signIn', { username: 'hushi', password: TEST_PASSWORD })).body as { data: { sessionId: string } }).data.sessionId;
  nurse = client(t, () => session);
});
afterEach(() => t.close());

const batch = (over: Partial<MethodInput<'stock.receive'>> = {}): MethodInput<'stock.receive'> => ({
  name: '呋塞米片',
  spec: '20mg×100片',
  unit: '瓶',
  batchNo: 'F1',
  expiresOn: '2028-01-31',
  quantity: 10,
  supplier: '南京医药',
  receivedOn: '2026-11-20',
  ...over,
});

// The test's clock is 2026-11-23.
describe('药品库存', () => {
  it('expiry alerts at 90 and 30 days (inclusive), low stock at the reminder level', async () => {
    await nurse('stock.receive', batch({ batchNo: 'F90', expiresOn: '2027-02-21', quantity: 2, lowLevel: 5 }));
    await nurse('stock.receive', batch({ batchNo: 'F30', expiresOn: '2026-12-23', quantity: 3 }));
    const d = (await nurse('stock.list', {})).rows[0]!;
    expect(d.batches.map((b) => [b.batchNo, b.daysLeft, b.level])).toEqual([
      ['F30', 30, 'soon'],
      ['F90', 90, 'near'],
    ]);
    expect(d).toMatchObject({ usable: 5, low: true, level: 'soon' });
    await nurse('stock.receive', batch({ batchNo: 'F91', expiresOn: '2027-02-22', quantity: 1 }));
    const list = await nurse('stock.list', { alert: 'low' });
    expect(list.rows).toEqual([]);
    expect(list.alerts).toEqual({ low: 0, expiring: 1, expired: 0 });
  });

  it('a stock-take sets the books to the count and keeps each difference', async () => {
    const d = await nurse('stock.receive', batch());
    const r = await nurse('stock.take', { lines: [{ batchId: d.batches[0]!.id, counted: 8 }], note: '月末盘点' });
    expect(r.differences).toEqual(['呋塞米片 批号 F1：账面 10，实盘 8，盘亏 2 瓶']);
    expect((await nurse('stock.drug', { id: d.id })).usable).toBe(8);
    expect(t.runtime.db.prepare('SELECT expected, counted FROM stock_take_lines').get()).toEqual({ expected: 10, counted: 8 });
    const log = await home.call('audit.list', { entity: 'stockTake' });
    expect(log.rows[0]!.summary).toBe('药品盘点：1 个批号，1 个有差异');
  });

  it('an expired batch on the shelf is a violation until it is written off', async () => {
    const d = await nurse('stock.receive', batch());
    t.runtime.db.prepare("UPDATE stock_batches SET expires_on = '2026-11-22'").run();
    const finding = async () => (await home.call('policy.check', {})).findings.filter((f) => f.rule === 'noExpiredDrugs');
    expect((await finding()).map((f) => [f.status, f.looked])).toEqual([['violation', '呋塞米片 20mg×100片 批号 F1 已于 2026-11-22 过期，库存仍有 10 瓶。']]);
    expect((await finding())[0]!.link).toBe(`#/stock?drug=${d.id}`);
    // The director, who answers for it at inspection, writes it off.
    await home.call('stock.writeOff', { batchId: d.batches[0]!.id, reason: '过期，交医疗废物处置' });
    expect((await finding()).map((f) => f.status)).toEqual(['ok']);
  });

  it('代配药 is logged: for whom, what, from where, by whom, when', async () => {
    const residentId = (await home.call('residents.admit', admitInput(home.beds[0]!.bedId, { name: '张秀英', admissionDate: '2026-10-01' }))).id;
    const row = await nurse('stock.recordProxy', { residentId, drugs: '阿托伐他汀钙片 20mg×7片 2 盒', source: '南京市鼓楼医院门诊药房', fetchedBy: '王丽', fetchedOn: '2026-11-22', handedTo: '刘晓梅', notes: '' });
    expect(row).toMatchObject({ residentName: '张秀英', bedLabel: '101-1', fetchedOn: '2026-11-22' });
    expect(await nurse('stock.proxyList', { from: '2026-11-01', to: '2026-11-30' })).toHaveLength(1);
  });
});
