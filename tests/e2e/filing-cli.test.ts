import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, test } from 'vitest';
import { allFilings } from '../../core/filings/registry.ts';
import { pdfText } from './pdf.ts';

/**
 * Every kind in the filing registry prints from the command line on the demo data, with the options its
 * declaration gives as an example: `npm run filing -- KIND …example --out F.pdf`.
 */
describe('npm run filing：每一种报表都能在演示数据上从命令行打印', () => {
  // A fresh user data folder: the command seeds its own demo there, as on a new machine.
  const home = mkdtempSync(join(tmpdir(), 'ylywt-cli-'));
  afterAll(() => rmSync(home, { recursive: true, force: true }));

  const run = (args: string[]) =>
    spawnSync(process.execPath, ['scripts/filing.ts', ...args], {
      encoding: 'utf8',
      env: { ...process.env, XDG_CONFIG_HOME: home, APPDATA: home },
      timeout: 120_000,
    });

  test.each(allFilings().map((d) => [d.kind, d] as const))('%s', (kind, def) => {
    const out = join(home, `${kind}.pdf`);
    const r = run([kind, ...def.example, '--out', out]);
    expect(r.status, r.stderr || r.stdout).toBe(0);
    expect(r.stdout).toContain('已生成');
    const text = pdfText(out);
    expect(text).toContain(def.title);
    expect(text).toContain('演示数据');
    // pdftotext keeps or drops the spaces of the footer depending on the page's width.
    expect(text).toMatch(/第\s*1\s*页\s*\/\s*共\s*\d+\s*页/);
  });

  test('an unknown kind or option is refused in Chinese, with exit code 2', () => {
    const unknown = run(['no-such-kind', '--out', join(home, 'x.pdf')]);
    expect(unknown.status).toBe(2);
    expect(unknown.stderr).toContain('不认识的报表：no-such-kind');
    const badFlag = run(['roster', '--florr', '2']);
    expect(badFlag.status).toBe(2);
    expect(badFlag.stderr).toContain('不认识的选项：--florr');
  });
});

describe('npm run filing -- district-pack：月、季度、年', () => {
  const home = mkdtempSync(join(tmpdir(), 'ylywt-pack-'));
  afterAll(() => rmSync(home, { recursive: true, force: true }));
  const run = (args: string[]) =>
    spawnSync(process.execPath, ['scripts/filing.ts', 'district-pack', ...args], {
      encoding: 'utf8',
      env: { ...process.env, XDG_CONFIG_HOME: home, APPDATA: home },
      timeout: 120_000,
    });

  test.each([
    ['2026Q3', '2026年第三季度', '2026-06-30 日终'],
    ['2026-10', '2026年10月', '2026-09-30 日终'],
    ['2026', '2026年度', '2025-12-31 日终'],
  ])('--period %s', (period, label, startDay) => {
    const out = join(home, `pack-${period}.pdf`);
    const r = run(['--period', period, '--out', out]);
    expect(r.status, r.stderr || r.stdout).toBe(0);
    const text = pdfText(out);
    expect(text).toContain(label);
    expect(text).toContain('期初在院人数');
    expect(text).toContain(`期初在院老人（${startDay}）`);
    expect(text).toMatch(/明细见附录一/);
    expect(text).toContain('JBZH0001表，待核实');
    for (const title of ['民政：住养老人与床位、意外事件', '卫健：医务室诊疗、老年人健康管理、人员证照、药品与医疗废物', '卫健：签约医疗机构服务到位与家庭医生签约', '医保：医保定点、长护险定点与失能等级', '医保：医疗项目与生活照护项目收费']) {
      expect(text.replace(/\s+/g, '')).toContain(title);
    }
    expect(text).toContain('老年人健康管理率');
    expect(text).toContain('期末能力评估逾期人数');
  });

  test('a period written otherwise is refused with the three ways to write it', () => {
    const r = run(['--period', '2026Q5', '--out', join(home, 'x.pdf')]);
    expect(r.status).toBe(2);
    expect(r.stderr).toContain('报告期应写作 2026-10（月）、2026Q3（季度）或 2026（年）');
  });
});
