import { describe, expect, test } from 'vitest';
import { button, byId, chooseOption, drawer, toast, useWebApp } from './helpers.ts';

/** Issue #8: a doctor records a 65+ resident's annual exam from the due list; the 33 TCM questions are scored live. */
describe('年度健康体检（医生，演示数据）', () => {
  const env = useWebApp({ mode: 'demo', enterAs: 'yisheng', viewport: { width: 1366, height: 768 } });

  test('from the 65+ due list to a saved exam, the TCM result shown live, saved once for the year', async () => {
    const { page, app } = env;
    const year = new Date().getFullYear();
    const who = app.runtime.db
      .prepare(
        `SELECT r.id, r.name FROM residents r WHERE r.status = 'in_residence' AND r.birth_date <= date('now', '-66 years')
         AND NOT EXISTS (SELECT 1 FROM annual_exams e WHERE e.resident_id = r.id) ORDER BY r.id LIMIT 1`,
      )
      .get() as { id: number; name: string };
    await page.getByRole('menuitem', { name: '护理与健康' }).click();
    await page.getByRole('tab', { name: /年度体检待检/ }).click();
    await page.locator('input[placeholder="按姓名查找"]:visible').fill(who.name);
    await page.locator('.ant-table-row a:visible', { hasText: who.name }).first().click();
    await page.getByRole('heading', { name: `${who.name} 的健康档案` }).waitFor();
    await page.getByRole('tab', { name: '年度体检' }).click();
    await button(page, '录入年度体检').click();
    const form = drawer(page, '年度健康体检');
    await form.getByText('症状与一般状况').waitFor();

    await chooseOption(page, 'form.symptoms', '无症状');
    await page.keyboard.press('Escape');
    for (const [id, value] of [
      ['form.general.temperature', '36.6'],
      ['form.general.pulse', '76'],
      ['form.general.respiration', '18'],
      ['form.general.bpLeftSystolic', '132'],
      ['form.general.bpLeftDiastolic', '78'],
      ['form.general.height', '160'],
      ['form.general.weight', '58'],
      ['form.general.waist', '82'],
      ['form.physical.heartRate', '76'],
    ] as const) {
      await byId(form, id).fill(value);
    }
    for (const id of [
      'form.general.healthSelfRating', 'form.general.cognition', 'form.general.mood', 'form.lifestyle.exercise', 'form.lifestyle.smoking',
      'form.lifestyle.drinking', 'form.organs.lips', 'form.organs.pharynx', 'form.organs.hearing', 'form.organs.motor', 'form.physical.skin',
      'form.physical.sclera', 'form.physical.lymph', 'form.physical.breathSounds', 'form.physical.rales', 'form.physical.rhythm',
      'form.physical.edema', 'form.physical.dorsalisPedis', 'form.evaluation',
    ]) {
      await chooseOption(page, id);
    }
    for (const id of ['form.lifestyle.diet', 'form.organs.dentition']) {
      await chooseOption(page, id);
      await page.keyboard.press('Escape');
    }
    // 生活自理能力 5 items and the 33 TCM questions: the first option of each (0 points; 1 = 没有).
    const groups = form.locator('.ant-radio-group');
    expect(await groups.count()).toBe(38);
    for (let i = 0; i < 38; i++) await groups.nth(i).locator('.ant-radio-wrapper').first().click();
    await expect.poll(() => form.locator('.ant-alert-success').last().textContent()).toContain('平和质');
    await button(form, '保存体检').click();
    await toast(page, new RegExp(`已保存 ${who.name} ${year} 年度体检`)).waitFor();

    const saved = app.runtime.db.prepare('SELECT exam_year, tcm_main, selfcare_level FROM annual_exams WHERE resident_id = ?').get(who.id);
    expect(saved).toMatchObject({ exam_year: year, selfcare_level: '可自理' });
    // The record page's exam list shows it.
    await expect.poll(() => page.locator('.ant-table-row:visible').first().textContent()).toContain('可自理');
  });
});
