import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { api, useWebApp } from './helpers.ts';
import { pdfPages } from './pdf.ts';
import { firstActiveDirector, getUser } from '../../core/users/queries.ts';

describe('打印的名册：合计和签字栏不会单独占一页', () => {
  const env = useWebApp({ mode: 'demo' });

  test.each([
    ['在住老人', { status: 'in_residence' }],
    ['1 楼', { floor: 1 }],
    ['全部老人', { status: 'all' }],
    ['65 岁及以上', { aged65: true }],
  ])('%s：最后一页有名单的最后几行，再是合计与签字栏', async (_name, input) => {
    const { app } = env;
    const director = getUser(app.runtime.db, firstActiveDirector(app.runtime.db)!);
    const session = app.runtime.sessions.create(director).id;
    const file = await api(app, 'filings.pdf', { kind: 'roster', input }, session);
    const pages = pdfPages(join(app.runtime.exportsDir, file.fileId));
    const last = pages.at(-1)!;
    expect(last).toContain('合计');
    expect(last).toMatch(/制表人：\s+审核人：/);
    // A numbered row of the list (序号, then the bed) stands on the same page.
    expect(last).toMatch(/^\s*\d+\s+\d{3,4}-\d/m);
  });
});
