import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { button, openMenu, RESULTS_DIR, useWebApp } from './helpers.ts';
import { execFileSync } from 'node:child_process';

describe('迎检自查（演示数据，院长）', () => {
  const env = useWebApp({ mode: 'demo' });

  test('院长打开迎检自查，看到不符合项，顺着记录打开老人的档案，再打印自查报告', async () => {
    const { page } = env;
    await page.getByRole('heading', { name: '总览', level: 1 }).waitFor();
    await openMenu(page, '迎检自查');
    await page.getByRole('heading', { name: '迎检自查', level: 1 }).waitFor();

    // The demo home has residents whose ability assessment is overdue: a 不符合 finding of the checklist.
    const finding = page.locator('.inspection-item').filter({ hasText: '老年人能力评估在有效期内' });
    await finding.getByText('不符合', { exact: true }).waitFor();
    await expect(finding.innerText()).resolves.toMatch(/位老人的评估已过期/);
    // 不符合 comes first on the page.
    await expect(page.locator('.inspection-item').first().innerText()).resolves.toContain('不符合');

    // Filtering by reviewer keeps it under 民政 and hides it under 医保.
    await page.getByRole('combobox', { name: '检查部门' }).click();
    await page.locator('.ant-select-item-option').filter({ hasText: '医保' }).click();
    await finding.waitFor({ state: 'detached' });
    await page.getByRole('combobox', { name: '检查部门' }).click();
    await page.locator('.ant-select-item-option').filter({ hasText: '全部部门' }).click();

    // Its records: each names a resident and opens his or her record.
    await finding.getByRole('button', { name: /^查看记录/ }).click();
    const first = finding.getByRole('list', { name: '相关记录' }).locator('a').first();
    const words = (await first.innerText()).trim();
    const name = words.split('：')[0]!.split(' ')[1]!;
    await first.click();
    await page.getByRole('heading', { name: `${name} 的健康档案` }).waitFor();

    await openMenu(page, '迎检自查');
    await page.locator('.inspection-item').first().waitFor();
    const [download] = await Promise.all([page.waitForEvent('download', { timeout: 60_000 }), button(page, '打印自查报告').click()]);
    const pdf = join(RESULTS_DIR, 'self-inspection.pdf');
    await download.saveAs(pdf);
    // In reading order (not -layout): a finding's records stay whole although the table's columns sit side by side.
    const text = execFileSync('pdftotext', [pdf, '-'], { encoding: 'utf8' }).replace(/\s+/g, '');
    expect(text).toContain('迎检自查报告');
    expect(text).toContain('老年人能力评估在');
    expect(text).toContain('位老人的评估已过期');
    expect(text).toContain(words.replace(/\s+/g, ''));
    expect(text).toContain('自查人：');
    expect(text).toContain('负责人（王丽华）');
  });
});
