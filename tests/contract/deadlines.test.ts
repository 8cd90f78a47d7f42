import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { directTransport, httpTransport, setUpHome, snapshot, type Transport } from '../helpers/app.ts';
import { TEST_PASSWORD } from '../helpers/fixtures.ts';

/** 待办期限 over both transports: a bad look-ahead is refused in words naming the field; each post sees its own sources. */
describe.each([
  ['direct', () => directTransport()],
  ['http', () => httpTransport()],
])('待办期限（%s）', (_name, make) => {
  let t: Transport;
  let home: Awaited<ReturnType<typeof setUpHome>>;
  beforeAll(async () => {
    t = await make();
    home = await setUpHome(t);
  });
  afterAll(() => t.close());

  it('refuses a look-ahead outside 1–366 days naming the field, writing nothing', async () => {
    for (const days of [0, 367, 1.5, '30']) {
      const before = snapshot(t.runtime);
      const { body } = await t.raw('deadlines.list', { days }, home.session);
      expect(body.ok, JSON.stringify(body)).toBe(false);
      expect(body.ok ? null : body.error).toMatchObject({ code: 'VALIDATION', field: 'days', message: expect.stringContaining('查看天数') });
      expect(snapshot(t.runtime)).toBe(before);
    }
  });

  it('a caregiver is not shown licences; the director is', async () => {
    await home.call('clinic.saveStaff', {
      name: '孙丽',
      profession: 'nurse',
      licenceNo: '201832005678',
      category: '护士',
      scope: '',
      practiceSite: 'primary',
      registeredOn: '2016-12-27',
      issuedOn: '2021-12-20',
      expiresOn: '2026-12-19',
      joinedOn: '2022-01-01',
    });
    const kinds = (data: unknown) => (data as { kind: string }[]).map((d) => d.kind);
    expect(kinds(await home.call('deadlines.list', {}))).toContain('执业证书到期');
    await home.addStaff({ username: 'huli', displayName: '赵芳', role: 'caregiver' });
    const session = ((await t.raw('auth.signIn', { username: 'huli', password: TEST_PASSWORD })).body as { data: { sessionId: string } }).data.sessionId;
    const { body } = await t.raw('deadlines.list', {}, session);
    expect(body.ok && kinds(body.data)).not.toContain('执业证书到期');
  });
});
