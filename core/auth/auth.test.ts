import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { directTransport, setUpHome, type Transport } from '../../tests/helpers/app.ts';
import { FIXED_NOW, institutionInput, TEMPORARY_PASSWORD, TEST_PASSWORD } from '../../tests/helpers/fixtures.ts';
import { resetPasswordAtConsole } from '../users/consoleReset.ts';
import { bootRuntime } from '../system/boot.ts';
import { createDispatcher } from '../api/dispatch.ts';
import { DEMO_PASSWORD, DEMO_USERS } from '../demo/accounts.ts';
import { hashPassword, verifyPassword } from '../shared/passwordHash.ts';
import { MAX_FAILED_SIGN_INS } from './throttle.ts';

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


describe('a temporary password must be changed at the first sign-in', () => {
  const signIn = async (username: string, password: string) => {
    const { body } = await t.raw('auth.signIn', { username, password });
    if (!body.ok) throw new Error(body.error.message);
    return body.data as { sessionId: string; mustChangePassword: boolean };
  };
  const create = () => home.call('users.create', { username: 'nurse1', displayName: '护士甲', role: 'nurse', password: TEMPORARY_PASSWORD, passwordConfirm: TEMPORARY_PASSWORD });
  const change = (session: string, current: string, password: string) =>
    t.raw('users.changeOwnPassword', { current, password, passwordConfirm: password }, session);

  it('a new account: only changing the password (and what the screen for it needs) until it is done', async () => {
    await create();
    const first = await signIn('nurse1', TEMPORARY_PASSWORD);
    expect(first.mustChangePassword).toBe(true);
    for (const method of ['residents.list', 'beds.map', 'institution.get', 'policy.currentProfile']) {
      expect((await t.raw(method, {}, first.sessionId)).body, method).toMatchObject({
        ok: false,
        error: { code: 'PASSWORD_CHANGE_REQUIRED', message: expect.stringContaining('请先设置您自己的密码') },
      });
    }
    expect((await t.raw('auth.status', {}, first.sessionId)).body).toMatchObject({ ok: true, data: { passwordChangeRequired: true, user: { username: 'nurse1' } } });
    expect((await t.raw('users.me', {}, first.sessionId)).body).toMatchObject({ ok: true, data: { mustChangePassword: true } });
    expect((await t.raw('users.setPreferences', { largeText: true }, first.sessionId)).body).toMatchObject({ ok: true });
    // Keeping the temporary one is not changing it.
    expect((await change(first.sessionId, TEMPORARY_PASSWORD, TEMPORARY_PASSWORD)).body).toMatchObject({ ok: false, error: { field: 'password' } });

    expect((await change(first.sessionId, TEMPORARY_PASSWORD, TEST_PASSWORD)).body).toMatchObject({ ok: true });
    expect((await t.raw('residents.list', {}, first.sessionId)).body).toMatchObject({ ok: true });
    expect((await t.raw('auth.status', {}, first.sessionId)).body).toMatchObject({ ok: true, data: { passwordChangeRequired: false } });
    expect((await signIn('nurse1', TEST_PASSWORD)).mustChangePassword).toBe(false);
  });

  it('a director’s reset and a reset at the console set it again; the setup director has none', async () => {
    expect((await signIn('director', TEST_PASSWORD)).mustChangePassword).toBe(false);
    const nurse = await home.addStaff({ username: 'nurse1', displayName: '护士甲', role: 'nurse' });
    expect((await signIn('nurse1', TEST_PASSWORD)).mustChangePassword).toBe(false);

    await home.call('users.resetPassword', { id: nurse.id, password: TEMPORARY_PASSWORD, passwordConfirm: TEMPORARY_PASSWORD });
    expect((await signIn('nurse1', TEMPORARY_PASSWORD)).mustChangePassword).toBe(true);

    const { password } = resetPasswordAtConsole(t.runtime.db, 'director', FIXED_NOW);
    const director = await signIn('director', password);
    expect(director.mustChangePassword).toBe(true);
    expect((await t.raw('users.list', {}, director.sessionId)).body).toMatchObject({ ok: false, error: { code: 'PASSWORD_CHANGE_REQUIRED' } });
  });

  it('an older password that the rule now refuses is changed at the next sign-in', async () => {
    t.runtime.db.prepare(`UPDATE users SET password_hash = ? WHERE username = 'director'`).run(hashPassword('123456'));
    const weak = await signIn('director', '123456');
    expect(weak.mustChangePassword).toBe(true);
    expect((await t.raw('residents.list', {}, weak.sessionId)).body).toMatchObject({ ok: false, error: { code: 'PASSWORD_CHANGE_REQUIRED' } });
  });

  it('the demo accounts sign in without it', async () => {
    const demo = bootRuntime({ dataDir: null, mode: 'demo', clock: () => new Date(FIXED_NOW), log: () => undefined });
    try {
      const dispatch = createDispatcher(demo);
      for (const u of DEMO_USERS) {
        expect(await dispatch('auth.signIn', { username: u.username, password: DEMO_PASSWORD }), u.username).toMatchObject({ ok: true, data: { mustChangePassword: false } });
      }
    } finally {
      demo.db.close();
    }
  });
});
