import { describe, expect, test } from 'vitest';
import type { Page } from 'playwright-core';
import type { WebApp } from '../../server/app.ts';
import { admitInput, idNumber } from '../helpers/fixtures.ts';
import {
  api,
  button,
  byId,
  chooseOption,
  drawer,
  fieldError,
  formItem,
  modal,
  openMenu,
  rowCount,
  tableRows,
  toast,
  discardUnsaved,
  useWebApp,
  waitForRosterTotal,
} from './helpers.ts';

const NAME = '祁望舒';
const BIRTH = '1942-05-08';

/** A 身份证 number born on BIRTH (female) whose last six digits no one in the demo home shares. */
function freshId(app: WebApp): string {
  for (;;) {
    const id = idNumber(BIRTH, false);
    const taken = app.runtime.db.prepare('SELECT count(*) FROM residents WHERE id_number LIKE ?').pluck().get(`%${id.slice(-6)}`);
    if (taken === 0) return id;
  }
}

/** The same number with a different check character. */
function withWrongCheckDigit(id: string): string {
  const last = id[17]!;
  return id.slice(0, 17) + (last === 'X' ? '0' : String((Number(last) + 1) % 10));
}

async function search(page: Page, text: string) {
  const box = page.getByRole('textbox', { name: '搜索老人' });
  await box.fill(text);
}

/** Fills every field of the admission form with valid values except the ID number. */
async function fillAdmission(page: Page, values: { name: string; idNumber: string }) {
  const form = page.getByRole('form', { name: '办理入住' });
  await form.waitFor();
  await byId(form, 'name').fill(values.name);
  await byId(form, 'idNumber').fill(values.idNumber);
  const bed = await chooseOption(page, 'bedId');
  await byId(form, 'emergencyContacts.0.name').fill('祁建国');
  await byId(form, 'emergencyContacts.0.relation').fill('儿子');
  await byId(form, 'emergencyContacts.0.phone').fill('13912345678');
  return { form, bed: bed.replace(/\s*床$/, '') };
}

