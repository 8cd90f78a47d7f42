import { readFileSync } from 'node:fs';
import { PDFDocument } from 'pdf-lib';
import { join } from 'node:path';
import type { BenchContext } from './context.ts';
import { sectionCheck, type Section } from './report.ts';

/** The page count the document is sized to (issue #7, item 4: measure a 200-page document). */
const TARGET_PAGES = 200;
/** The same budget per page as the roster's PDF target (2,000 rows, ~80 pages, in 5 s). */
const MS_PER_PAGE = 60;

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;
// Counted by pdf-lib: the contents step saves the file with compressed object streams, out of reach of a text search.
const pagesOf = async (pdf: Buffer) => (await PDFDocument.load(pdf)).getPageCount();

/**
 * A multi-section document of about 200 pages, printed as the app prints it: 住养老人名册（分册）— cover, contents
 * numbered from the PDF's own link destinations, one landscape section per floor, and the departures appendix,
 * its period chosen so the whole comes to about TARGET_PAGES. The PDF is written to the exports folder and
 * fetched by id: nothing travels as base64.
 */
export async function measureDocument(ctx: BenchContext, runs: number): Promise<Section> {
  const inResidence = ctx.db.prepare(`SELECT count(*) FROM residents WHERE status = 'in_residence' AND deleted_at IS NULL`).pluck().get() as number;
  // About 25 rows to a landscape page; the floors take inResidence / 25 pages, the appendix the rest.
  const departures = Math.max(0, (TARGET_PAGES - 4 - Math.ceil(inResidence / 25)) * 25);
  const from =
    (ctx.db
      .prepare(`SELECT left_on FROM residents WHERE deleted_at IS NULL AND left_on IS NOT NULL ORDER BY left_on DESC LIMIT 1 OFFSET ?`)
      .pluck()
      .get(departures) as string | undefined) ?? '2000-01-01';
  const request = { kind: 'roster-book', input: { from } };
  const times: number[] = [];
  let pdf = Buffer.alloc(0);
  for (let i = 0; i < runs; i++) {
    const started = performance.now();
    const file = (await ctx.service('filings.pdf', request)) as { fileId: string };
    times.push(performance.now() - started);
    pdf = readFileSync(join(ctx.app.runtime.exportsDir, file.fileId));
  }
  const data: number[] = [];
  for (let i = 0; i < 3; i++) {
    const started = performance.now();
    await ctx.service('filings.data', request);
    data.push(performance.now() - started);
  }
  const pages = await pagesOf(pdf);
  const warm = median(times.slice(1));
  const limit = pages * MS_PER_PAGE;
  return {
    title: `多部分文件 PDF（住养老人名册分册，${pages} 页）`,
    header: ['次数', '耗时 ms'],
    rows: times.map((t, i) => [i === 0 ? '第 1 次（含启动 Chromium）' : `第 ${i + 1} 次`, t.toFixed(0)]),
    notes: [
      `离院名单自 ${from} 起；${inResidence} 位在住分 ${pages} 页（封面、目录、各楼层、附录），${(pdf.length / 1024).toFixed(0)} KB`,
      `数据（filings.data，报表线程）中位数 ${median(data).toFixed(0)} ms；PDF 写在导出文件夹，按编号取回，不经 base64`,
    ],
    checks: [sectionCheck(`多部分文件 PDF（${pages} 页）`, `中位数 ≤ 每页 ${MS_PER_PAGE} ms`, warm, limit)],
  };
}
