import { describe, expect, test } from 'vitest';
import { institutionInput, TEST_PASSWORD } from '../helpers/fixtures.ts';
import { api, button, byId, chooseOption, fieldError, modal, openMenu, rowCount, tableRows, toast, useWebApp } from './helpers.ts';

const TEMPORARY = 'linshi-2026';
const OWN = 'wodemima-88';

describe('新账号：院长设的临时密码，本人第一次登录时换成自己的', () => {
  const env = useWebApp({
    mode: 'real',
    async prepare(app) {
      await api(app, 'auth.setup', {
        institution: institutionInput(),
        director: { username: 'director', displayName: '院长甲', password: TEST_PASSWORD, passwordConfirm: TEST_PASSWORD },
      });
    },
  });

  test('院长新建账号：弱密码在输入框下说明规则；建好后标着“待本人设密码”', async () => {
    const { page } = env;
    await page.getByRole('button', { name: /院长甲/ }).click();
    await byId(page, 'password').fill(TEST_PASSWORD);
    await button(page, '登录').click();
    await openMenu(page, '用户管理');
    await button(page, '新建用户').click();
    const dialog = modal(page, '新建用户');
    await byId(dialog, 'displayName').fill('孙护士');
    await byId(dialog, 'username').fill('sunhs');
    await chooseOption(page, 'role', '护士');
    const weak = [
      ['123456', '密码至少 8 位'],
      ['password', '这个密码太常见'],
      ['sunhs2026', '密码不能包含登录名'],
    ];
    for (const [password, reason] of weak) {
      await byId(dialog, 'password').fill(password!);
      await byId(dialog, 'passwordConfirm').fill(password!);
      await button(dialog, '新建').click();
      await fieldError(dialog, 'password').filter({ hasText: reason! }).waitFor();
    }
    expect(rowCount(env.app, 'users')).toBe(1);
    await byId(dialog, 'password').fill(TEMPORARY);
    await byId(dialog, 'passwordConfirm').fill(TEMPORARY);
    await button(dialog, '新建').click();
    await toast(page, '已新建用户 孙护士').waitFor();
    await expect.poll(() => tableRows(page).filter({ hasText: '孙护士' }).innerText()).toContain('待本人设密码');
    await button(page, '退出').click();
  });

  test('本人用临时密码登录：先出现“请设置您自己的密码”，设好后进入；下次用新密码', async () => {
    const { page } = env;
    await page.getByRole('button', { name: /孙护士/ }).click();
    await byId(page, 'password').fill(TEMPORARY);
    await button(page, '登录').click();
    await page.getByText('请设置您自己的密码').waitFor();
    expect(await page.getByRole('menuitem').count()).toBe(0);

    await byId(page, 'current').fill(TEMPORARY);
    await byId(page, 'password').fill(TEMPORARY);
    await byId(page, 'passwordConfirm').fill(TEMPORARY);
    await button(page, '设置新密码并进入').click();
    await fieldError(page, 'password').filter({ hasText: '新密码不能与当前密码相同' }).waitFor();

    await byId(page, 'password').fill(OWN);
    await byId(page, 'passwordConfirm').fill(OWN);
    await button(page, '设置新密码并进入').click();
    await page.getByRole('button', { name: '孙护士（护士）' }).waitFor();
    await page.getByRole('heading', { name: '总览', level: 1 }).waitFor();

    await button(page, '退出').click();
    await page.getByRole('button', { name: /孙护士/ }).click();
    await byId(page, 'password').fill(OWN);
    await button(page, '登录').click();
    await page.getByRole('heading', { name: '总览', level: 1 }).waitFor();
    expect(await page.getByText('请设置您自己的密码').count()).toBe(0);
  });
});
