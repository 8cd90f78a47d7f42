import { describe, expect, test } from 'vitest';
import { admitInput, idNumber, institutionInput, TEST_PASSWORD } from '../helpers/fixtures.ts';
import { addStaff } from '../helpers/staff.ts';
import { api, button, openMenu, signInAs, tableRows, useWebApp, waitForRosterTotal } from './helpers.ts';

const RESIDENTS = [
  { name: '孙桂兰', idNumber: idNumber('1938-02-11', false) },
  { name: '周德福', idNumber: idNumber('1944-09-30', true) },
];

describe('岗位权限：护理员', () => {
  const env = useWebApp({
    mode: 'real',
    // Set up through the API to save time: the home, its director, a caregiver, beds and two residents.
    async prepare(app) {
      const { sessionId } = await api(app, 'auth.setup', {
        institution: institutionInput(),
        director: { username: 'director', displayName: '院长甲', password: TEST_PASSWORD, passwordConfirm: TEST_PASSWORD },
      });
      await addStaff(app.dispatch, sessionId, { username: 'huli1', displayName: '李护理', role: 'caregiver' });
      await api(app, 'beds.add', { floor: 1, roomFrom: 101, roomTo: 102, bedsPerRoom: 2 }, sessionId);
      const beds = (await api(app, 'beds.map', { floor: null }, sessionId)).beds;
      for (const [i, r] of RESIDENTS.entries()) {
        await api(app, 'residents.admit', admitInput(beds[i]!.bedId, { ...r, admissionDate: '2026-01-05' }), sessionId);
      }
      await api(app, 'auth.signOut', {}, sessionId);
    },
  });

  test('护理员登录：菜单里有护理与健康（高风险名单），没有审计日志、用户管理、数据备份；不能办理入住、导出或打印；身份证号打码', async () => {
    const { page } = env;
    await signInAs(page, '李护理', '护理员', TEST_PASSWORD);

    const menu = (await page.getByRole('menuitem').allInnerTexts()).map((t) => t.trim());
    // 意外事件 is there: caregivers are the ones who see a fall and report it. They see the shift's due list and
    // record doses, disinfection and waste (医务室 › 用药管理, 感染控制).
    expect(menu).toEqual(['总览', '待办期限', '住养老人', '床位图', '生命体征', '护理与健康', '意外事件', '医务室', '用药管理', '感染控制', '机构信息']);
    // Caregivers see today's abnormal vital signs (who has a fever) but do not enter rounds.
    await openMenu(page, '生命体征');
    await page.getByRole('tab', { name: '今日异常' }).waitFor();
    expect(await page.getByRole('tab', { name: '测量录入' }).count()).toBe(0);

    await openMenu(page, '住养老人');
    await waitForRosterTotal(page, 2);
    for (const words of ['办理入住', '导出 Excel', '打印名册']) expect(await button(page, words).count(), words).toBe(0);
    await expect.poll(() => tableRows(page).count()).toBe(2);
    const idColumn = (await page.locator('.roster-table .ant-table-thead th').allInnerTexts()).findIndex((t) => t.trim() === '身份证号');
    expect(idColumn).toBeGreaterThan(0);
    const ids = await Promise.all((await tableRows(page).all()).map((row) => row.locator('.ant-table-cell').nth(idColumn).innerText()));
    for (const [i, id] of ids.entries()) {
      // Only the last four characters: with an age beside them, nothing more can be rebuilt.
      expect(id).toBe(`**************${RESIDENTS[i]!.idNumber.slice(-4)}`);
      expect(id).not.toBe(RESIDENTS[i]!.idNumber);
    }
    const text = await page.locator('.ant-table').innerText();
    for (const r of RESIDENTS) {
      expect(text).toContain(r.name);
      expect(text).not.toContain(r.idNumber);
    }

    // The resident's card: masked too, and no actions on the record.
    await tableRows(page).first().getByRole('link').click();
    const detail = page.locator('.ant-drawer-section');
    await detail.getByText('基本信息').waitFor();
    expect(await detail.innerText()).toContain('**************');
    expect(await detail.innerText()).not.toContain('出生日期');
    for (const words of ['修改信息', '换床', '离院 / 去世']) expect(await button(detail, words).count(), words).toBe(0);
    await page.keyboard.press('Escape');
    await detail.waitFor({ state: 'hidden' });

    // An address typed by hand does not open a director's screen.
    await page.evaluate(() => {
      (globalThis as unknown as { location: { hash: string } }).location.hash = '#/audit';
    });
    await page.getByRole('heading', { name: '总览', level: 1 }).waitFor();
    expect(await page.getByRole('heading', { name: '审计日志' }).count()).toBe(0);
  });
});
