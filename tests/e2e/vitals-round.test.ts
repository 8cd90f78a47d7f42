import { describe, expect, test } from 'vitest';
import dayjs from 'dayjs';
import { api, byId, chooseOption, openMenu, toast, useWebApp } from './helpers.ts';
import { admitInput, idNumber } from '../helpers/fixtures.ts';
import { firstActiveDirector, getUser } from '../../core/users/queries.ts';

/** A floor of its own on the demo home, so today's round on it is new whatever the time of day. */
const FLOOR = 9;
const PEOPLE = ['石秀云', '龚长林', '范玉梅'] as const;

describe('生命体征：护士用键盘录入一轮测量，在今日异常和趋势图上看到异常值', () => {
  const env = useWebApp({
    mode: 'demo',
    enterAs: 'hushi',
    viewport: { width: 1366, height: 768 },
    async prepare(app) {
      const db = app.runtime.db;
      const session = app.runtime.sessions.create(getUser(db, firstActiveDirector(db)!)).id;
      await api(app, 'beds.add', { floor: FLOOR, roomFrom: 901, roomTo: 902, bedsPerRoom: 2 }, session);
      const beds = (await api(app, 'beds.map', { floor: FLOOR }, session)).beds;
      const admitted = dayjs().subtract(10, 'day').format('YYYY-MM-DD');
      for (const [i, name] of PEOPLE.entries()) {
        await api(app, 'residents.admit', admitInput(beds[i]!.bedId, { name, idNumber: idNumber('1941-05-0' + (i + 1), i === 1), admissionDate: admitted }), session);
      }
    },
  });

  const focusedId = () => env.page.locator(':focus').getAttribute('id');
  const rounds = () => env.app.runtime.db.prepare('SELECT count(*) FROM vital_rounds WHERE floor = ?').pluck().get(FLOOR) as number;
  const readings = () =>
    env.app.runtime.db.prepare('SELECT count(*) FROM vital_signs v JOIN vital_rounds r ON r.id = v.round_id WHERE r.floor = ?').pluck().get(FLOOR) as number;

  test('a bad row refuses the whole round with bed, name and field, the typed rows stay; corrected, it saves as one audited change', async () => {
    const { page } = env;
    // The nurse's first screen is today's abnormal list.
    await page.getByTestId('today-abnormal').locator('.ant-table-row').first().waitFor();
    await openMenu(page, '生命体征');
    await chooseOption(page, 'round-floor', `${FLOOR} 楼`);
    await byId(page, 'round-2-bp').waitFor();
    expect(await page.locator('.round-grid td.who').allInnerTexts()).toEqual([
      expect.stringContaining(PEOPLE[0]),
      expect.stringContaining(PEOPLE[1]),
      expect.stringContaining(PEOPLE[2]),
    ]);

    // Keyboard only from the first cell: Enter moves across, ↓ to the next resident, Shift+Tab back, space for 状态.
    await byId(page, 'round-0-bp').focus();
    const kb = page.keyboard;
    await kb.type('128/78');
    await kb.press('Enter');
    await kb.type('76');
    await kb.press('Enter');
    await kb.type('39.2');
    await kb.press('ArrowDown');
    await kb.type('36.5');
    await kb.press('Shift+Tab');
    await kb.type('70');
    await kb.press('Shift+Tab');
    await kb.type('400/80');
    await kb.press('ArrowDown');
    for (let i = 0; i < 8; i++) await kb.press('Tab');
    expect(await focusedId()).toBe('round-2-absence');
    await kb.press('Space');
    await expect.poll(() => byId(page, 'round-2-absence').innerText()).toMatch(/外\s*出/);
    await kb.press('Control+Enter');

    const rowError = page.getByTestId('round-row-1-error');
    await rowError.waitFor();
    expect(await rowError.innerText()).toMatch(/^901-2 龚长林：收缩压 400 mmHg 不可能/);
    await toast(page, '整张测量表未保存').waitFor();
    expect(rounds()).toBe(0);
    expect(readings()).toBe(0);
    // Every typed row is still on screen.
    expect(await byId(page, 'round-0-temp').inputValue()).toBe('39.2');
    expect(await byId(page, 'round-1-pulse').inputValue()).toBe('70');
    expect(await focusedId()).toBe('round-1-bp');

    // The focus is on the bad cell: correct it and save with the keyboard.
    await kb.press('Control+A');
    await kb.type('132/80');
    await kb.press('Control+Enter');
    await toast(page, new RegExp(`已保存 ${FLOOR} 楼 .*测量\\s2\\s人，外出/住院/拒测\\s1\\s人，其中\\s1\\s人有异常数值`)).waitFor();
    expect(rounds()).toBe(1);
    expect(readings()).toBe(3);
    const audit = env.app.runtime.db
      .prepare(`SELECT user_role, summary FROM audit_log WHERE action = 'vitals.saveRound' AND summary LIKE ?`)
      .all(`${FLOOR}楼 %`) as { user_role: string; summary: string }[];
    expect(audit).toEqual([{ user_role: 'nurse', summary: expect.stringContaining(`异常 1 人（${FLOOR}01-1床 ${PEOPLE[0]}：体温 39.2 ℃`) }]);
    await expect.poll(() => page.getByTestId('round-row-1-error').count()).toBe(0);
  });

  test('the abnormal value is on today’s list and, opened from it, on the resident’s chart', async () => {
    const { page } = env;
    await page.getByRole('tab', { name: '今日异常' }).click();
    const row = page.getByTestId('today-abnormal').locator('.ant-table-row', { hasText: PEOPLE[0] });
    await row.waitFor();
    expect(await row.innerText()).toContain('体温 39.2 ℃');
    await row.click();
    await page.getByRole('heading', { name: `${PEOPLE[0]} 的生命体征` }).waitFor();
    const facts = page.getByTestId('trend-abnormal');
    await facts.filter({ hasText: '39.2 ℃' }).waitFor();
    expect(await facts.innerText()).toMatch(/^异常点 1 个/);
    // The chart itself is drawn: a canvas of the panel's width.
    const box = await page.locator('.trend-chart canvas').first().boundingBox();
    expect(box!.width).toBeGreaterThan(600);
  });
});
