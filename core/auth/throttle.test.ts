import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { directTransport, setUpHome, type Transport } from '../../tests/helpers/app.ts';
import { FIXED_NOW, TEST_PASSWORD } from '../../tests/helpers/fixtures.ts';
import { resetPasswordAtConsole } from '../users/consoleReset.ts';
import {
  MAX_FAILED_SIGN_INS,
  MAX_FAILED_SIGN_INS_ALL,
  NTH_RECENT_FAILURE,
  NTH_RECENT_FAILURE_OF_NAME,
  SIGN_IN_PAUSE_MS,
  SIGN_IN_WINDOW_MS,
} from './throttle.ts';

let now = FIXED_NOW.getTime();
const clock = () => new Date(now);
const later = (ms: number) => (now += ms);

let dir: string;
let t: Transport;
beforeEach(async () => {
  now = FIXED_NOW.getTime();
  dir = mkdtempSync(join(tmpdir(), 'ylywt-throttle-'));
  t = await directTransport({ dataDir: dir, clock });
  await setUpHome(t, { beds: false });
});
afterEach(async () => {
  await t.close();
  rmSync(dir, { recursive: true, force: true });
});

const signIn = async (username: string, password: string) => {
  later(1_000);
  return (await t.raw('auth.signIn', { username, password })).body;
};
const WRONG = { ok: false, error: { code: 'VALIDATION', field: 'password', message: '登录名或密码不正确' } };
const HELD = { ok: false, error: { code: 'FORBIDDEN', message: expect.stringMatching(/连续输错.*分钟后再试/) } };

describe('sign-in throttling', () => {
  it('remembers failures across a restart: a name held back stays held on the reopened data folder', async () => {
    for (let i = 0; i < MAX_FAILED_SIGN_INS; i++) expect(await signIn('director', 'wrong-guess')).toEqual(WRONG);
    await t.close();
    t = await directTransport({ dataDir: dir, clock });
    expect(await signIn('Director', TEST_PASSWORD)).toMatchObject(HELD);
    later(SIGN_IN_WINDOW_MS);
    expect(await signIn('director', TEST_PASSWORD)).toMatchObject({ ok: true });
  });

  it('holds back an unknown name exactly as a known one, and a success clears the count', async () => {
    for (let i = 0; i < MAX_FAILED_SIGN_INS; i++) await signIn('ghost', 'wrong-guess');
    expect(await signIn('ghost', 'wrong-guess')).toMatchObject(HELD);
    for (let i = 0; i < MAX_FAILED_SIGN_INS - 1; i++) await signIn('director', 'wrong-guess');
    expect(await signIn('director', TEST_PASSWORD)).toMatchObject({ ok: true });
    for (let i = 0; i < MAX_FAILED_SIGN_INS - 1; i++) await signIn('director', 'wrong-guess');
    expect(await signIn('director', TEST_PASSWORD)).toMatchObject({ ok: true });
  });

  it('pauses sign-in for everyone after many failures across names, says the console reset still works, and that reset lets its account in', async () => {
    for (let i = 0; i < MAX_FAILED_SIGN_INS_ALL; i++) expect(await signIn(`guess${i % 7}`, 'wrong-guess')).toEqual(WRONG);
    const paused = await signIn('director', TEST_PASSWORD);
    expect(paused).toMatchObject({ ok: false, error: { code: 'FORBIDDEN', message: expect.stringContaining('npm run reset-password') } });
    expect(JSON.stringify(paused)).toMatch(/暂停/);

    const { password } = resetPasswordAtConsole(t.runtime.db, 'director', clock());
    expect(await signIn('director', password)).toMatchObject({ ok: true, data: { mustChangePassword: true } });

    later(SIGN_IN_PAUSE_MS);
    expect(await signIn('ghost', 'wrong-guess')).toEqual(WRONG);
  });

  it('audits every failure with the name typed; the log says whether the name exists, the answer does not', async () => {
    const answers = [await signIn('ghost', 'wrong-guess'), await signIn('director', 'wrong-guess')];
    expect(answers[0]).toEqual(answers[1]);
    const rows = t.runtime.db
      .prepare(`SELECT user_id, user_name, entity, entity_id, summary, after_json FROM audit_log WHERE action = 'auth.signInFailed' ORDER BY id`)
      .all();
    expect(rows).toEqual([
      { user_id: null, user_name: '（未登录）', entity: 'user', entity_id: null, summary: '登录失败：登录名“ghost”不存在', after_json: '{"username":"ghost"}' },
      { user_id: null, user_name: '（未登录）', entity: 'user', entity_id: 1, summary: '登录失败：院长甲（director）密码不正确', after_json: '{"username":"director"}' },
    ]);
    expect(JSON.stringify(rows)).not.toContain('wrong-guess');
  });

  it('counts recent failures through an index, not by reading the whole audit log', () => {
    const plan = (sql: string, ...params: unknown[]) =>
      (t.runtime.db.prepare(`EXPLAIN QUERY PLAN ${sql}`).all(...params) as { detail: string }[]).map((r) => r.detail).join(' | ');
    expect(plan(NTH_RECENT_FAILURE, 'x', 19)).toMatch(/USING (COVERING )?INDEX audit_log_action\b/);
    expect(plan(NTH_RECENT_FAILURE_OF_NAME, 'ghost', 'x', 4)).toMatch(/USING (COVERING )?INDEX audit_log_sign_in_failed_name\b/);
  });

  it('takes as long for an unknown name as for a known one (within 2×), so timing does not tell which names exist', async () => {
    const time = async (username: string) => {
      const start = performance.now();
      await signIn(username, 'wrong-guess');
      return performance.now() - start;
    };
    const unknown: number[] = [];
    const known: number[] = [];
    for (let i = 0; i < 6; i++) {
      unknown.push(await time(`ghost${i}`));
      known.push(await time('director'));
    }
    const median = (xs: number[]) => xs.sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;
    const [u, k] = [median(unknown), median(known)];
    expect(Math.max(u, k) / Math.min(u, k), `unknown ${u.toFixed(1)} ms, known ${k.toFixed(1)} ms`).toBeLessThan(2);
  });
});
