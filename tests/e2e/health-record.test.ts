import { execFileSync } from 'node:child_process';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { button, drawer, RESULTS_DIR, tableRows, toast, useWebApp } from './helpers.ts';
import { pdfText } from './pdf.ts';

/** Issue #8 item 8: a nurse prints a resident's 健康档案摘要 from the record page; the PDF has the name, an allergy and the values. */
describe('打印健康档案（护士，演示数据）', () => {
  const env = useWebApp({ mode: 'demo', enterAs: 'hushi', viewport: { width: 1366, height: 768 } });

  test('from the record page, 打印健康档案 gives an A4 PDF with the name, the allergies (severe first) and the latest blood pressure', async () => {
    const { page, app } = env;
    const db = app.runtime.db;
    // Someone in residence with a severe allergy and another one, measured in the last rounds.
    const who = db
      .prepare(
        `SELECT r.id, r.name FROM residents r WHERE r.status = 'in_residence' AND r.deleted_at IS NULL
           AND EXISTS (SELECT 1 FROM allergies a WHERE a.resident_id = r.id AND a.severity = 'severe' AND a.deleted_at IS NULL)
           AND EXISTS (SELECT 1 FROM vital_signs v WHERE v.resident_id = r.id AND v.sbp IS NOT NULL)
         ORDER BY r.id LIMIT 1`,
      )
      .get() as { id: number; name: string };
    const allergies = db
      .prepare(`SELECT substance, severity FROM allergies WHERE resident_id = ? AND deleted_at IS NULL ORDER BY CASE severity WHEN 'severe' THEN 0 WHEN 'moderate' THEN 1 ELSE 2 END, id`)
      .all(who.id) as { substance: string; severity: string }[];
    const bp = db
      .prepare(`SELECT sbp, dbp FROM vital_signs WHERE resident_id = ? AND sbp IS NOT NULL AND deleted_at IS NULL ORDER BY taken_at DESC LIMIT 1`)
      .get(who.id) as { sbp: number; dbp: number };

    await page.getByRole('menuitem', { name: '住养老人' }).click();
    await page.getByRole('textbox', { name: '搜索老人' }).fill(who.name);
    await tableRows(page).filter({ hasText: who.name }).first().click();
    await button(drawer(page, who.name), '健康档案').click();
    await page.getByRole('heading', { name: `${who.name} 的健康档案` }).waitFor();

    const [download] = await Promise.all([page.waitForEvent('download', { timeout: 60_000 }), button(page, '打印健康档案').click()]);
    const pdf = join(RESULTS_DIR, 'health-record.pdf');
    await download.saveAs(pdf);
    await toast(page, `已生成 ${download.suggestedFilename()}`).waitFor();

    expect(execFileSync('pdfinfo', [pdf], { encoding: 'utf8' })).toMatch(/^Page size:.*\(A4\)/m);
    const text = pdfText(pdf).replace(/\s+/g, '');
    expect(text).toContain('健康档案摘要');
    expect(text).toContain(who.name);
    for (const a of allergies) expect(text).toContain(a.substance);
    // Severe first: the first allergy printed is a severe one.
    expect(text.indexOf(allergies[0]!.substance)).toBeLessThan(text.indexOf(allergies.at(-1)!.substance) + 1);
    expect(text).toContain(`${bp.sbp}/${bp.dbp}mmHg`);
    for (const words of ['最近一次评估', '血压（近90天', '脉搏（近90天', '体温（近90天', '判读依据', '待核实']) expect(text).toContain(words);
  });
});
