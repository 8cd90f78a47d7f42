import { describe, expect, test } from 'vitest';
import type { Page } from 'playwright-core';
import { idNumber } from '../helpers/fixtures.ts';
import { DEMO_PASSWORD } from '../../core/demo/accounts.ts';
import {
  button,
  byId,
  chooseOption,
  fieldError,
  fontSizePx,
  isFocused,
  modal,
  openMenu,
  tableRows,
  toast,
  useWebApp,
  waitForRosterTotal,
  type BrowserGlobals,
} from './helpers.ts';


/** The first cell of the first data row: ordinary body text of the roster. */
const cell = (page: Page) => tableRows(page).first().locator('.ant-table-cell').first();

describe('大字、键盘与锁定（演示数据）', () => {
  const env = useWebApp({ mode: 'demo' });
  const largeTextSaved = () =>
    env.app.runtime.db.prepare("SELECT large_text FROM users WHERE username = 'yuanzhang'").pluck().get() as number;

  test('大字：表格文字变大；刷新后仍是大字，按用户保存', async () => {
    const { page } = env;
    await page.getByRole('heading', { name: '总览', level: 1 }).waitFor();
    await openMenu(page, '住养老人');
    await waitForRosterTotal(page, 120);
    const normal = await fontSizePx(cell(page));
    expect(normal).toBeLessThan(19);

    const toggle = page.getByRole('switch', { name: '大字显示' });
    await toggle.click();
    await expect.poll(() => fontSizePx(cell(page))).toBeGreaterThanOrEqual(19);
    expect(await toggle.getAttribute('aria-checked')).toBe('true');
    await expect.poll(largeTextSaved).toBe(1);

    await page.reload();
    await waitForRosterTotal(page, 120);
    expect(await fontSizePx(cell(page))).toBeGreaterThanOrEqual(19);

    // Not only this computer's memory: with it forgotten, the signed-in user's setting brings it back.
    await page.evaluate(() => (globalThis as unknown as BrowserGlobals).localStorage.removeItem('ylywt.largeText'));
    await page.reload();
    await waitForRosterTotal(page, 120);
    await expect.poll(() => fontSizePx(cell(page))).toBeGreaterThanOrEqual(19);
    expect(await page.getByRole('switch', { name: '大字显示' }).getAttribute('aria-checked')).toBe('true');

    await page.getByRole('switch', { name: '大字显示' }).click();
    await expect.poll(() => fontSizePx(cell(page))).toBe(normal);
    await expect.poll(largeTextSaved).toBe(0);
  });

  test('按 / 跳到搜索框；输入后可一键清除', async () => {
    const { page } = env;
    const box = page.getByRole('textbox', { name: '搜索老人' });
    await page.getByRole('heading', { name: '住养老人', level: 1 }).click();
    expect(await isFocused(box)).toBe(false);
    await page.keyboard.press('/');
    await expect.poll(() => isFocused(box)).toBe(true);
    // The slash itself is not typed into the box.
    expect(await box.inputValue()).toBe('');

    await page.keyboard.type('zzzz');
    await waitForRosterTotal(page, 0);
    await page.getByText('没有符合条件的老人').waitFor();
    // Escape in the search box clears it, as the clear icon does (checked in the next test).
    await page.keyboard.press('Escape');
    expect(await box.inputValue()).toBe('');
    await waitForRosterTotal(page, 120);
    expect(await tableRows(page).count()).toBeGreaterThan(0);
  });

  test('点“锁定”：出现“已锁定”，输入演示密码后继续', async () => {
    const { page } = env;
    await button(page, '锁定').click();
    const lock = modal(page, '已锁定');
    await lock.waitFor();
    await lock.getByText(`演示数据的密码是 ${DEMO_PASSWORD}`).waitFor();
    // Locked by hand: the words must not claim it was idle time.
    await lock.getByText('已锁定，离开电脑时老人信息不会被他人看到').waitFor();
    expect(await lock.getByText('长时间未操作').count()).toBe(0);

    await byId(lock, 'password').fill('wrong-password');
    await button(lock, '登录').click();
    await fieldError(lock, 'password').filter({ hasText: '登录名或密码不正确' }).waitFor();
    await expect.poll(() => lock.isVisible()).toBe(true);

    await byId(lock, 'password').fill(DEMO_PASSWORD);
    await button(lock, '登录').click();
    await lock.waitFor({ state: 'detached' });
    // Working again with the new session: the roster answers a search.
    await page.getByRole('textbox', { name: '搜索老人' }).fill('101-1');
    await waitForRosterTotal(page, 1);
    await page.locator('.toolbar .ant-input-clear-icon').click();
    await waitForRosterTotal(page, 120);
  });

  test('无操作自动锁定：入住表单里未保存的内容解锁后仍在', async () => {
    const { page } = env;
    // The browser's clock, so that 15 idle minutes pass at once; the page starts again under it.
    await page.clock.install();
    await page.reload();
    await waitForRosterTotal(page, 120);

    await button(page, '办理入住').first().click();
    const form = page.getByRole('form', { name: '办理入住' });
    await form.waitFor();
    await byId(form, 'name').fill('未保存的老人');
    await byId(form, 'idNumber').fill('32010219420508');
    await byId(form, 'emergencyContacts.0.name').fill('未保存的联系人');

    const lock = modal(page, '已锁定');
    expect(await lock.count()).toBe(0);
    await page.clock.fastForward('16:00');
    await lock.waitFor();
    await lock.getByText('长时间未操作，已自动锁定').waitFor();
    await byId(lock, 'password').fill(DEMO_PASSWORD);
    await button(lock, '登录').click();
    await lock.waitFor({ state: 'detached' });

    expect(await byId(form, 'name').inputValue()).toBe('未保存的老人');
    expect(await byId(form, 'idNumber').inputValue()).toBe('32010219420508');
    expect(await byId(form, 'emergencyContacts.0.name').inputValue()).toBe('未保存的联系人');
    // And it can be finished and saved under the new session.
    await byId(form, 'idNumber').fill(idNumber('1942-05-08', false));
    await chooseOption(page, 'bedId');
    await byId(form, 'emergencyContacts.0.relation').fill('女儿');
    await byId(form, 'emergencyContacts.0.phone').fill('13912345678');
    await button(page.locator('.ant-drawer-section'), '办理入住').click();
    await toast(page, '已为 未保存的老人 办理入住').waitFor();
    await waitForRosterTotal(page, 121);
  });
});
