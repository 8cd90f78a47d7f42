import type { Page } from 'playwright-core';
import { describe, expect, test } from 'vitest';
import { admitInput, idNumber, institutionInput, TEST_PASSWORD } from '../helpers/fixtures.ts';
import { api, button, openMenu, rowCount, signInAs, tableRows, useWebApp } from './helpers.ts';

/** The audit page's status line: “共 N 条”, or how far a bounded search looked. */
const status = (page: Page) => page.locator('.toolbar [aria-live="polite"]').last();

describe('审计日志：一页 50 条，用“更早”“更新”翻页', () => {
  const env = useWebApp({
    mode: 'real',
    // 70 admissions and the setup around them: more than one page of the log.
    async prepare(app) {
      const { sessionId } = await api(app, 'auth.setup', {
        institution: institutionInput(),
        director: { username: 'director', displayName: '院长甲', password: TEST_PASSWORD, passwordConfirm: TEST_PASSWORD },
      });
      await api(app, 'beds.add', { floor: 1, roomFrom: 101, roomTo: 140, bedsPerRoom: 2 }, sessionId);
      const beds = (await api(app, 'beds.map', { floor: null }, sessionId)).beds;
      for (let i = 0; i < 70; i++) {
        await api(app, 'residents.admit', admitInput(beds[i]!.bedId, { name: `测试${'甲乙丙丁戊己庚辛壬癸'[i % 10]}`, idNumber: idNumber() }), sessionId);
      }
      await api(app, 'auth.signOut', {}, sessionId);
    },
  });

  test('the first page is counted and the newest first; 更早 goes on from its last row, 更新 comes back', async () => {
    const { page, app } = env;
    await signInAs(page, '院长甲', '院长', TEST_PASSWORD);
    await openMenu(page, '审计日志');
    const total = rowCount(app, 'audit_log');
    expect(total).toBeGreaterThan(70);
    await status(page).filter({ hasText: `共 ${total} 条` }).waitFor();
    await expect.poll(() => tableRows(page).count()).toBe(50);
    const firstPage = await tableRows(page).allInnerTexts();
    expect(await button(page, '更新').isDisabled()).toBe(true);

    await button(page, '更早').click();
    await page.getByText('第 2 页').waitFor();
    await expect.poll(() => tableRows(page).count()).toBe(total - 50);
    expect(await button(page, '更早').isDisabled()).toBe(true);
    const secondPage = await tableRows(page).allInnerTexts();
    // Each admission names its own bed: none of them is on both pages.
    const admissions = (rows: string[]) => rows.filter((row) => row.includes('办理入住'));
    expect(admissions(firstPage).length + admissions(secondPage).length).toBe(70);
    expect(admissions(secondPage).some((row) => firstPage.includes(row))).toBe(false);
    // The count stays, from the first page, while paging.
    expect(await status(page).innerText()).toContain(`共 ${total} 条`);

    await button(page, '更新').click();
    await page.getByText('第 1 页').waitFor();
    await expect.poll(() => tableRows(page).allInnerTexts()).toEqual(firstPage);
  });
});
