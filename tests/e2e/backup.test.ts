import { existsSync, mkdirSync, mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, test } from 'vitest';
import { admitInput, idNumber, institutionInput, TEST_PASSWORD } from '../helpers/fixtures.ts';
import { api, button, modal, openMenu, signInAs, tableRows, toast, useWebApp, waitForRosterTotal } from './helpers.ts';
import type { WebApp } from '../../server/app.ts';

/** A folder standing in for a USB stick the computer has mounted. */
const usb = mkdtempSync(join(tmpdir(), 'ylywt-usb-'));
const stick = join(usb, 'KINGSTON');
mkdirSync(stick);

const signInDirector = async (app: WebApp) =>
  (await api(app, 'auth.signIn', { username: 'director', password: TEST_PASSWORD })).sessionId;

describe('数据备份：备份到 U 盘，再从 U 盘恢复', () => {
  const env = useWebApp({
    mode: 'real',
    backupRoots: () => [stick],
    async prepare(app) {
      const { sessionId } = await api(app, 'auth.setup', {
        institution: institutionInput(),
        director: { username: 'director', displayName: '院长甲', password: TEST_PASSWORD, passwordConfirm: TEST_PASSWORD },
      });
      await api(app, 'beds.add', { floor: 1, roomFrom: 101, roomTo: 102, bedsPerRoom: 2 }, sessionId);
      const beds = (await api(app, 'beds.map', { floor: null }, sessionId)).beds;
      await api(app, 'residents.admit', admitInput(beds[0]!.bedId, { name: '孙桂兰', idNumber: idNumber('1938-02-11', false) }), sessionId);
      await api(app, 'auth.signOut', {}, sessionId);
    },
  });
  afterAll(() => rmSync(usb, { recursive: true, force: true }));

  // After a restore the page reloads where it was (数据备份), not on 总览: signInAs waits for the header only.
  const signIn = () => signInAs(env.page, '院长甲', '院长', TEST_PASSWORD);

  test('找到 U 盘，点“备份到这里”：U 盘上多一份备份，页面列出它，审计有记录', async () => {
    const { page, app } = env;
    await signIn();
    await openMenu(page, '数据备份');
    const item = page.locator('.ant-list-item').filter({ hasText: 'KINGSTON' });
    await item.getByText(/可用 .+B · 还没有备份/).waitFor();

    await button(item, '备份到这里').click();
    await toast(page, /^已备份到：/).waitFor();
    const files = readdirSync(stick);
    expect(files).toHaveLength(1);
    expect(files[0]).toMatch(/^养老医务通备份-.+-\d{8}-\d{6}\.sqlite$/);

    await item.getByText(/已有 1 份备份/).waitFor();
    const onStick = page.locator('.ant-table-wrapper').filter({ hasText: 'U 盘上的备份' });
    await expect.poll(() => tableRows(onStick).count()).toBe(1);
    expect(await tableRows(onStick).first().innerText()).toContain('KINGSTON');
    const audit = app.runtime.db.prepare(`SELECT summary FROM audit_log WHERE action = 'system.backupToFolder'`).pluck().all();
    expect(audit).toEqual([`备份到文件夹：${join(stick, files[0]!)}`]);
  });

  test('从 U 盘上的备份恢复：之后办理的入住不见了，恢复前的数据另存在备份文件夹，需要重新登录', async () => {
    const { page, app } = env;
    // Someone admitted after the backup: the restore takes the home back to before them.
    const session = await signInDirector(app);
    const free = (await api(app, 'beds.map', { floor: null }, session)).beds.find((b) => b.occupant === null)!;
    await api(app, 'residents.admit', admitInput(free.bedId, { name: '周德福', idNumber: idNumber('1944-09-30', true) }), session);

    const onStick = page.locator('.ant-table-wrapper').filter({ hasText: 'U 盘上的备份' });
    await button(tableRows(onStick).first(), '恢复').click();
    const confirm = modal(page, '确定从这个备份恢复？');
    await confirm.waitFor();
    await button(confirm, '恢复').click();
    const done = modal(page, '已恢复');
    await done.waitFor();
    await button(done, '知道了').click();

    await signIn();
    await openMenu(page, '住养老人');
    await waitForRosterTotal(page, 1);
    expect(await page.locator('.ant-table').innerText()).not.toContain('周德福');
    const aside = readdirSync(join(env.dataDir, 'backups')).filter((n) => n.startsWith('before-restore'));
    expect(aside).toHaveLength(1);
    expect(existsSync(join(env.dataDir, 'backups', aside[0]!))).toBe(true);
  });
});
