import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { directTransport, setUpHome, snapshot, type Transport } from '../../tests/helpers/app.ts';
import { admitInput } from '../../tests/helpers/fixtures.ts';

let t: Transport;
let home: Awaited<ReturnType<typeof setUpHome>>;
beforeEach(async () => {
  t = await directTransport();
  home = await setUpHome(t);
});
afterEach(() => t.close());

describe('床位停用与启用', () => {
  it('stops and starts a bed, each change audited', async () => {
    const bedId = home.beds[0]!.bedId;
    expect(await home.call('beds.setActive', { bedId, active: false })).toMatchObject({ bedId, active: false });
    expect(await home.call('beds.setActive', { bedId, active: true })).toMatchObject({ bedId, active: true });
    expect(t.runtime.db.prepare(`SELECT count(*) FROM audit_log WHERE action = 'beds.setActive'`).pluck().get()).toBe(2);
  });

  it('answers a change to the state the bed already has plainly — never INTERNAL — and writes nothing', async () => {
    const bedId = home.beds[0]!.bedId;
    const before = snapshot(t.runtime);
    const { body } = await t.raw('beds.setActive', { bedId, active: true }, home.session);
    expect(body).toMatchObject({ ok: true, data: { bedId, active: true } });
    expect(snapshot(t.runtime)).toBe(before);
  });

  it('refuses to stop a bed someone is in, naming them', async () => {
    const bedId = home.beds[0]!.bedId;
    await home.call('residents.admit', admitInput(bedId, { name: '床上人' }));
    const { body } = await t.raw('beds.setActive', { bedId, active: false }, home.session);
    expect(body).toMatchObject({ ok: false, error: { code: 'CONFLICT', message: expect.stringContaining('床上人') } });
  });
});
