import { describe, expect, test } from 'vitest';
import { institutionInput } from '../helpers/fixtures.ts';
import { button, byId, chooseOption, fieldError, modal, openMenu, rowCount, toast, typeDate, useWebApp } from './helpers.ts';

const PASSWORD = 'yuanzhang2026';
const HOME = institutionInput({ name: '秦淮区第二社会福利院' });

describe('第一次使用：新的真实数据文件夹', () => {
  const env = useWebApp({ mode: 'real' });

  test('先出现初始设置；信用代码有误时字段下提示；设置完成后进入总览', async () => {
    const { page, app } = env;
    await page.getByRole('heading', { name: '欢迎使用养老医务通' }).waitFor();
    // Nothing of the app before setup: no menu, no sign-in.
    expect(await page.getByRole('menuitem').count()).toBe(0);
    expect(await page.getByRole('button', { name: '登录' }).count()).toBe(0);

    await byId(page, 'institution.name').fill(HOME.name);
    // A code with one character changed: the check character no longer fits.
    const wrong = HOME.creditCode.slice(0, 17) + (HOME.creditCode[17] === '0' ? '1' : '0');
    await byId(page, 'institution.creditCode').fill(wrong);
    await page.getByRole('button', { name: '完成设置并进入' }).click();
    await fieldError(page, 'institution.creditCode').filter({ hasText: '统一社会信用代码校验位不正确' }).waitFor();
    expect(rowCount(app, 'users')).toBe(0);

    await byId(page, 'institution.creditCode').fill(HOME.creditCode);
    await fieldError(page, 'institution.creditCode').waitFor({ state: 'detached' });
    await byId(page, 'institution.address').fill(HOME.address);
    const region = await chooseOption(page, 'institution.regionCode', '江苏省南京市');
    expect(region).toBe('江苏省南京市');
    await byId(page, 'institution.licensedBeds').fill('60');
    await typeDate(page, 'institution.openedOn', '2019-05-01');
    await byId(page, 'institution.directorName').fill('周院长');
    await byId(page, 'director.displayName').fill('周院长');
    await byId(page, 'director.username').fill('zhouyz');
    await byId(page, 'director.password').fill(PASSWORD);
    await byId(page, 'director.passwordConfirm').fill(PASSWORD);
    await page.getByRole('button', { name: '完成设置并进入' }).click();

    await page.getByRole('heading', { name: '总览', level: 1 }).waitFor();
    await page.getByText(`${HOME.name} · 适用政策：江苏省南京市`).waitFor();
    // A real data folder: no demo banner.
    expect(await page.getByText('演示数据').count()).toBe(0);
    const saved = app.runtime.db.prepare('SELECT name, credit_code AS creditCode, licensed_beds AS beds, opened_on AS openedOn FROM institution').get();
    expect(saved).toEqual({ name: HOME.name, creditCode: HOME.creditCode, beds: 60, openedOn: '2019-05-01' });
  });

  test('床位图：添加 1 楼 101–103 室、每间 2 张床，共 6 张', async () => {
    const { page } = env;
    await openMenu(page, '床位图');
    await page.getByText('还没有床位').waitFor();
    await page.getByRole('button', { name: '添加床位' }).first().click();
    const dialog = modal(page, '批量添加床位');
    await dialog.waitFor();
    await byId(dialog, 'floor').fill('1');
    await byId(dialog, 'roomFrom').fill('101');
    await byId(dialog, 'roomTo').fill('103');
    await byId(dialog, 'bedsPerRoom').fill('2');
    await dialog.getByRole('button', { name: '添加 6 张床位' }).click();
    await toast(page, '已添加 6 张床位').waitFor();
    await dialog.waitFor({ state: 'hidden' });
    await page.getByText('共 6 张床位').waitFor();
    await expect.poll(() => page.locator('.bed-cell').count()).toBe(6);
    const labels = await Promise.all((await page.locator('.bed-cell').all()).map((cell) => cell.getAttribute('aria-label')));
    expect(labels).toEqual(['101-1', '101-2', '102-1', '102-2', '103-1', '103-2'].map((b) => `${b} 床，空床`));
    await page.getByRole('tab', { name: '1 楼（0/6）' }).waitFor();
  });

  test('退出后重新登录：密码错误时提示，输对后进入', async () => {
    const { page, app } = env;
    await page.getByRole('button', { name: '退出' }).click();
    const card = page.locator('.ant-card').filter({ hasText: `${HOME.name} · 登录` });
    await card.waitFor();
    await card.getByRole('button', { name: /周院长/ }).click();
    await expect.poll(() => byId(page, 'username').inputValue()).toBe('zhouyz');

    const auditBefore = rowCount(app, 'audit_log');
    await byId(page, 'password').fill('not-the-password');
    await button(page, '登录').click();
    await fieldError(page, 'password').filter({ hasText: '登录名或密码不正确' }).waitFor();
    // Still the sign-in screen, nobody signed in; the only thing written is the failure, for the director to see.
    expect(await page.getByRole('menuitem').count()).toBe(0);
    expect(await byId(page, 'username').inputValue()).toBe('zhouyz');
    expect(rowCount(app, 'audit_log')).toBe(auditBefore + 1);
    const failure = app.runtime.db.prepare('SELECT action, summary FROM audit_log ORDER BY id DESC LIMIT 1').get();
    expect(failure).toEqual({ action: 'auth.signInFailed', summary: '登录失败：周院长（zhouyz）密码不正确' });

    await byId(page, 'password').fill(PASSWORD);
    await button(page, '登录').click();
    // Back in the app on 总览 (signing out resets the screen for the next person), beds as they were.
    await page.getByRole('button', { name: /周院长（院长）/ }).waitFor();
    await page.getByRole('heading', { name: '总览', level: 1 }).waitFor();
    await openMenu(page, '床位图');
    await page.getByText('共 6 张床位').waitFor();
  });
});
