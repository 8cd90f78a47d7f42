import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { directTransport, httpTransport, setUpHome, snapshot, type Transport } from '../helpers/app.ts';
import { ERROR_STATUS } from '../../core/shared/errors.ts';
import type { MethodInput } from '../../core/api/methods.ts';

/**
 * The clinic's refusals (issue #9, “bad input”), over both transports: each answers a clear zh-CN message
 * naming the field, with the HTTP status of its code, and writes nothing.
 */
describe.each([
  ['direct', () => directTransport()],
  ['http', () => httpTransport()],
])('the clinic’s refusals over %s', (name, make) => {
  let t: Transport;
  let home: Awaited<ReturnType<typeof setUpHome>>;
  beforeAll(async () => {
    t = await make();
    home = await setUpHome(t);
  });
  afterAll(() => t.close());

  async function refused(method: string, input: unknown, code: keyof typeof ERROR_STATUS) {
    const before = snapshot(t.runtime);
    const { status, body } = await t.raw(method, input, home.session);
    expect(body.ok, JSON.stringify(body)).toBe(false);
    expect(body.ok ? null : body.error.code).toBe(code);
    if (name === 'http') expect(status).toBe(ERROR_STATUS[code]);
    expect(snapshot(t.runtime)).toBe(before);
    return body.ok ? null! : body.error;
  }

  const staff = (over: Partial<MethodInput<'clinic.saveStaff'>>): MethodInput<'clinic.saveStaff'> => ({
    name: '孙丽',
    profession: 'nurse',
    licenceNo: '201832005678',
    practiceSite: 'primary',
    registeredOn: '2016-12-27',
    issuedOn: '2021-12-20',
    expiresOn: '2026-12-19',
    joinedOn: '2022-01-01',
    ...over,
  });

  it('a licence whose expiry is before its issue date', async () => {
    const e = await refused('clinic.saveStaff', staff({ expiresOn: '2021-12-01' }), 'VALIDATION');
    expect(e).toMatchObject({ field: 'expiresOn', message: '有效期至不能早于或等于发证日期，请核对证书' });
  });

  it('the same licence number on two staff members', async () => {
    await home.call('clinic.saveStaff', staff({}));
    const e = await refused('clinic.saveStaff', staff({ name: '孙莉' }), 'CONFLICT');
    expect(e).toMatchObject({ field: 'licenceNo', message: expect.stringContaining('已登记在 孙丽 名下') });
  });
});
