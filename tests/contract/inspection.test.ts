import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { directTransport, httpTransport, setUpHome, snapshot, type Transport } from '../helpers/app.ts';
import { ERROR_STATUS } from '../../core/shared/errors.ts';
import { TEST_PASSWORD } from '../helpers/fixtures.ts';
import type { Role } from '../../core/shared/roles.ts';

/**
 * 自查 (issue #12 part 2) over both transports: the director and the doctor run it; the posts that may not see the whole
 * home's clinical gaps are refused with a zh-CN message, and nothing is written (not even an audit row).
 */
describe.each([
  ['direct', () => directTransport()],
  ['http', () => httpTransport()],
])('the self-inspection over %s', (name, make) => {
  let t: Transport;
  let home: Awaited<ReturnType<typeof setUpHome>>;
  const sessions: Partial<Record<Role, string>> = {};
  beforeAll(async () => {
    t = await make();
    home = await setUpHome(t);
    for (const role of ['doctor', 'nurse', 'caregiver', 'clerk'] as const) {
      await home.addStaff({ username: `u_${role}`, displayName: `${role}甲`, role });
      const { body } = await t.raw('auth.signIn', { username: `u_${role}`, password: TEST_PASSWORD });
      sessions[role] = (body as { data: { sessionId: string } }).data.sessionId;
    }
  });
  afterAll(() => t.close());

  it('the director and the doctor run it', async () => {
    for (const session of [home.session, sessions.doctor!]) {
      const { body } = await t.raw('inspection.run', {}, session);
      expect(body.ok, JSON.stringify(body)).toBe(true);
    }
  });

  it.each(['nurse', 'caregiver', 'clerk'] as const)('refuses the %s and writes nothing', async (role) => {
    const before = snapshot(t.runtime);
    const { status, body } = await t.raw('inspection.run', {}, sessions[role]);
    expect(body.ok).toBe(false);
    expect(body.ok ? null : body.error).toMatchObject({ code: 'FORBIDDEN', message: expect.stringContaining('没有这项操作的权限') });
    if (name === 'http') expect(status).toBe(ERROR_STATUS.FORBIDDEN);
    expect(snapshot(t.runtime)).toBe(before);
  });

  it('refuses the self-inspection filing to the clerk, and unknown input to anyone', async () => {
    const before = snapshot(t.runtime);
    const filing = await t.raw('filings.data', { kind: 'self-inspection', input: {} }, sessions.clerk);
    expect(filing.body.ok ? null : filing.body.error.code).toBe('FORBIDDEN');
    const extra = await t.raw('inspection.run', { scope: 'all' }, home.session);
    expect(extra.body.ok ? null : extra.body.error.code).toBe('VALIDATION');
    expect(snapshot(t.runtime)).toBe(before);
  });
});
