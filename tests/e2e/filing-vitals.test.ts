import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { api, useWebApp } from './helpers.ts';
import { pdfPages } from './pdf.ts';
import { firstActiveDirector, getUser } from '../../core/users/queries.ts';
import { roundGrid } from '../../core/vitals/roundGrid.ts';
import { abnormalVitals } from '../../core/vitals/abnormal.ts';
import { isoDay } from '../../core/shared/dates.ts';

describe('生命体征的两种报表：空白测量表与异常名单', () => {
  const env = useWebApp({ mode: 'demo', enterAs: null });

  async function print(kind: 'round-sheet' | 'abnormal-vitals', input: object) {
    const { app } = env;
    const session = app.runtime.sessions.create(getUser(app.runtime.db, firstActiveDirector(app.runtime.db)!)).id;
    const file = await api(app, 'filings.pdf', { kind, input }, session);
    return pdfPages(join(app.runtime.exportsDir, file.fileId));
  }

  test('round-sheet --floor 1: every resident of the floor with bed and name, blank cells, the bands it is judged by', async () => {
    const pages = await print('round-sheet', { floor: 1 });
    const text = pages.join('\n');
    const today = isoDay(new Date());
    const grid = roundGrid(env.app.runtime.db, { floor: 1, date: today, shift: 'am' }, today);
    expect(grid.rows.length).toBeGreaterThan(30);
    for (const r of grid.rows) expect(text).toMatch(new RegExp(`${r.bedLabel}\\s+${r.name}`));
    expect(pages[0]).toMatch(/测量日期：\s+班次：□上午\s+□下午/);
    expect(text).toContain('判读依据');
    expect(text).toContain('待核实');
    expect(text).toContain('是本软件的输入检查（工程取值），不是标准');
  });

  test('abnormal-vitals: today’s abnormal readings, 明显异常 first, the week’s trend of each, and the sources', async () => {
    const pages = await print('abnormal-vitals', {});
    const text = pages.join('\n');
    const today = isoDay(new Date());
    const list = abnormalVitals(env.app.runtime.db, { date: null, floor: null }, today);
    expect(list.rows.filter((r) => r.level === 'severe').length).toBeGreaterThanOrEqual(3);
    for (const r of list.rows) expect(text).toContain(r.name);
    expect(pages[0]).toMatch(/^\s*1\s+\S+\s+\S+.*明显异常/m);
    expect(text).toContain('明显异常者近 7 天趋势');
    expect(text).toMatch(/低氧血症|3级高血压|低血糖/);
    expect(text).toContain('《中国高血压防治指南》');
  });

  test('a floor with nobody on it prints its header and says so; a day after today is refused', async () => {
    expect((await print('round-sheet', { floor: 9 })).join('\n')).toContain('9 楼现在没有在住老人');
    await expect(print('abnormal-vitals', { date: '2999-01-01' })).rejects.toThrow('日期不能晚于今天');
  });
});
