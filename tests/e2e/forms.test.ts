import { describe, expect, test } from 'vitest';
import { button, byId, discardQuestion, discardUnsaved, drawer, modal, rowCount, useWebApp } from './helpers.ts';

/**
 * Every form is one useApiForm in a FormModal or FormDrawer: a form with unsaved input asks before it
 * closes, by Esc, by a click beside it, or by 取消; an untouched one closes at once.
 */
describe('表单：未保存的内容关闭前先询问（演示数据）', () => {
  const env = useWebApp({ mode: 'demo' });

  test('未填写的表单按 Esc 直接关闭，不询问', async () => {
    const { page } = env;
    await page.getByRole('menuitem', { name: '住养老人' }).click();
    await button(page, '办理入住').first().click();
    const form = drawer(page, '办理入住');
    await byId(form, 'name').waitFor();
    await page.keyboard.press('Escape');
    await form.waitFor({ state: 'detached' });
    expect(await discardQuestion(page).count()).toBe(0);
  });

  test('填了一半的入住表单：Esc、取消都先询问；“继续填写”保留内容；“放弃并关闭”才关闭', async () => {
    const { page, app } = env;
    const before = rowCount(app, 'residents');
    await button(page, '办理入住').first().click();
    const form = drawer(page, '办理入住');
    await byId(form, 'name').fill('钱未存');

    await page.keyboard.press('Escape');
    await discardQuestion(page).waitFor();
    await button(discardQuestion(page), '继续填写').click();
    await discardQuestion(page).waitFor({ state: 'detached' });
    expect(await byId(form, 'name').inputValue()).toBe('钱未存');

    await button(form, '取消').click();
    await discardUnsaved(page);
    await form.waitFor({ state: 'detached' });
    expect(rowCount(app, 'residents')).toBe(before);
  });

  test('对话框：点旁边的空白处也先询问', async () => {
    const { page } = env;
    await page.getByRole('menuitem', { name: '床位图' }).click();
    await button(page, '添加床位').click();
    const dialog = modal(page, '批量添加床位');
    await byId(dialog, 'bedsPerRoom').fill('3');
    await page.mouse.click(10, 400);
    await discardQuestion(page).waitFor();
    await button(discardQuestion(page), '继续填写').click();
    expect(await byId(dialog, 'bedsPerRoom').inputValue()).toBe('3');
    await button(dialog, '取消').click();
    await discardUnsaved(page);
    await dialog.waitFor({ state: 'detached' });
  });
});
