import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { directTransport, setUpHome, snapshot, type Transport } from '../../tests/helpers/app.ts';
import { FIXED_NOW, TEST_PASSWORD } from '../../tests/helpers/fixtures.ts';
import { password as passwordSchema } from './schema.ts';
import { CONSOLE_ACTOR, resetPasswordAtConsole, temporaryPassword } from './recovery.ts';

let t: Transport;
let home: Awaited<ReturnType<typeof setUpHome>>;
beforeEach(async () => {
  t = await directTransport();
  home = await setUpHome(t, { beds: false });
});
afterEach(() => t.close());

const signIn = async (username: string, password: string) => (await t.raw('auth.signIn', { username, password })).body;

describe('忘记密码：在本机命令行重设', () => {
  it('gives the director a new password that signs in, the old one no longer does, and the log says who and when', async () => {
    const { user, password } = resetPasswordAtConsole(t.runtime.db, 'director', FIXED_NOW);
    expect(user.displayName).toBe('院长甲');
    expect(await signIn('director', TEST_PASSWORD)).toMatchObject({ ok: false });
    expect(await signIn('director', password)).toMatchObject({ ok: true });

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
