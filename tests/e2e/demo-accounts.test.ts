import { describe, expect, test } from 'vitest';
import type { Page } from 'playwright-core';
import { DEMO_PASSWORD, DEMO_USERS } from '../../core/demo/accounts.ts';
import { ROLE_LABELS } from '../../core/shared/roles.ts';
import { button, enterDemoAs, modal, useWebApp } from './helpers.ts';

const signIns = (env: { app: { runtime: { db: { prepare(sql: string): { pluck(): { get(): unknown } } } } } }) =>
  env.app.runtime.db.prepare(`SELECT count(*) FROM audit_log WHERE action = 'auth.signIn'`).pluck().get() as number;

const accountList = (page: Page) => page.locator('.ant-card').filter({ hasText: '演示账号' });

describe('演示数据：先选一个演示账号进入，每个岗位都能试', () => {
  const env = useWebApp({ mode: 'demo', enterAs: null });

  test('首屏列出演示账号（姓名、岗位、登录名）和密码 demo1234；打开页面不记登录', async () => {
    const { page } = env;
    const list = accountList(page);
    await list.waitFor();
    const text = await list.innerText();
    for (const u of DEMO_USERS) {
      for (const words of [u.displayName, ROLE_LABELS[u.role], u.username]) expect(text, words).toContain(words);
    }
    expect(text).toContain(DEMO_PASSWORD);
    expect(await page.getByRole('menuitem').count()).toBe(0);
    expect(signIns(env)).toBe(0);
  });

  test('点护士进入 → 退出回到账号列表 → 点院长进入；刷新页面仍是院长，也不多记一次登录', async () => {
    const { page } = env;
    await enterDemoAs(page, 'hushi');
    expect((await page.getByRole('menuitem').allInnerTexts()).map((t) => t.trim())).not.toContain('用户管理');
    expect(signIns(env)).toBe(1);

    await button(page, '退出').click();
    await accountList(page).waitFor();
    await enterDemoAs(page, 'yuanzhang');
    expect((await page.getByRole('menuitem').allInnerTexts()).map((t) => t.trim())).toContain('用户管理');
    expect(signIns(env)).toBe(2);

    await page.reload();
    await page.getByRole('button', { name: '王丽华（院长）', exact: true }).waitFor();
    await page.getByRole('heading', { name: '总览', level: 1 }).waitFor();
    expect(signIns(env)).toBe(2);
  });

  test('锁定后点“换其他人登录”：回到账号列表，可以换成医生进入', async () => {
    const { page } = env;
    await button(page, '锁定').click();
    const lock = modal(page, '已锁定');
    await lock.getByText(`演示数据的密码是 ${DEMO_PASSWORD}`).waitFor();
    await lock.getByRole('button', { name: '换其他人登录' }).click();
    await accountList(page).waitFor();
    await enterDemoAs(page, 'yisheng');
  });
});
