import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { directTransport, setUpHome, type Transport } from '../../tests/helpers/app.ts';
import { institutionInput, TEST_PASSWORD } from '../../tests/helpers/fixtures.ts';
import { hashPassword, verifyPassword } from '../shared/passwordHash.ts';
import { MAX_FAILED_SIGN_INS } from './sessions.ts';

let t: Transport;
let home: Awaited<ReturnType<typeof setUpHome>>;
beforeEach(async () => {
  t = await directTransport();
  home = await setUpHome(t, { beds: false });
});
afterEach(() => t.close());

const user = (username: string, role: string) => ({ username, displayName: `${username}名`, role, password: TEST_PASSWORD, passwordConfirm: TEST_PASSWORD });

describe('passwords', () => {
  it('stores scrypt hashes with a random salt and verifies them', () => {
    const a = hashPassword('密码123456');
    expect(a).toMatch(/^scrypt\$16384\$8\$1\$/);
    expect(hashPassword('密码123456')).not.toBe(a);
    expect(verifyPassword('密码123456', a)).toBe(true);
    expect(verifyPassword('密码123457', a)).toBe(false);
    expect(verifyPassword('x', 'md5$abc')).toBe(false);
  });

  it('never writes a hash into the audit log', async () => {
    await home.call('users.create', user('clerk1', 'clerk') as never);
    const json = t.runtime.db.prepare(`SELECT group_concat(coalesce(before_json, '') || coalesce(after_json, '')) FROM audit_log`).pluck().get() as string;
    expect(json).not.toMatch(/scrypt\$/);
  });
});

describe('setup and sign-in', () => {
  it('sets up once only', async () => {
    const { body } = await t.raw('auth.setup', {
      institution: institutionInput(),
      director: { username: 'other', displayName: '别人', password: TEST_PASSWORD, passwordConfirm: TEST_PASSWORD },
    });
    expect(body).toMatchObject({ ok: false, error: { code: 'CONFLICT' } });
  });

  it('refuses mismatched passwords at setup, naming the field', async () => {
    const fresh = await directTransport();
    const { body } = await fresh.raw('auth.setup', {
      institution: institutionInput(),
      director: { username: 'd', displayName: '院长', password: TEST_PASSWORD, passwordConfirm: 'other123' },
    });
    expect(body).toMatchObject({ ok: false, error: { field: expect.stringMatching(/^director\./) } });
    await fresh.close();
  });

  it('gives the same answer for an unknown name and a wrong password, and holds a name back after repeated failures', async () => {
    const unknown = await t.raw('auth.signIn', { username: 'ghost', password: 'whatever' });
    const wrong = await t.raw('auth.signIn', { username: 'director', password: 'whatever' });
    expect(unknown.body).toEqual(wrong.body);
    // One failure above; the limit is reached on the MAX_FAILED_SIGN_INS-th, after which even the right password waits.
    for (let i = 1; i < MAX_FAILED_SIGN_INS; i++) await t.raw('auth.signIn', { username: 'director', password: 'wrong' });
    const held = await t.raw('auth.signIn', { username: 'DIRECTOR', password: TEST_PASSWORD });
    expect(held.body).toMatchObject({ ok: false, error: { code: 'FORBIDDEN', message: expect.stringContaining('分钟后再试') } });
  });

  it('audits each sign-in as the person who signed in', async () => {
    await t.raw('auth.signIn', { username: 'director', password: TEST_PASSWORD });
    const row = t.runtime.db.prepare(`SELECT user_name, summary FROM audit_log WHERE action = 'auth.signIn'`).get();
    expect(row).toEqual({ user_name: '院长甲', summary: '登录：院长甲（院长）' });
  });
});

