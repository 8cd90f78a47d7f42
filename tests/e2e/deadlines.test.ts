import { describe, expect, test } from 'vitest';
import type { Page } from 'playwright-core';
import { byId, chooseOption, drawer, useWebApp } from './helpers.ts';

type Location = { location: { hash: string } };

const hash = (page: Page) => page.evaluate(() => (globalThis as unknown as Location).location.hash);

/** The kinds are many (every area adds its own): typed into the filter's search, as a user would. */
async function chooseKind(page: Page, kind: string) {
  await byId(page, 'deadline-kind').click();
  await page.keyboard.type(kind);
  await page.locator('.ant-select-item-option').filter({ hasText: kind }).first().click();
  await page.locator('.ant-select').filter({ has: byId(page, 'deadline-kind') }).filter({ hasText: kind }).waitFor();
}

describe('院长的待办期限（演示数据）', () => {
  const env = useWebApp({ mode: 'demo', viewport: { width: 1366, height: 768 } });

  test('列出即将到期的执业证书；Tab 到这一行按回车，打开这位医务人员', async () => {
    const { page } = env;
    await page.getByRole('menuitem', { name: '待办期限' }).click();
    await page.getByRole('heading', { name: '待办期限', level: 1 }).waitFor();
    await chooseKind(page, '执业证书到期');
    const row = page.locator('.ant-table-row').filter({ hasText: '执业证书到期' }).first();
    await row.waitFor();
    const text = await row.innerText();
    // The demo's nurse 孙丽 has a licence expiring within a month.
    expect(text).toContain('孙丽（注册护士）');
    expect(text).toContain('办理延续注册');
    // From the search box, Tab reaches the first row (the list filtered to licences); Enter opens its record.
    await page.getByLabel('搜索待办期限').focus();
    await page.keyboard.press('Tab');
    await expect.poll(() => page.evaluate(() => (globalThis as unknown as { document: { activeElement: { getAttribute(n: string): string | null } } }).document.activeElement.getAttribute('aria-label'))).toMatch(/^执业证书到期：孙丽/);
    await page.keyboard.press('Enter');
    await expect.poll(() => hash(page)).toMatch(/^#\/clinic\/staff\?id=\d+$/);
    await drawer(page, '孙丽（注册护士）').waitFor();
  });

  test('总览的待办期限卡片按类别计数，点类别打开只列这一类的待办期限', async () => {
    const { page } = env;
    await page.evaluate(() => ((globalThis as unknown as Location).location.hash = '#/'));
    const card = page.locator('.ant-card').filter({ has: page.locator('.ant-card-head-title', { hasText: '待办期限' }) });
    await card.getByRole('button', { name: /^执业证书到期 1/ }).click();
    await expect.poll(() => hash(page)).toBe(`#/deadlines?kind=${encodeURIComponent('执业证书到期')}`);
    await page.locator('.ant-table-row').filter({ hasText: '孙丽（注册护士）' }).waitFor();
    expect(await page.locator('.ant-table-row').count()).toBe(1);
  });

  test('漏记给药的一行打开那一层那一班的交班报告', async () => {
    const { page } = env;
    await page.evaluate(() => ((globalThis as unknown as Location).location.hash = '#/deadlines'));
    await page.getByRole('heading', { name: '待办期限', level: 1 }).waitFor();
    await chooseKind(page, '漏记给药');
    const row = page.locator('.ant-table-row').filter({ hasText: '给药未记录' }).first();
    await row.click();
    await expect.poll(() => hash(page)).toMatch(/^#\/medication\?tab=report&floor=\d+&date=[\d-]+&shift=\w+$/);
    await page.getByRole('tabpanel').locator('.ant-table-row').filter({ hasText: '未记录' }).first().waitFor();
  });
});

describe('护士的总览：我的楼层（演示数据）', () => {
  const env = useWebApp({ mode: 'demo', enterAs: 'hushi', viewport: { width: 1366, height: 768 } });

  test('显示本楼层今日测量和本班给药；换楼层后本机记住', async () => {
    const { page } = env;
    const card = page.locator('.ant-card').filter({ hasText: '我的楼层' }).first();
    await card.getByText('今日生命体征测量').waitFor();
    await card.getByText(/次待给（共 \d+ 次）/).waitFor();
    await card.getByText(/上午(已测|未测)/).waitFor();
    await card.getByText('本层待评估').waitFor();
    await chooseOption(page, 'my-floor', '2 楼');
    await page.reload();
    await page.getByRole('heading', { name: '总览' }).waitFor();
    await expect.poll(() => page.locator('.ant-select').filter({ has: page.locator('#my-floor') }).innerText()).toContain('2 楼');
    await card.getByLabel('本班给药').click();
    await expect.poll(() => hash(page)).toBe('#/medication?floor=2');
  });
});