describe('住养老人名册（演示数据）', () => {
  const env = useWebApp({ mode: 'demo' });
  const id = { value: '' };
  let bedLabel = '';

  test('以院长身份进入演示数据后，每屏都有“演示数据”标记', async () => {
    const { page } = env;
    await page.getByRole('heading', { name: '总览', level: 1 }).waitFor();
    await page.locator('.demo-ribbon').waitFor();
    await page.getByRole('button', { name: /王丽华（院长）/ }).waitFor();
    for (const screen of ['床位图', '机构信息', '用户管理', '审计日志', '数据备份', '住养老人']) {
      await openMenu(page, screen);
      expect(await page.locator('.demo-ribbon').isVisible(), screen).toBe(true);
      expect(await page.locator('.ant-layout-header .ant-tag').filter({ hasText: '演示数据' }).isVisible(), screen).toBe(true);
    }
    await waitForRosterTotal(page, 120);
  });

  test('办理入住：身份证号自动显示出生日期和性别，选空床，填紧急联系人，保存成功', async () => {
    const { page, app } = env;
    id.value = freshId(env.app);
    expect(app.runtime.db.prepare("SELECT count(*) FROM residents WHERE name_initials LIKE 'qws%' OR name LIKE '%望舒%'").pluck().get()).toBe(0);
    const before = rowCount(app, 'residents');

    await button(page, '办理入住').first().click();
    const form = page.getByRole('form', { name: '办理入住' });
    await form.waitFor();
    await byId(form, 'name').fill(NAME);
    await byId(form, 'idNumber').fill(id.value);
    // The live line under the field reads the number: birth date, sex and age.
    await formItem(form, 'idNumber').getByText(`✓ 出生日期 ${BIRTH}，女，`).waitFor();
    const bed = await chooseOption(page, 'bedId');
    bedLabel = bed.replace(/\s*床$/, '');
    expect(bedLabel).toMatch(/^\d{3}-\d$/);
    await byId(form, 'emergencyContacts.0.name').fill('祁建国');
    await byId(form, 'emergencyContacts.0.relation').fill('儿子');
    await byId(form, 'emergencyContacts.0.phone').fill('13912345678');
    await button(drawer(page, '办理入住'), '办理入住').click();

    await toast(page, `已为 ${NAME} 办理入住（${bedLabel} 床）`).waitFor();
    // The new resident's drawer opens on the saved record.
    const detail = drawer(page, `${NAME}（${bedLabel} 床）`);
    await detail.waitFor();
    await detail.getByText(BIRTH).waitFor();
    await detail.getByText('祁建国（儿子） 13912345678').waitFor();
    expect(rowCount(app, 'residents')).toBe(before + 1);
    await page.keyboard.press('Escape');
    await detail.waitFor({ state: 'hidden' });
    await waitForRosterTotal(page, 121);
  });

  test('搜索：姓名的一部分、拼音首字母、身份证号后 6 位都只找到这一位', async () => {
    const { page } = env;
    for (const text of ['望舒', 'qws', 'QW', id.value.slice(-6)]) {
      // From the whole roster each time, so a result is never the previous search's.
      await search(page, '');
      await waitForRosterTotal(page, 121);
      await search(page, text);
      await waitForRosterTotal(page, 1);
      await expect.poll(() => tableRows(page).count(), { message: `搜索“${text}”` }).toBe(1);
      const row = tableRows(page).first();
      expect(await row.getByRole('link').innerText()).toBe(NAME);
      expect(await row.innerText()).toContain(id.value);
      expect(await row.innerText()).toContain(bedLabel);
    }
    await search(page, '');
    await waitForRosterTotal(page, 121);
  });

  test('身份证号校验位错误：字段下提示，什么也没有保存', async () => {
    const { page, app } = env;
    const before = { residents: rowCount(app, 'residents'), audit: rowCount(app, 'audit_log') };
    await button(page, '办理入住').first().click();
    const { form } = await fillAdmission(page, { name: '祁错号', idNumber: withWrongCheckDigit(freshId(env.app)) });
    await button(drawer(page, '办理入住'), '办理入住').click();
    await fieldError(form, 'idNumber').filter({ hasText: '身份证号校验位不正确' }).waitFor();
    expect(await formItem(form, 'idNumber').getByText('✓ 出生日期').count()).toBe(0);
    expect(await toast(page, '祁错号').count()).toBe(0);
    expect({ residents: rowCount(app, 'residents'), audit: rowCount(app, 'audit_log') }).toEqual(before);
    await button(drawer(page, '办理入住'), '取消').click();
    await discardUnsaved(page);
    await form.waitFor({ state: 'detached' });
  });

  test('身份证号与在住老人重复：核心拒绝，提示出现在身份证号下，什么也没有保存', async () => {
    const { page, app } = env;
    const before = { residents: rowCount(app, 'residents'), audit: rowCount(app, 'audit_log') };
    await button(page, '办理入住').first().click();
    const { form } = await fillAdmission(page, { name: '祁重号', idNumber: id.value });
    // The form itself accepts a well-formed number; only the core knows who is in residence.
    await formItem(form, 'idNumber').getByText(`✓ 出生日期 ${BIRTH}`).waitFor();
    await button(drawer(page, '办理入住'), '办理入住').click();
    const error = fieldError(form, 'idNumber').filter({ hasText: '已登记为在住老人' });
    await error.waitFor();
    expect(await error.innerText()).toContain(`${NAME}（${bedLabel}床）`);
    expect({ residents: rowCount(app, 'residents'), audit: rowCount(app, 'audit_log') }).toEqual(before);
    // The form stays open with what was typed.
    expect(await byId(form, 'name').inputValue()).toBe('祁重号');
    await button(drawer(page, '办理入住'), '取消').click();
    await discardUnsaved(page);
    await form.waitFor({ state: 'detached' });
    await waitForRosterTotal(page, 121);
  });

  test('换床、离院（离开在住名单，出现在“已离院/去世”），再撤销离院', async () => {
    const { page, app } = env;
    await search(page, NAME);
    await waitForRosterTotal(page, 1);
    await tableRows(page).first().getByRole('link', { name: NAME }).click();
    let detail = drawer(page, `${NAME}（${bedLabel} 床）`);
    await detail.waitFor();

    // 换床
    await button(detail, '换床').click();
    const move = modal(page, `换床：${NAME}（现住 ${bedLabel} 床）`);
    await move.waitFor();
    const newBed = (await chooseOption(page, 'bedId')).replace(/\s*床$/, '');
    expect(newBed).not.toBe(bedLabel);
    await button(move, '确认换床').click();
    await toast(page, `${NAME} 已换到 ${newBed} 床`).waitFor();
    await move.waitFor({ state: 'detached' });
    detail = drawer(page, `${NAME}（${newBed} 床）`);
    await detail.waitFor();
    await detail.getByRole('tab', { name: '床位记录' }).click();
    await detail.locator('.ant-table-row').filter({ hasText: newBed }).filter({ hasText: '至今' }).waitFor();
    await page.keyboard.press('Escape');
    await detail.waitFor({ state: 'hidden' });
    await tableRows(page).filter({ hasText: newBed }).filter({ hasText: NAME }).waitFor();

    // 离院
    await tableRows(page).first().getByRole('link', { name: NAME }).click();
    await detail.waitFor();
    await button(detail, '离院 / 去世').click();
    const leave = modal(page, `离院或去世：${NAME}`);
    await leave.waitFor();
    await byId(leave, 'reason').fill('家属接回家中照护');
    await button(leave, '确认登记').click();
    await toast(page, `已登记 ${NAME} 离院，${newBed} 床已空出`).waitFor();
    await leave.waitFor({ state: 'detached' });
    await detail.getByText('已离院').first().waitFor();
    expect(app.runtime.db.prepare('SELECT status FROM residents WHERE id_number = ?').pluck().get(id.value)).toBe('discharged');
    await page.keyboard.press('Escape');
    await detail.waitFor({ state: 'hidden' });
    await waitForRosterTotal(page, 0);
    await page.getByText('没有符合条件的老人').waitFor();

    await page.locator('.ant-segmented-item').filter({ hasText: '已离院/去世' }).click();
    await waitForRosterTotal(page, 1);
    const row = tableRows(page).first();
    expect(await row.innerText()).toContain('已离院');
    expect(await row.innerText()).toContain(NAME);

    // 撤销离院, through its confirmation
    await row.getByRole('link', { name: NAME }).click();
    await detail.waitFor();
    await button(detail, '撤销离院').click();
    const confirm = modal(page, `撤销离院：${NAME}`);
    await confirm.waitFor();
    // The body says where the resident goes once the free beds are read (a moment after the dialog opens).
    await confirm.getByText(`${NAME} 将回到原床位 ${newBed} 床`).waitFor();
    await button(confirm, '撤销离院').click();
    await toast(page, `已撤销离院，${NAME} 住 ${newBed} 床`).waitFor();
    await detail.getByText('在住', { exact: true }).waitFor();
    await button(detail, '换床').waitFor();
    await page.keyboard.press('Escape');
    await detail.waitFor({ state: 'hidden' });
    await waitForRosterTotal(page, 0);

    await page.locator('.ant-segmented-item').filter({ hasText: '在住' }).first().click();
    await waitForRosterTotal(page, 1);
    expect(await tableRows(page).first().innerText()).toContain(newBed);
    expect(app.runtime.db.prepare('SELECT status FROM residents WHERE id_number = ?').pluck().get(id.value)).toBe('in_residence');
    await search(page, '');
    await waitForRosterTotal(page, 121);
  });

  test('撤销离院时原床位已住了别人：提示并请选择空床位，选好后撤销成功', async () => {
    const { page, app } = env;
    const director = app.runtime.db.prepare(`SELECT id FROM users WHERE role = 'director' LIMIT 1`).pluck().get() as number;
    const session = app.runtime.sessions.create({ id: director, displayName: '院长', role: 'director', mustChangePassword: false }).id;
    const freeBed = app.runtime.db
      .prepare(`SELECT id FROM beds WHERE active = 1 AND id NOT IN (SELECT bed_id FROM residents WHERE status = 'in_residence' AND deleted_at IS NULL) LIMIT 1`)
      .pluck()
      .get() as number;
    const gone = await api(app, 'residents.admit', admitInput(freeBed, { name: '祁回来', idNumber: freshId(app), admissionDate: '2026-10-01' }), session);
    await api(app, 'residents.leave', { id: gone.id, kind: 'discharged', date: '2026-10-20', reason: '回家' }, session);
    await api(app, 'residents.admit', admitInput(freeBed, { name: '祁占床', idNumber: freshId(app), admissionDate: '2026-10-21' }), session);
    await openMenu(page, '住养老人');
    await page.locator('.ant-segmented-item').filter({ hasText: '已离院/去世' }).first().click();
    await search(page, '祁回来');
    await waitForRosterTotal(page, 1);
    await tableRows(page).first().getByRole('link', { name: '祁回来' }).click();
    const detail = drawer(page, '祁回来');
    await button(detail, '撤销离院').click();
    const dialog = modal(page, '撤销离院：祁回来');
    await dialog.getByText(`原床位 ${gone.bedLabel} 已有其他老人入住，请为 祁回来 选择一张空床位。`).waitFor();
    await button(dialog, '撤销离院').click();
    await fieldError(dialog, 'bedId').waitFor();
    await chooseOption(page, 'bedId');
    await button(dialog, '撤销离院').click();
    await toast(page, /已撤销离院，祁回来 住 .+ 床/).waitFor();
    expect(app.runtime.db.prepare('SELECT status, bed_id <> ? AS moved FROM residents WHERE id = ?').get(gone.bedId, gone.id)).toEqual({ status: 'in_residence', moved: 1 });
    await page.keyboard.press('Escape');
    await search(page, '');
  });
});
