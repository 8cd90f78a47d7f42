import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { directTransport, setUpHome, snapshot, type Transport } from '../../tests/helpers/app.ts';
import { admitInput, idNumber, institutionInput } from '../../tests/helpers/fixtures.ts';
import { figure, meetsTarget } from './coverage.ts';

let t: Transport;
let home: Awaited<ReturnType<typeof setUpHome>>;

beforeEach(async () => {
  t = await directTransport();
  home = await setUpHome(t);
  await home.call('beds.add', { floor: 3, roomFrom: 301, roomTo: 301, bedsPerRoom: 2 });
});
afterEach(() => t.close());

// The fixtures' clock: 2026-11-23.
const signing = (residentId: number, overrides: Record<string, unknown> = {}) => ({
  residentId,
  team: '梅园中心第一团队',
  doctor: '李医生',
  signedOn: '2026-03-01',
  expiresOn: '2027-02-28',
  package: '老年人基础包',
  ...overrides,
});

async function refused(method: string, input: unknown) {
  const before = snapshot(t.runtime);
  const { body } = await t.raw(method, input, home.session);
  expect(body.ok, JSON.stringify(body)).toBe(false);
  expect(snapshot(t.runtime)).toBe(before);
  return body.ok ? null! : body.error;
}

async function admitAll(n: number, birthDate = '1940-03-02') {
  const ids: number[] = [];
  home.beds = (await home.call('beds.map', { floor: null })).beds;
  for (const b of home.beds.filter((x) => x.occupant === null).slice(0, n)) {
    ids.push((await home.call('residents.admit', admitInput(b.bedId, { idNumber: idNumber(birthDate), admissionDate: '2026-01-01' }))).id);
  }
  return ids;
}

describe('家庭医生签约', () => {
  it('refuses an expiry before the signing date, and a second signing sharing a day, writing nothing', async () => {
    const [id] = await admitAll(1);
    expect(await refused('signings.sign', signing(id!, { expiresOn: '2026-02-28' }))).toMatchObject({ field: 'expiresOn' });
    await home.call('signings.sign', signing(id!) as never);
    expect(await refused('signings.sign', signing(id!, { signedOn: '2027-02-28', expiresOn: '2028-02-27' }))).toMatchObject({ code: 'CONFLICT', field: 'signedOn' });
    await home.call('signings.sign', signing(id!, { signedOn: '2027-03-01', expiresOn: '2028-02-29' }) as never);
  });

  it('Jinan: 17 of 20 residents aged 65+ is exactly 85% and meets the target; 16 does not', async () => {
    await home.call('institution.update', institutionInput({ regionCode: 'jinan' }) as never);
    const old = await admitAll(20);
    const [young] = await admitAll(1, '1961-11-24'); // 64 until tomorrow
    for (const id of old.slice(0, 16)) await home.call('signings.sign', signing(id) as never);
    let c = await home.call('signings.coverage', {});
    expect(c.aged65).toEqual({ residents: 20, signed: 16, percent: 80 });
    expect(c.target).toMatchObject({ percentAged65: 85, met: false });
    expect(c.target!.cite).toContain('第3条');
    await home.call('signings.sign', signing(old[16]!) as never);
    c = await home.call('signings.coverage', {});
    expect(c.aged65).toEqual({ residents: 20, signed: 17, percent: 85 });
    expect(c.all).toEqual({ residents: 21, signed: 17, percent: 81 });
    expect(c.target!.met).toBe(true);
    expect(c.rows.find((r) => r.residentId === young)).toMatchObject({ aged65: false, status: 'none' });
  });

  it('Nanjing: the target is a principle in words, not a number', async () => {
    await home.call('institution.update', institutionInput({ regionCode: 'nanjing' }) as never);
    const c = await home.call('signings.coverage', {});
    expect(c.target).toMatchObject({ principle: '应签尽签', percentAged65: null, met: null, text: '应签尽签（政策未规定具体比例）' });
    expect(c.aged65.percent).toBeNull();
  });

  it('lists a signing ending within 30 days as 即将到期, and a lapsed one as not signed', async () => {
    const [a, b] = await admitAll(2);
    await home.call('signings.sign', signing(a!, { signedOn: '2025-12-20', expiresOn: '2026-12-19' }) as never);
    await home.call('signings.sign', signing(b!, { signedOn: '2025-11-01', expiresOn: '2026-10-31' }) as never);
    const c = await home.call('signings.coverage', {});
    expect(c.rows.find((r) => r.residentId === a)!.status).toBe('expiring');
    expect(c.rows.find((r) => r.residentId === b)).toMatchObject({ status: 'none', lapsedOn: '2026-10-31' });
  });
});

describe('coverage arithmetic', () => {
  it('compares in whole numbers at the target', () => {
    expect(meetsTarget(figure(20, 17), 85)).toBe(true);
    expect(meetsTarget(figure(20, 16), 85)).toBe(false);
    expect(meetsTarget(figure(7, 6), 85)).toBe(true); // 85.7%
    expect(meetsTarget(figure(0, 0), 85)).toBe(false);
    expect(figure(3, 1).percent).toBe(33.3);
  });
});
