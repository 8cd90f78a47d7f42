import { describe, expect, test } from 'vitest';
import { button, byId, drawer, tableRows, toast, useWebApp } from './helpers.ts';

/** Issue #8: a nurse fills an ability assessment and sees the roster's level change. */
describe('老年人能力评估（护士，演示数据）', () => {
  const env = useWebApp({ mode: 'demo', enterAs: 'hushi', viewport: { width: 1366, height: 768 } });

  test('a nurse fills GB/T 42195 on the record page, sees it scored live, saves it, and the roster shows the new level', async () => {
    const { page, app } = env;
    const who = app.runtime.db
      .prepare(`SELECT id, name FROM residents WHERE status = 'in_residence' AND care_level IS NULL ORDER BY id LIMIT 1`)
      .get() as { id: number; name: string };
    await page.getByRole('menuitem', { name: '住养老人' }).click();
    await page.getByRole('textbox', { name: '搜索老人' }).fill(who.name);
    const row = tableRows(page).filter({ hasText: who.name }).first();
    await expect.poll(() => row.textContent()).toContain('未评估');
    await row.click();
    await button(drawer(page, who.name), '健康档案').click();
    await page.getByRole('heading', { name: `${who.name} 的健康档案` }).waitFor();

    await button(page, '新建评估').hover();
    await page.getByText('老年人能力评估（GB/T 42195）').click();
    const form = drawer(page, '老年人能力评估');
    const groups = form.locator('.scale-item .ant-radio-group');
    expect(await groups.count()).toBe(26);
    // Every item at its best option but one: the live score counts what is answered and names what is open.
    for (let i = 0; i < 25; i++) await groups.nth(i).locator('.ant-radio-wrapper').first().click();
    await expect.poll(() => form.getByTestId('live-total').textContent()).toContain('还有 1 项未答');
    await byId(form, 'assessors').fill('孙丽');
    await byId(form, 'assessors').press('Enter');
    // Saving with an item open is refused by the core, naming the item; nothing is saved.
    await button(form, '保存评估').click();
    await expect.poll(() => form.getByTestId('answers-error').textContent()).toContain('B.4.5');
    await groups.nth(25).locator('.ant-radio-wrapper').first().click();
    await expect.poll(() => form.getByTestId('live-level').textContent()).toBe('能力完好');
    await button(form, '保存评估').click();
    await toast(page, /已保存老年人能力评估/).waitFor();
    await expect.poll(() => page.getByTestId('record-level').textContent()).toBe('能力完好');

    await page.getByRole('menuitem', { name: '住养老人' }).click();
    await page.getByRole('textbox', { name: '搜索老人' }).fill(who.name);
    await expect.poll(() => tableRows(page).filter({ hasText: who.name }).first().textContent()).toContain('能力完好');
    const saved = app.runtime.db.prepare(`SELECT total, level_label, assessors FROM assessments WHERE resident_id = ? AND scale = 'gbt42195'`).get(who.id);
    expect(saved).toEqual({ total: 90, level_label: '能力完好', assessors: '刘晓梅、孙丽' });
  });
});
