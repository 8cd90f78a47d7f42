import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { client, directTransport, httpTransport, setUpHome, snapshot, type Transport } from '../helpers/app.ts';
import { TEST_PASSWORD } from '../helpers/fixtures.ts';
import type { MethodInput } from '../../core/api/methods.ts';

const batch = (over: Partial<MethodInput<'stock.receive'>> = {}): MethodInput<'stock.receive'> => ({
  drugCode: 'D004',
  name: '苯磺酸氨氯地平片',
  spec: '5mg×28片',
  unit: '盒',
  batchNo: 'A2601',
  expiresOn: '2027-01-31',
  quantity: 30,
  supplier: '南京医药股份有限公司',
  receivedOn: '2026-11-20',
  ...over,
});

async function nurseOn(t: Transport) {
  const home = await setUpHome(t);
  await home.addStaff({ username: 'hushi', displayName: '王丽', role: 'nurse' });
  const session = ((await t.raw('auth.signIn', { username: 'hushi', password: TEST_PASSWORD })).body as { data: { sessionId: string } }).data.sessionId;
  return { home, session, call: client(t, () => session) };
}

/** Stock refusals over both transports: a clear zh-CN message naming the field, nothing written. */
describe.each([
  ['direct', () => directTransport()],
  ['http', () => httpTransport()],
])('药品库存的拒绝（%s）', (_name, make) => {
  let t: Transport;
  let nurse: Awaited<ReturnType<typeof nurseOn>>;
  let drugId: number;
  beforeAll(async () => {
    t = await make();
    nurse = await nurseOn(t);
    drugId = (await nurse.call('stock.receive', batch())).id;
    // An old batch that has expired on the shelf (received when it was in date).
    t.runtime.db
      .prepare("INSERT INTO stock_batches (drug_id, batch_no, expires_on, supplier, received_on, received_qty, qty, created_at) VALUES (?, 'X2401', '2026-10-31', '南京医药', '2024-11-01', 10, 4, '2024-11-01')")
      .run(drugId);
  });
  afterAll(() => t.close());

  async function refused(method: string, input: unknown) {
    const before = snapshot(t.runtime);
    const { body } = await t.raw(method, input, nurse.session);
    expect(body.ok, JSON.stringify(body)).toBe(false);
    expect(snapshot(t.runtime)).toBe(before);
    return body.ok ? null! : body.error;
  }

  it('dispensing more than the usable stock (expired batches do not count)', async () => {
    expect(await refused('stock.dispense', { drugId, quantity: 31 })).toMatchObject({
      code: 'VALIDATION',
      field: 'quantity',
      message: '苯磺酸氨氯地平片 5mg×28片 可用库存只有 30 盒（不含过期批号），不能发放 31 盒',
    });
  });

  it('an expired batch: not dispensed, not received', async () => {
    const expired = t.runtime.db.prepare("SELECT id FROM stock_batches WHERE batch_no = 'X2401'").pluck().get() as number;
    expect(await refused('stock.dispense', { drugId, quantity: 1, batchId: expired })).toMatchObject({ field: 'batchId', message: '批号 X2401 已于 2026-10-31 过期，不能发放；请报损' });
    expect(await refused('stock.receive', batch({ batchNo: 'B1', expiresOn: '2026-11-01' }))).toMatchObject({ field: 'expiresOn' });
    expect(await refused('stock.receive', batch({ batchNo: 'B1', expiresOn: '2026-11-19' }))).toMatchObject({ field: 'expiresOn', message: '该批号在入库日已过期，过期药品不得入库' });
  });

  it('the same batch twice, another unit, a count below zero', async () => {
    expect(await refused('stock.receive', batch())).toMatchObject({ code: 'CONFLICT', field: 'batchNo' });
    expect(await refused('stock.receive', batch({ batchNo: 'A2602', unit: '片' }))).toMatchObject({ field: 'unit' });
    expect(await refused('stock.take', { lines: [{ batchId: 1, counted: -1 }] })).toMatchObject({ field: 'lines.0.counted' });
  });
});

/**
 * Concurrent dispensing (issue #9): better-sqlite3 is synchronous and each write is one transaction, so calls
 * arriving together over HTTP are interleaved whole. N of them leave exact stock, never below zero; one that
 * would go negative is refused whole.
 */
describe('并发发药（HTTP）', () => {
  let t: Transport;
  let nurse: Awaited<ReturnType<typeof nurseOn>>;
  beforeAll(async () => {
    t = await httpTransport();
    nurse = await nurseOn(t);
  });
  afterAll(() => t.close());

  it('20 calls together take exactly what they asked, first expiry first', async () => {
    await nurse.call('stock.receive', batch({ batchNo: 'L1', expiresOn: '2027-06-30', quantity: 50 }));
    const { id: drugId } = await nurse.call('stock.receive', batch({ batchNo: 'E1', expiresOn: '2027-01-31', quantity: 30 }));
    const results = await Promise.all(Array.from({ length: 20 }, () => t.raw('stock.dispense', { drugId, quantity: 3 }, nurse.session)));
    expect(results.every((r) => r.body.ok)).toBe(true);
    const d = await nurse.call('stock.drug', { id: drugId });
    expect(d.usable).toBe(80 - 60);
    // The batch expiring first is used up before the later one is touched.
    expect(d.batches.map((b) => [b.batchNo, b.qty])).toEqual([['L1', 20]]);
    const moved = t.runtime.db.prepare("SELECT sum(qty) FROM stock_moves WHERE kind = 'dispense'").pluck().get();
    expect(moved).toBe(-60);
  });

  it('more asked together than there is: each call whole or not at all, stock never below zero', async () => {
    const { id: drugId } = await nurse.call('stock.receive', batch({ name: '阿司匹林肠溶片', spec: '100mg×30片', drugCode: 'D001', batchNo: 'S1', quantity: 25 }));
    const results = await Promise.all(Array.from({ length: 10 }, () => t.raw('stock.dispense', { drugId, quantity: 3 }, nurse.session)));
    const ok = results.filter((r) => r.body.ok).length;
    expect(ok).toBe(8);
    for (const r of results.filter((x) => !x.body.ok)) expect(r.body.ok ? null : r.body.error.field).toBe('quantity');
    const d = await nurse.call('stock.drug', { id: drugId });
    expect(d.usable).toBe(1);
    const min = t.runtime.db.prepare('SELECT min(qty) FROM stock_batches').pluck().get() as number;
    expect(min).toBeGreaterThanOrEqual(0);
  });
});
