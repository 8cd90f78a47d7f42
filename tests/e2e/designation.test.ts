import { join } from 'node:path';
import dayjs from 'dayjs';
import { describe, expect, test } from 'vitest';
import { button, byId, modal, openMenu, RESULTS_DIR, toast, typeDate, useWebApp } from './helpers.ts';
import { PDFDocument, StandardFonts } from 'pdf-lib';
import { pdfPages, pdfText } from './pdf.ts';

const PNG = Buffer.from('iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNk+M9QDwADhgGAWjR9awAAAABJRU5ErkJggg==', 'base64');
const PDF = Buffer.from('%PDF-1.4\n1 0 obj<</Type/Catalog>>endobj\ntrailer<</Root 1 0 R>>\n%%EOF\n');

/** 定点申报 on the demo home: eligibility says from when; the director walks a 长护险 application to the agreement and prints it. */
describe('定点申报（演示数据）', () => {
  const env = useWebApp({ mode: 'demo' });
  const count = (sql: string) => env.app.runtime.db.prepare(sql).pluck().get() as number;
  const today = dayjs().format('YYYY-MM-DD');

  test('申请资格：医务室正式运营 2 个月 25 天，页面说明几天后可以申请', async () => {
    const { page } = env;
    await openMenu(page, '定点申报');
    const opened = dayjs().subtract(2, 'month').subtract(25, 'day');
    const from = opened.add(3, 'month').format('YYYY-MM-DD');
    await page.getByText(`现在还不能申请：最早 ${from} 可以申请。`).waitFor();
    await page.getByText(/正式运营满 3 个月”按日历月计算/).waitFor();
  });

  test('提前提交医保定点申请被拒绝，写明每一项原因，什么也没写入', async () => {
    const { page } = env;
    await page.getByRole('tab', { name: /定点申请/ }).click();
    const card = page.locator('.designation-application', { hasText: '医保定点申请（内设医务室）' });
    const audits = count("SELECT count(*) FROM audit_log WHERE entity = 'designationApplication'");
    await button(card, '提交申请').click();
    const dialog = modal(page, '提交申请');
    await typeDate(page, 'submittedOn', today);
    await typeDate(page, 'acceptedOn', today);
    await button(dialog, '提交').click();
    await dialog.getByText(/现在不能提交申请/).waitFor();
    await dialog.getByText(/最早 \d{4}-\d{2}-\d{2} 可以申请/).waitFor();
    await dialog.getByText(/缺少必备材料/).waitFor();
    expect(count("SELECT count(*) FROM audit_log WHERE entity = 'designationApplication'")).toBe(audits);
    await page.keyboard.press('Escape');
  });

  test('院长办完一份长护险定点申请：附材料、提交受理、补充材料、评估合格、签订协议，打印的申请材料有目录和每项材料的标题', async () => {
    const { page } = env;
    await page.reload();
    await page.getByRole('tab', { name: /定点申请/ }).click();
    await button(page, '新建长护险定点申请').click();
    await toast(page, '已新建长护险定点护理服务机构申请（草稿）').waitFor();
    const card = page.locator('.designation-application').first();
    await card.getByText('草稿', { exact: true }).first().waitFor();
    // A two-page scan as a scanner writes it: its pages are drawn into the printed application.
    const doc = await PDFDocument.create();
    const font = await doc.embedFont(StandardFonts.Helvetica);
    for (const n of [1, 2]) doc.addPage([595, 842]).drawText(`SCANNED MANUAL PAGE ${n}`, { x: 72, y: 760, size: 18, font });
    const manual = Buffer.from(await doc.save({ useObjectStreams: false }));
    const scans: [string, string, Buffer, string][] = [
      ['养老机构备案回执及法人登记证书复印件', '备案回执.png', PNG, 'image/png'],
      ['医保信息平台长护险模块使用说明', '长护险模块说明.pdf', manual, 'application/pdf'],
      ['无骗取基金记录的承诺书', '承诺书.pdf', PDF, 'application/pdf'],
    ];
    for (const [title, name, buffer, mimeType] of scans) {
      await card.locator('tr', { hasText: title }).locator('input[type=file]').setInputFiles({ name, mimeType, buffer });
      await toast(page, `已附上：${title}`).waitFor();
    }
    await card.getByText('材料齐全', { exact: true }).first().waitFor();

    await button(card, '提交申请').click();
    await modal(page, '提交申请').waitFor();
    await typeDate(page, 'submittedOn', today);
    // Enter in the last date submits the dialog, as a keyboard user would.
    await typeDate(page, 'acceptedOn', today);
    await toast(page, '已提交，经办机构已受理').waitFor();

    await button(card, '通知补充材料').click();
    let dialog = modal(page, '经办机构通知补充材料');
    await typeDate(page, 'requestedOn', today);
    await byId(dialog, 'note').fill('补充护理员证书');
    await button(dialog, '保存').click();
    await card.getByText(/计时暂停/).waitFor();

    await button(card, '补充材料已补齐').click();
    await modal(page, '补充材料已补齐').waitFor();
    await typeDate(page, 'suppliedOn', today);
    await toast(page, '已登记补齐，评估计时恢复').waitFor();

    await button(card, '登记评估结论').click();
    await modal(page, '登记评估结论').waitFor();
    await typeDate(page, 'outcomeOn', today);
    await toast(page, '已登记：评估合格').waitFor();

    await button(card, '签订协议').click();
    dialog = modal(page, '签订协议');
    await byId(dialog, 'agreementNo').fill('NJCHX-2026-031');
    await typeDate(page, 'agreementFrom', today);
    await typeDate(page, 'agreementTo', dayjs().add(1, 'year').subtract(1, 'day').format('YYYY-MM-DD'));
    await toast(page, '已签订协议 NJCHX-2026-031').waitFor();
    await card.getByText(/续签申请截止/).waitFor();
    const steps = env.app.runtime.db
      .prepare("SELECT summary FROM audit_log WHERE entity = 'designationApplication' AND summary LIKE '长护险定点护理服务机构申请 3：%' ORDER BY id")
      .pluck()
      .all() as string[];
    expect(steps.map((s) => s.replace(/^.*?：/, '').slice(0, 4))).toEqual(['附上材料', '附上材料', '附上材料', '提交（2', '经办机构', '补充材料', '评估合格', '签订协议']);

    const [download] = await Promise.all([page.waitForEvent('download', { timeout: 90_000 }), button(card, '打印申请材料').click()]);
    const pdf = join(RESULTS_DIR, 'designation-application.pdf');
    await download.saveAs(pdf);
    const text = pdfText(pdf).replace(/\s+/g, '');
    expect(text).toContain('目录');
    for (const title of ['定点护理服务机构申请表', '养老机构备案回执及法人登记证书复印件', '护士、护理员人员名册', '服务管理、财务、信息统计、档案管理制度目录', '长护险服务项目与价格清单', '医保信息平台长护险模块使用说明', '无骗取基金记录的承诺书', '依据与说明']) {
      expect(text).toContain(title);
    }
    expect(text).toContain('NJCHX-2026-031');
    expect(text).toMatch(/第1页\/共\d+页/);
    // The scan's two pages are pages of the application, each under the application's own footer.
    const pages = pdfPages(pdf).map((p) => p.replace(/\s+/g, ''));
    const scanned = pages.findIndex((p) => p.includes('SCANNEDMANUALPAGE1'));
    expect(scanned).toBeGreaterThan(0);
    expect(pages[scanned + 1]).toContain('SCANNEDMANUALPAGE2');
    expect(pages[scanned + 1]).toContain(`第${scanned + 2}页/共${pages.length}页`);
  }, 180_000);
});
