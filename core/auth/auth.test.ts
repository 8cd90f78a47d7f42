import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { directTransport, setUpHome, snapshot, type Transport } from '../../tests/helpers/app.ts';
import { FIXED_NOW, institutionInput, TEST_PASSWORD } from '../../tests/helpers/fixtures.ts';
import { hashPassword, verifyPassword } from './password.ts';
import { MAX_FAILED_SIGN_INS } from './sessions.ts';
import { password as passwordSchema } from './schema.ts';
import { CONSOLE_ACTOR, resetPasswordAtConsole, temporaryPassword } from './recovery.ts';

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

describe('users', () => {
  it('keeps at least one active director', async () => {
    const me = (await home.call('users.list', {}))[0]!;
    const before = snapshot(t.runtime);
    const { body } = await t.raw('users.update', { id: me.id, displayName: me.displayName, role: 'clerk', active: true }, home.session);
    expect(body).toMatchObject({ ok: false, error: { code: 'CONFLICT', field: 'role' } });
    expect(snapshot(t.runtime)).toBe(before);
  });

  it('signs a stopped user out at once and refuses their sign-in', async () => {
    const nurse = await home.call('users.create', user('nurse1', 'nurse') as never);
    const { sessionId } = await home.call('auth.signIn', { username: 'nurse1', password: TEST_PASSWORD });
    await home.call('users.update', { id: nurse.id, displayName: nurse.displayName, role: 'nurse', active: false });
    expect((await t.raw('residents.list', {}, sessionId)).body).toMatchObject({ ok: false, error: { code: 'UNAUTHENTICATED' } });
    expect((await t.raw('auth.signIn', { username: 'nurse1', password: TEST_PASSWORD })).body).toMatchObject({ ok: false });
  });

  it('refuses a taken username regardless of case', async () => {
    const { body } = await t.raw('users.create', user('Director', 'clerk'), home.session);
    expect(body).toMatchObject({ ok: false, error: { code: 'CONFLICT', field: 'username' } });
  });

  it('changes one’s own password only with the current one, and keeps 大字 per user', async () => {
    const wrong = await t.raw('users.changeOwnPassword', { current: 'nope', password: 'newpass1', passwordConfirm: 'newpass1' }, home.session);
    expect(wrong.body).toMatchObject({ ok: false, error: { field: 'current' } });
    await home.call('users.changeOwnPassword', { current: TEST_PASSWORD, password: 'newpass1', passwordConfirm: 'newpass1' });
    expect((await t.raw('auth.signIn', { username: 'director', password: 'newpass1' })).body.ok).toBe(true);
    await home.call('users.setPreferences', { largeText: true });
    expect((await home.call('users.me', {})).largeText).toBe(true);
  });
});

const rawSignIn = async (username: string, password: string) => (await t.raw('auth.signIn', { username, password })).body;

describe('忘记密码：在本机命令行重设', () => {
  it('gives the director a new password that signs in, the old one no longer does, and the log says who and when', async () => {
    const { user, password } = resetPasswordAtConsole(t.runtime.db, 'director', FIXED_NOW);
    expect(user.displayName).toBe('院长甲');
    expect(await rawSignIn('director', TEST_PASSWORD)).toMatchObject({ ok: false });
    expect(await rawSignIn('director', password)).toMatchObject({ ok: true });

    const row = t.runtime.db.prepare(`SELECT * FROM audit_log WHERE action = 'console.resetPassword'`).get() as Record<string, unknown>;
    expect(row).toMatchObject({
      user_id: null,
      user_name: CONSOLE_ACTOR.name,
      entity: 'user',
      entity_id: user.id,
      summary: '在本机命令行重设密码：院长甲（director）',
      at: FIXED_NOW.toISOString(),
    });
    expect(JSON.stringify(row)).not.toContain(password);
  });

  it('refuses an unknown login name, names the ones in use, and changes nothing', () => {
    const before = snapshot(t.runtime);
    expect(() => resetPasswordAtConsole(t.runtime.db, 'direktor', FIXED_NOW)).toThrow('找不到登录名“direktor”。在用的登录名：director');
    expect(snapshot(t.runtime)).toBe(before);
  });

  it('refuses a stopped account (a director starts it again in the app) and changes nothing', async () => {
    const nurse = await home.call('users.create', { username: 'nurse1', displayName: '护士甲', role: 'nurse', password: TEST_PASSWORD, passwordConfirm: TEST_PASSWORD });
    await home.call('users.update', { id: nurse.id, displayName: '护士甲', role: 'nurse', active: false });
    const before = snapshot(t.runtime);
    expect(() => resetPasswordAtConsole(t.runtime.db, 'nurse1', FIXED_NOW)).toThrow('账号已停用');
    expect(snapshot(t.runtime)).toBe(before);
  });

  it('makes temporary passwords the app accepts, without characters that are easy to misread', () => {
    for (let i = 0; i < 200; i++) {
      const p = temporaryPassword();
      expect(p).toMatch(/^[a-km-np-z2-9]{8}$/);
      expect(passwordSchema.safeParse(p).success).toBe(true);
    }
  });
});
