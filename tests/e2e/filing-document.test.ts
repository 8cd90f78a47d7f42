import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { api, useWebApp } from './helpers.ts';
import { pdfPages } from './pdf.ts';
import { firstActiveDirector, getUser } from '../../core/users/queries.ts';

/**
 * A multi-section document (住养老人名册（分册）): cover, contents whose page numbers are those where each
 * part begins, parts in portrait or landscape, and 第 X 页 / 共 Y 页 counted over the whole document.
 */
describe('多部分文件：封面、目录页码、各部分、附录、全册页码', () => {
  const env = useWebApp({ mode: 'demo' });

  test('目录里的页码就是各部分开始的那一页', async () => {
    const { app } = env;
    const director = getUser(app.runtime.db, firstActiveDirector(app.runtime.db)!);
    const session = app.runtime.sessions.create(director).id;
    const file = await api(app, 'filings.pdf', { kind: 'roster-book', input: { from: '2026-01-01' } }, session);
    const pages = pdfPages(join(app.runtime.exportsDir, file.fileId));

    expect(pages[0]).toContain('住养老人名册（分册）');
    expect(pages[0]).toContain('（机构盖章）');
    const contents = pages[1]!;
    expect(contents).toMatch(/目\s*录/);
    const entries = [...contents.matchAll(/^\s*((?:[一二三四五六七八九十]+、|附录[一二三四五六七八九十]+\s).+?)\s+(\d+)\s*$/gm)].map((m) => ({
      title: m[1]!.trim(),
      page: Number(m[2]),
    }));
    const squash = (s: string) => s.replace(/\s+/g, '');
    expect(entries.map((e) => squash(e.title))).toEqual([
      '一、在住老人概况',
      expect.stringMatching(/^二、1楼在住老人名册（\d+人）$/),
      expect.stringMatching(/^三、2楼在住老人名册（\d+人）$/),
      expect.stringMatching(/^四、3楼在住老人名册（\d+人）$/),
      expect.stringMatching(/^附录一2026-01-01至\d{4}-\d{2}-\d{2}离院与去世名单（\d+人）$/),
    ]);
    for (const e of entries) {
      const heading = pages[e.page - 1]!.trimStart().split('\n')[0]!;
      expect(squash(heading), `${e.title} → 第 ${e.page} 页`).toBe(squash(e.title));
    }
    pages.forEach((text, i) => expect(squash(text)).toContain(`第${i + 1}页/共${pages.length}页`));
    // A PDF, not base64 in JSON: the file is in the exports folder under its id.
    expect(readFileSync(join(app.runtime.exportsDir, file.fileId)).subarray(0, 5).toString('latin1')).toBe('%PDF-');
    expect(file.fileName).toMatch(/^住养老人名册（分册）-\d{4}-\d{2}-\d{2}\.pdf$/);
  });
});
