import { describe, expect, test } from 'vitest';
import { byId, chooseOption, toast, typeDate, useWebApp } from './helpers.ts';

describe('本班给药（演示数据，护士）', () => {
  const env = useWebApp({ mode: 'demo', enterAs: 'hushi', viewport: { width: 1366, height: 768 } });

  test('护士用键盘记录一层楼的白班给药，一次保存；漏给的那一次出现在交班报告上', async () => {
    const { page } = env;
    await page.evaluate(() => ((globalThis as unknown as { location: { hash: string } }).location.hash = '#/medication'));
    await page.getByRole('heading', { name: '用药管理', level: 1 }).waitFor();
    await chooseOption(page, 'round-shift', '白班');
    const panel = page.getByRole('tabpanel');
    const rows = panel.locator('.ant-table-tbody .ant-table-row');
    await rows.first().waitFor();
    const date = await byId(page, 'round-date').inputValue();
    const second = (await rows.nth(1).getAttribute('aria-label'))!;

    // 1 = 已给 and on to the next dose; 4 = 漏给, the reason, Enter to the next; 1 again; Ctrl+S saves the floor.
    await rows.first().focus();
    await page.keyboard.press('1');
    await page.keyboard.press('4');
    await page.getByRole('textbox', { name: `${second.split(' ')[1]} ${second.split(' ')[2]} 原因` }).first().waitFor();
    await expect.poll(() => page.evaluate(() => (globalThis as unknown as { document: { activeElement: { getAttribute(n: string): string | null } } }).document.activeElement.getAttribute('aria-label'))).toContain('原因');
    await page.keyboard.type('老人外出就医');
    await page.keyboard.press('Enter');
    await page.keyboard.press('1');
    await page.keyboard.press('Control+s');
    await toast(page, '已保存 3 次给药记录（未给药 1 次）').waitFor();

    await page.getByRole('tab', { name: '交班报告' }).click();
    await chooseOption(page, 'report-shift', '白班');
    await typeDate(page, 'report-date', date);
    const missed = page.getByRole('tabpanel').locator('.ant-table-row').filter({ hasText: '老人外出就医' });
    await missed.waitFor();
    const text = await missed.innerText();
    expect(text).toContain('漏给');
    expect(text).toContain(second.split(' ')[1]);
    expect(text).toContain('刘晓梅');
  });
});
