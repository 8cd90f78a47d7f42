import { execFileSync } from 'node:child_process';
import { existsSync, statSync } from 'node:fs';
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import { describe, expect, test } from 'vitest';
import { button, openMenu, RESULTS_DIR, toast, useWebApp, waitForRosterTotal } from './helpers.ts';

const INSTITUTION = '金陵颐养院（演示）';

describe('打印名册与导出 Excel（网页方式）', () => {
  const env = useWebApp({ mode: 'demo' });

  /**
   * Someone in residence in the demo home, and someone who has left (not on the default roster) whose name
   * appears nowhere in what the roster prints (no one in residence or their contacts has it in theirs).
   */
  const known = () => {
    const db = env.app.runtime.db;
    const present = db
      .prepare(
        `SELECT r.name || ' ' || coalesce(group_concat(c.name, ' '), '') FROM residents r LEFT JOIN emergency_contacts c ON c.resident_id = r.id
         WHERE r.status = 'in_residence' AND r.deleted_at IS NULL GROUP BY r.id ORDER BY r.id`,
      )
      .pluck()
      .all() as string[];
    const inResidence = present[0]!.split(' ')[0]!;
    const everyone = present.join(' ');
    const left = (db.prepare(`SELECT name FROM residents WHERE status <> 'in_residence' ORDER BY id`).pluck().all() as string[]).find(
      (name) => !everyone.includes(name),
    );
    return { inResidence, left };
  };

  test('打印名册：下载 A4 PDF，有机构名、标题、在住老人、页码和签字栏', async () => {
    const { page } = env;
    await page.getByRole('heading', { name: '总览', level: 1 }).waitFor();
    await openMenu(page, '住养老人');
    await waitForRosterTotal(page, 120);

    const [download] = await Promise.all([page.waitForEvent('download', { timeout: 60_000 }), button(page, '打印名册').click()]);
    expect(download.suggestedFilename()).toMatch(/\.pdf$/);
    const pdf = join(RESULTS_DIR, 'roster.pdf');
    await download.saveAs(pdf);
    await toast(page, `已生成 ${download.suggestedFilename()}`).waitFor();

    const info = execFileSync('pdfinfo', [pdf], { encoding: 'utf8' });
    const pages = Number(/^Pages:\s+(\d+)/m.exec(info)?.[1]);
    expect(pages).toBeGreaterThan(1);
    expect(info).toMatch(/^Page size:.*\(A4\)/m);

    const text = execFileSync('pdftotext', ['-layout', pdf, '-'], { encoding: 'utf8' });
    const { inResidence, left } = known();
    expect(text).toContain(INSTITUTION);
    expect(text).toContain('住养老人名册');
    expect(text).toContain(inResidence);
    if (left) expect(text).not.toContain(left);
    expect(text).toMatch(/第\s*1\s*页/);
    expect(text).toMatch(new RegExp(`共\\s*${pages}\\s*页`));
    expect(text).toContain('制表人：王丽华');
    // The lines to sign at the end of the list.
    expect(text).toMatch(/制表人：\s+审核人：\s+机构负责人（王丽华）：\s+日期：/);
    expect(text).toContain('合计 120 人');

    // Proof that the first page renders; no visual assertion.
    execFileSync('pdftoppm', ['-r', '50', '-png', '-f', '1', '-l', '1', pdf, join(RESULTS_DIR, 'roster-page')]);
    const png = ['roster-page-1.png', 'roster-page-01.png'].map((f) => join(RESULTS_DIR, f)).find((f) => existsSync(f));
    expect(png).toBeDefined();
    expect(statSync(png!).size).toBeGreaterThan(5_000);
  });

  test('导出 Excel：下载 .xlsx，标题行正确，身份证号列是文字', async () => {
    const { page } = env;
    const [download] = await Promise.all([page.waitForEvent('download'), button(page, '导出 Excel').click()]);
    expect(download.suggestedFilename()).toMatch(/\.xlsx$/);
    const file = join(RESULTS_DIR, 'roster.xlsx');
    await download.saveAs(file);
    await toast(page, `已导出 120 行：${download.suggestedFilename()}`).waitFor();

    const wb = new ExcelJS.Workbook();
    await wb.xlsx.readFile(file);
    const ws = wb.worksheets[0]!;
    expect(ws.getCell(1, 1).value).toBe(`${INSTITUTION} 住养老人名册`);
    const headers = (ws.getRow(3).values as unknown[]).slice(1);
    expect(headers).toContain('姓名');
    const idColumn = headers.indexOf('身份证号') + 1;
    const nameColumn = headers.indexOf('姓名') + 1;
    expect(idColumn).toBeGreaterThan(0);

    const ids: unknown[] = [];
    const names: unknown[] = [];
    for (let r = 4; r <= ws.rowCount; r++) {
      ids.push(ws.getCell(r, idColumn).value);
      names.push(ws.getCell(r, nameColumn).value);
    }
    expect(ids).toHaveLength(120);
    for (const id of ids) {
      expect(typeof id).toBe('string');
      expect(id).toMatch(/^\d{17}[\dX]$/);
    }
    expect(names).toContain(known().inResidence);
    if (known().left) expect(names).not.toContain(known().left);
  });
});
