import { describe, expect, test } from 'vitest';
import type { Locator, Page } from 'playwright-core';
import { button, byId, drawer, isFocused, openMenu, tableRows, useWebApp, waitForRosterTotal, type BrowserGlobals } from './helpers.ts';

/** How far an element's right edge sticks out past its scroll container's visible area (0 when it fits). */
async function overflowRight(cell: Locator): Promise<number> {
  return cell.evaluate((el) => {
    const box = el.getBoundingClientRect();
    const holder = el.closest('.ant-table-container')!.getBoundingClientRect();
    return Math.max(0, Math.round(box.right - holder.right));
  });
}

/** Whether a number and its unit (12 张, 71 岁) sit on one line in the element's text. */
async function unitsOnOneLine(el: Locator): Promise<string[]> {
  return el.evaluate((node) => {
    const g = globalThis as unknown as BrowserGlobals & { document: { createRange(): { setStart(n: unknown, o: number): void; setEnd(n: unknown, o: number): void; getClientRects(): ArrayLike<{ top: number }> } } };
    const split: string[] = [];
    const walker = (node as unknown as { ownerDocument: { createTreeWalker(n: unknown, f: number): { nextNode(): { textContent: string } | null } } }).ownerDocument.createTreeWalker(node, 4);
    for (let t = walker.nextNode(); t; t = walker.nextNode()) {
      for (const m of t.textContent.matchAll(/\d+[\s\u00a0]*[人张岁]/g)) {
        const r = g.document.createRange();
        r.setStart(t, m.index);
        r.setEnd(t, m.index + m[0].length);
        const tops = new Set([...Array.from(r.getClientRects())].map((x) => Math.round(x.top)));
        if (tops.size > 1) split.push(m[0]);
      }
    }
    return split;
  });
}

describe('1366×768，大字：名册各页签的最后一列不被裁掉，数字和单位不拆行', () => {
  const env = useWebApp({ mode: 'demo', viewport: { width: 1366, height: 768 } });

  test.each([
    ['在住', '费用类型'],
    ['已离院/去世', '离院/去世'],
    ['全部', '离院/去世'],
  ])('%s：表头最后一列“%s”完整可见', async (tab, lastColumn) => {
    const { page } = env;
    await openMenu(page, '住养老人');
    const toggle = page.getByRole('switch', { name: '大字显示' });
    if ((await toggle.getAttribute('aria-checked')) !== 'true') await toggle.click();
    await page.locator('.ant-segmented-item').filter({ hasText: tab }).first().click();
    const header = page.locator('.roster-table .ant-table-thead th').filter({ hasText: lastColumn });
    await header.waitFor();
    await tableRows(page).first().waitFor();
    expect(await overflowRight(header)).toBe(0);
    expect(await overflowRight(tableRows(page).first().locator('.ant-table-cell').last())).toBe(0);
  });

  test('总览和床位图：“12 张”“71 岁”的数字和单位在同一行', async () => {
    const { page } = env;
    await openMenu(page, '总览');
    await page.locator('.ant-card').first().waitFor();
    expect(await unitsOnOneLine(page.locator('.page'))).toEqual([]);
    await openMenu(page, '床位图');
    await page.locator('.bed-cell').first().waitFor();
    expect(await unitsOnOneLine(page.locator('.page'))).toEqual([]);
  });
});

describe('键盘：Tab 能到每一行，Enter 打开；唯一的搜索结果按 Enter 就打开；日期后按 Tab 不会落到“清除”上', () => {
  const env = useWebApp({ mode: 'demo' });

  async function roster(page: Page) {
    await openMenu(page, '住养老人');
    await waitForRosterTotal(page, 120);
  }

  test('从搜索框按 Tab 依次到达名册的行，Enter 打开这位老人', async () => {
    const { page } = env;
    await roster(page);
    const search = page.getByRole('textbox', { name: '搜索老人' });
    await search.focus();
    const first = tableRows(page).first();
    const name = (await first.locator('.ant-table-cell').nth(1).innerText()).trim();
    for (let i = 0; i < 12 && !(await isFocused(first)); i++) await page.keyboard.press('Tab');
    expect(await isFocused(first)).toBe(true);
    await page.keyboard.press('Enter');
    await drawer(page, name).waitFor();
    await page.keyboard.press('Escape');
    await drawer(page, name).waitFor({ state: 'hidden' });
  });

  test('搜索只找到一位时，按 Enter 直接打开', async () => {
    const { page } = env;
    await roster(page);
    const name = (await tableRows(page).nth(3).locator('.ant-table-cell').nth(1).innerText()).trim();
    const search = page.getByRole('textbox', { name: '搜索老人' });
    await search.fill(name);
    await waitForRosterTotal(page, 1);
    await search.press('Enter');
    await drawer(page, name).waitFor();
    await page.keyboard.press('Escape');
    await search.fill('');
  });

  test('入住日期之后按 Tab、再按 Enter：日期还在', async () => {
    const { page } = env;
    await roster(page);
    await button(page, '办理入住').first().click();
    const form = page.getByRole('form', { name: '办理入住' });
    const date = byId(form, 'admissionDate');
    const before = await date.inputValue();
    expect(before).toMatch(/^\d{4}-\d{2}-\d{2}$/);
    await date.focus();
    await page.keyboard.press('Tab');
    const onClear = await page.evaluate(() => {
      const el = (globalThis as unknown as BrowserGlobals).document.activeElement as unknown as { closest(s: string): unknown } | null;
      return el?.closest('.ant-picker-clear') !== null && el?.closest('.ant-picker-clear') !== undefined;
    });
    expect(onClear).toBe(false);
    await page.keyboard.press('Enter');
    expect(await date.inputValue()).toBe(before);
    expect(await form.locator('.ant-picker-clear').count()).toBe(0);
  });
});
