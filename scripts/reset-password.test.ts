import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { directTransport, setUpHome } from '../tests/helpers/app.ts';
import { TEST_PASSWORD } from '../tests/helpers/fixtures.ts';

const SCRIPT = join(import.meta.dirname, 'reset-password.ts');
const run = (...args: string[]) => spawnSync(process.execPath, [SCRIPT, ...args], { encoding: 'utf8', env: { ...process.env, YLYWT_DATA_DIR: '' } });

let dir: string;
beforeEach(async () => {
  dir = mkdtempSync(join(tmpdir(), 'ylywt-reset-'));
  const t = await directTransport({ dataDir: dir });
  await setUpHome(t, { beds: false });
  await t.close();
});
afterEach(() => rmSync(dir, { recursive: true, force: true }));

const signIn = async (password: string) => {
  const t = await directTransport({ dataDir: dir });
  try {
    return (await t.raw('auth.signIn', { username: 'director', password })).body;
  } finally {
    await t.close();
  }
};

describe('npm run reset-password', () => {
  it('without --user lists the accounts of the data folder', () => {
    const r = run('--data-dir', dir);
    expect(r.status).toBe(0);
    expect(r.stdout).toContain('director　院长甲（院长）');
  });

  it('--user sets a temporary password and prints it; the old one stops working', async () => {
    const r = run('--data-dir', dir, '--user', 'director');
    expect(r.status, r.stderr).toBe(0);
    const password = /临时密码：(\S+)/.exec(r.stdout)?.[1];
    expect(password).toMatch(/^[a-z2-9]{8}$/);
    expect(await signIn(password!)).toMatchObject({ ok: true });
    expect(await signIn(TEST_PASSWORD)).toMatchObject({ ok: false });
  });

  it('an unknown login name: says which exist, exits 1, the old password still works', async () => {
    const r = run('--data-dir', dir, '--user', 'nobody');
    expect(r.status).toBe(1);
    expect(r.stderr).toContain('找不到登录名“nobody”。在用的登录名：director');
    expect(await signIn(TEST_PASSWORD)).toMatchObject({ ok: true });
  });

  it('a folder without data: says so and creates nothing', () => {
    const empty = join(dir, 'nothing-here');
    const r = run('--data-dir', empty, '--user', 'director');
    expect(r.status).toBe(2);
    expect(r.stderr).toContain('这里没有“养老医务通”的数据');
    expect(existsSync(empty)).toBe(false);
  });
});
