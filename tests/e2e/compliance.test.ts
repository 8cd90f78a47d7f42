import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { button, byId, modal, openMenu, RESULTS_DIR, toast, useWebApp } from './helpers.ts';
import { pdfText } from './pdf.ts';

describe('合规检查（演示数据，院长）', () => {
  const env = useWebApp({ mode: 'demo' });

  test('院长看到不符合项，去处理更正数据，该项变为符合，打印的自查报告写明条款', async () => {
    const { page } = env;
    await page.getByRole('heading', { name: '总览', level: 1 }).waitFor();
    // The dashboard counts the violation.
    const card = page.locator('.ant-card').filter({ has: page.getByText('合规检查', { exact: true }) });
    await card.getByText('不符合').waitFor();
    await expect(card.locator('.ant-statistic').first().innerText()).resolves.toMatch(/不符合\s*1\s*项/);

    await openMenu(page, '合规检查');
    const rooms = page.locator('.finding').filter({ hasText: '内设医疗机构房屋' });
    await rooms.getByText('不符合', { exact: true }).waitFor();
    await expect(rooms.innerText()).resolves.toContain('不足 10 平方米');
    await expect(rooms.innerText()).resolves.toContain('国卫医发〔2014〕57号');

    // 去处理 opens the room that is too small; the director corrects its measured area.
    await button(rooms, '去处理').click();
    const dialog = modal(page, '修改房间');
    await dialog.waitFor();
    await byId(dialog, 'areaM2').fill('10.5');
    await button(dialog, '保存').click();
    await toast(page, '已保存：处置室 102 处置室（10.5 平方米）').waitFor();

    await openMenu(page, '合规检查');
    await page.getByText(/不符合 0 项/).first().waitFor();
    await page.getByText(/^全部（/).click();
    const fixed = page.locator('.finding').filter({ hasText: '内设医疗机构房屋' });
    await fixed.getByText('符合', { exact: true }).waitFor();
    await expect(fixed.innerText()).resolves.toContain('处置室 10.5 平方米');

    const [download] = await Promise.all([page.waitForEvent('download', { timeout: 60_000 }), button(page, '打印自查报告').click()]);
    const pdf = join(RESULTS_DIR, 'compliance.pdf');
    await download.saveAs(pdf);
    const text = pdfText(pdf).replace(/\s+/g, '');
    expect(text).toContain('医养结合合规自查报告');
    expect(text).toContain('内设医疗机构房屋');
    expect(text).toContain('《养老机构内设医务室、护理站基本标准（试行）》（国卫医发〔2014〕57号）医务室·房屋');
    expect(text).toContain('不符合0项');
    expect(text).toContain('机构负责人（王丽华）');
  });
});
