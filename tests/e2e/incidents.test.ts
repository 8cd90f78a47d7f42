import { describe, expect, test } from 'vitest';
import { button, byId, chooseOption, drawer, fieldError, modal, tableRows, toast, useWebApp } from './helpers.ts';

/** The incident register on the demo home: what is still to do, reporting one, telling the family. */
describe('意外事件（演示数据）', () => {
  const env = useWebApp({ mode: 'demo', viewport: { width: 1366, height: 768 } });
  const count = (sql: string) => env.app.runtime.db.prepare(sql).pluck().get() as number;

  test('总览的待办期限列出未通知家属的事件，已逾期；点开即是这条记录', async () => {
    const { page } = env;
    // The card counts each kind (older ability assessments fill its first rows); its 通知家属 opens the list of that kind.
    const card = page.locator('.ant-card').filter({ has: page.locator('.ant-card-head-title', { hasText: '待办期限' }) });
    await card.getByRole('button', { name: /^通知家属 1（逾期 1）$/ }).click();
    const item = page.getByRole('row', { name: /^通知家属：.*跌倒，逾期 \d+ 天/ });
    await item.waitFor();
    await item.press('Enter');
    const detail = drawer(page, /^意外事件：.*跌倒$/);
    await detail.getByText('尚未通知家属').waitFor();
    await page.keyboard.press('Escape');
    await detail.waitFor({ state: 'hidden' });
  });

  test('演示数据中有一年的意外事件；“待通知家属”只列出还没通知家属的那一条', async () => {
    const { page } = env;
    await expect.poll(() => tableRows(page).count()).toBe(count('SELECT count(*) FROM incidents WHERE deleted_at IS NULL'));
    await page.getByText(/^待通知家属 1$/).click();
    await expect.poll(() => tableRows(page).count()).toBe(1);
    await tableRows(page).first().getByText('未通知').waitFor();
  });

  test('记录已通知家属：写明通知了谁，记录更新，待通知家属变为 0，审计日志有这一条', async () => {
    const { page } = env;
    const audits = count("SELECT count(*) FROM audit_log WHERE entity = 'incident'");
    await tableRows(page).first().press('Enter');
    const detail = drawer(page, /^意外事件：/);
    await detail.getByText('尚未通知家属').waitFor();
    await button(detail, '记录已通知家属').click();
    const dialog = modal(page, '记录已通知家属');
    await button(dialog, '记录').click();
    // 通知了谁 is required: nothing is written without it.
    await fieldError(dialog, 'familyNotifiedWhom').waitFor();
    expect(count("SELECT count(*) FROM audit_log WHERE entity = 'incident'")).toBe(audits);
    await byId(dialog, 'familyNotifiedWhom').fill('女儿 江小红（电话）');
    await button(dialog, '记录').click();
    await toast(page, /已记录通知家属/).waitFor();
    await detail.getByText(/通知 女儿 江小红（电话）/).waitFor();
    expect(count("SELECT count(*) FROM audit_log WHERE entity = 'incident'")).toBe(audits + 1);
    await page.keyboard.press('Escape');
    await page.getByText(/^待通知家属 0$/).waitFor();
  });

  test('登记意外事件：缺少必填项时指出字段；填好后保存，出现在登记簿最前面', async () => {
    const { page } = env;
    const before = count('SELECT count(*) FROM incidents');
    await page.getByText(/^全部$/).click();
    await button(page, '登记意外事件').first().click();
    const form = page.getByRole('form', { name: '登记意外事件' });
    await form.waitFor();
    const panel = drawer(page, '登记意外事件');
    await button(panel, '登记').click();
    await fieldError(form, 'residentId').waitFor();
    await fieldError(form, 'place').waitFor();
    expect(count('SELECT count(*) FROM incidents')).toBe(before);

    const who = await chooseOption(page, 'residentId');
    await chooseOption(page, 'kind', '噎食');
    await byId(form, 'place').fill('一楼餐厅');
    await byId(form, 'description').fill('午餐吃鱼时呛咳，咳出鱼刺。');
    await byId(form, 'actions').fill('护士查看咽部无异物，观察半小时无不适。');
    await button(panel, '登记').click();
    await toast(page, /已登记：.* 噎食/).waitFor();
    expect(count('SELECT count(*) FROM incidents')).toBe(before + 1);
    // The new record opens, still to be told to the family.
    const detail = drawer(page, /^意外事件：.*噎食$/);
    await detail.getByText('尚未通知家属').waitFor();
    await page.keyboard.press('Escape');
    const name = who.replace(/^\S+ 床 /, '');
    await tableRows(page).first().getByText(name).waitFor();
  });
});
