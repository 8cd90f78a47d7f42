import { join } from 'node:path';
import dayjs from 'dayjs';
import { describe, expect, test } from 'vitest';
import { button, byId, drawer, openMenu, RESULTS_DIR, toast, useWebApp } from './helpers.ts';
import { pdfText } from './pdf.ts';

/** The contracted centre on the demo home: the nurse records a visit by keyboard; the director prints 履约情况. */
describe('签约机构来访：护士用键盘登记（演示数据）', () => {
  const env = useWebApp({ mode: 'demo', enterAs: 'hushi', viewport: { width: 1366, height: 768 } });
  const db = () => env.app.runtime.db;

  test('护士登记一次来访：来访人员从常来人员中选，三位老人回车添加，血压脉搏用 Tab 填写，回车签收保存', async () => {
    const { page } = env;
    const names = db()
      .prepare(`SELECT name FROM residents WHERE status = 'in_residence' AND deleted_at IS NULL AND admission_date < date('now', 'localtime') ORDER BY id LIMIT 3`)
      .pluck()
      .all() as string[];
    const visits = db().prepare('SELECT count(*) FROM centre_visits').pluck().get() as number;
    await openMenu(page, '签约医疗机构');
    await page.getByRole('tab', { name: '来访记录' }).click();
    await button(page, '登记来访').first().click();
    const form = page.getByRole('form', { name: '登记来访' });
    await form.waitFor();
    const panel = drawer(page, '登记签约机构来访');

    // Who came: typing a name offers the staff who came before; Enter fills role and licence number.
    await byId(form, 'staff.0.name').focus();
    await page.keyboard.type('陈明');
    await page.locator('.ant-select-dropdown:not(.ant-select-dropdown-hidden) .ant-select-item-option').first().waitFor();
    await page.keyboard.press('ArrowDown');
    await page.keyboard.press('Enter');
    await expect.poll(() => byId(form, 'staff.0.role').inputValue()).toBe('全科医师');

    // Residents seen: type, Enter adds, the box empties for the next.
    const picker = page.getByRole('combobox', { name: '添加诊视老人' });
    for (const name of names) {
      await picker.focus();
      await page.keyboard.type(name);
      await page.locator('.ant-select-dropdown:not(.ant-select-dropdown-hidden) .ant-select-item-option', { hasText: name }).first().waitFor();
      await page.keyboard.press('Enter');
      await panel.getByText(new RegExp(`床 ${name}$`)).waitFor();
    }
    await panel.getByText('诊视老人（3 位）').waitFor();

    // The first resident's readings and note, field to field with Tab; Enter in the note saves.
    await byId(form, 'residents.0.systolic').focus();
    await page.keyboard.type('138');
    await page.keyboard.press('Tab');
    await page.keyboard.type('86');
    await page.keyboard.press('Tab');
    await page.keyboard.type('76');
    await page.keyboard.press('Tab');
    await page.keyboard.type('血压偏高，一周后复测');
    await page.keyboard.press('Enter');
    await toast(page, /已登记来访：.*诊视 3 位老人/).waitFor();

    expect(db().prepare('SELECT count(*) FROM centre_visits').pluck().get()).toBe(visits + 1);
    const saved = db()
      .prepare(
        `SELECT v.signed_off_by_name AS nurse, s.name AS staff, s.licence_no AS licence, x.systolic, x.diastolic, x.pulse, x.note
         FROM centre_visits v JOIN centre_visit_staff s ON s.visit_id = v.id JOIN centre_visit_residents x ON x.visit_id = v.id AND x.position = 0
         ORDER BY v.id DESC LIMIT 1`,
      )
      .get();
    expect(saved).toEqual({ nurse: '刘晓梅', staff: '陈明', licence: '110320100012345', systolic: 138, diastolic: 86, pulse: 76, note: '血压偏高，一周后复测' });
  });
});

describe('履约情况报告：院长打印上季度（演示数据）', () => {
  const env = useWebApp({ mode: 'demo', viewport: { width: 1366, height: 768 } });

  test('服务到位页标出少于约定的月份；打印上季度的履约情况报告，PDF 中写明缺口', async () => {
    const { page } = env;
    // The demo's short month is three months back, always inside the last quarter.
    const short = dayjs().subtract(3, 'month');
    const gap = `${short.year()}年${short.month() + 1}月：家庭医生坐诊约定`;
    await openMenu(page, '签约医疗机构');
    await page.getByRole('tab', { name: '服务到位' }).click();
    const quick = page.getByRole('combobox', { name: '快速选择期间' });
    await quick.click();
    await page.locator('.ant-select-dropdown:not(.ant-select-dropdown-hidden) .ant-select-item-option', { hasText: '上季度' }).click();
    await page.locator('.fulfilment-gap-row', { hasText: `${short.year()}年${short.month() + 1}月` }).waitFor();
    await page.getByText(gap).first().waitFor();

    const [download] = await Promise.all([page.waitForEvent('download', { timeout: 60_000 }), button(page, '打印履约情况报告').click()]);
    const pdf = join(RESULTS_DIR, 'fulfilment.pdf');
    await download.saveAs(pdf);
    const text = pdfText(pdf).replace(/\s+/g, '');
    expect(text).toContain('签约医疗机构履约情况报告');
    expect(text).toContain('未达约定的情况');
    expect(text).toMatch(new RegExp(`${gap}\\d+次，实际3次，少\\d+次。`));
    expect(text).toContain('附录一来访记录');
    expect(text).toContain('宁政办发〔2022〕1号');
  });
});
