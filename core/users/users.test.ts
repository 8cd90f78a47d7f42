import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { directTransport, setUpHome, snapshot, type Transport } from '../../tests/helpers/app.ts';
import { FIXED_NOW, institutionInput, TEST_PASSWORD } from '../../tests/helpers/fixtures.ts';
import { password as passwordSchema } from './schema.ts';
import { passwordProblem } from './passwordPolicy.ts';
import { CONSOLE_ACTOR, resetPasswordAtConsole, temporaryPassword } from './consoleReset.ts';

let t: Transport;
let home: Awaited<ReturnType<typeof setUpHome>>;
beforeEach(async () => {
  t = await directTransport();
  home = await setUpHome(t, { beds: false });
});
afterEach(() => t.close());

const user = (username: string, role: string) => ({ username, displayName: `${username}名`, role, password: TEST_PASSWORD, passwordConfirm: TEST_PASSWORD });

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

describe('a changed account ends its sessions', () => {
  const signIn = async (username: string) => (await home.call('auth.signIn', { username, password: TEST_PASSWORD })).sessionId;
  const list = async (session: string) => (await t.raw('residents.list', {}, session)).body;

  it('a role change ends the old session: it no longer admits in the old post, and signing in again gives the new one', async () => {
    const nurse = await home.addStaff({ username: 'nurse1', displayName: '护士甲', role: 'nurse' });
    const old = await signIn('nurse1');
    expect(await list(old)).toMatchObject({ ok: true });
    await home.call('users.update', { id: nurse.id, displayName: '护士甲', role: 'caregiver', active: true });
    expect(await list(old)).toMatchObject({ ok: false, error: { code: 'UNAUTHENTICATED', message: expect.stringContaining('院长修改了您的账号') } });
    expect((await t.raw('users.me', {}, old)).body).toMatchObject({ ok: false, error: { code: 'UNAUTHENTICATED' } });
    const fresh = await signIn('nurse1');
    expect((await t.raw('users.me', {}, fresh)).body).toMatchObject({ ok: true, data: { role: 'caregiver' } });
  });

  it('a rename alone keeps the session', async () => {
    const clerk = await home.addStaff({ username: 'clerk1', displayName: '文员甲', role: 'clerk' });
    const session = await signIn('clerk1');
    await home.call('users.update', { id: clerk.id, displayName: '文员乙', role: 'clerk', active: true });
    expect(await list(session)).toMatchObject({ ok: true });
  });

  it('a director’s password reset ends all of that person’s sessions', async () => {
    const clerk = await home.addStaff({ username: 'clerk1', displayName: '文员甲', role: 'clerk' });
    const sessions = [await signIn('clerk1'), await signIn('clerk1')];
    await home.call('users.resetPassword', { id: clerk.id, password: 'xin-mima-7', passwordConfirm: 'xin-mima-7' });
    for (const s of sessions) expect(await list(s)).toMatchObject({ ok: false, error: { code: 'UNAUTHENTICATED' } });
  });

  it('changing one’s own password ends one’s other sessions and keeps this one', async () => {
    const nurse = await home.addStaff({ username: 'nurse1', displayName: '护士甲', role: 'nurse' });
    const here = await signIn('nurse1');
    const elsewhere = await signIn('nurse1');
    const director = await signIn('director');
    expect((await t.raw('users.changeOwnPassword', { current: TEST_PASSWORD, password: 'xin-mima-7', passwordConfirm: 'xin-mima-7' }, here)).body).toMatchObject({ ok: true });
    expect(await list(here)).toMatchObject({ ok: true });
    expect(await list(elsewhere)).toMatchObject({ ok: false, error: { code: 'UNAUTHENTICATED' } });
    // Nobody else's.
    expect(await list(director)).toMatchObject({ ok: true });
    expect(nurse.role).toBe('nurse');
  });
});

/** Passwords a guesser tries first; none may be set anywhere. */
const WEAK = ['123456', 'aaaaaa', 'password', '      ', '        ', '12345678', '88888888', 'woaini1314', 'Password1', 'aaaaaaaa', 'abcdefgh', '20261123'];

describe('密码规则：弱密码在任何设置密码的地方都被拒绝', () => {
  async function expectWeak(method: string, input: Record<string, unknown>, field = 'password', session: string | undefined = home.session, tr = t) {
    const before = snapshot(tr.runtime);
    const { body } = await tr.raw(method, input, session);
    expect(body, `${method} ${JSON.stringify(input)}`).toMatchObject({ ok: false, error: { code: 'VALIDATION', field, message: expect.stringMatching(/密码/) } });
    expect(snapshot(tr.runtime)).toBe(before);
  }

  it('users.create: common, short, repeated, one kind of character, or holding the login name or the name', async () => {
    const base = { username: 'nurse2', displayName: '护士丙', role: 'nurse' };
    for (const password of [...WEAK, 'nurse2abc', 'NURSE2-2026', '护士丙2026']) {
      await expectWeak('users.create', { ...base, password, passwordConfirm: password });
    }
  });

  it('users.resetPassword and users.changeOwnPassword: the same rules, the login name known to the core', async () => {
    const nurse = await home.call('users.create', { username: 'nurse2', displayName: '护士丙', role: 'nurse', password: TEST_PASSWORD, passwordConfirm: TEST_PASSWORD });
    for (const password of [...WEAK, 'nurse2abc', '护士丙2026']) {
      await expectWeak('users.resetPassword', { id: nurse.id, password, passwordConfirm: password });
    }
    for (const password of [...WEAK, 'director1', '院长甲2026']) {
      await expectWeak('users.changeOwnPassword', { current: TEST_PASSWORD, password, passwordConfirm: password });
    }
  });

  it('auth.setup: the first director’s password, named under director.password', async () => {
    const fresh = await directTransport();
    try {
      for (const password of [...WEAK, 'zhouyz2026', '周院长2026']) {
        await expectWeak(
          'auth.setup',
          { institution: institutionInput(), director: { username: 'zhouyz', displayName: '周院长', password, passwordConfirm: password } },
          'director.password',
          undefined,
          fresh,
        );
      }
    } finally {
      await fresh.close();
    }
  });

  it('keeps the demo password and the test fixtures’ password valid', () => {
    expect(passwordProblem('demo1234', { username: 'yuanzhang', displayName: '王丽华' })).toBeNull();
    expect(passwordProblem(TEST_PASSWORD, { username: 'director', displayName: '院长甲' })).toBeNull();
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

  it('makes temporary passwords that always pass the password rule (never eight letters, never the login name)', () => {
    for (let i = 0; i < 2000; i++) {
      const p = temporaryPassword({ username: 'abc', displayName: '院长甲' });
      expect(passwordProblem(p, { username: 'abc', displayName: '院长甲' }), p).toBeNull();
    }
  });
});
