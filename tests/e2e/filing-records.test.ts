import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, test } from 'vitest';
import { pdfText } from './pdf.ts';

/** The assessment and annual-exam filings print what the issue asks, with the readings of open questions marked 待核实. */
describe('评估记录与健康体检表（命令行，演示数据）', () => {
  const home = mkdtempSync(join(tmpdir(), 'ylywt-cli-records-'));
  afterAll(() => rmSync(home, { recursive: true, force: true }));
  const print = (args: string[]) => {
    const out = join(home, `${args[0]}.pdf`);
    const r = spawnSync(process.execPath, ['scripts/filing.ts', ...args, '--out', out], {
      encoding: 'utf8',
      env: { ...process.env, XDG_CONFIG_HOME: home, APPDATA: home },
      timeout: 120_000,
    });
    expect(r.status, r.stderr || r.stdout).toBe(0);
    return pdfText(out).replace(/\s+/g, '');
  };

  test('assessment: items by domain, totals, preliminary and final level with reasons, assessors, readings 待核实', () => {
    const text = print(['assessment']);
    for (const words of ['自理能力', '基础运动能力', '精神状态', '感知觉与社会参与', 'B.1.1', '初步等级', '最终等级', '附录C', '评估员', '采用的规则', '待核实']) {
      expect(text).toContain(words);
    }
  });

  test('annual-exam: the 健康体检表 sections and the nine constitutions with the chosen reading of “one a year”', () => {
    const text = print(['annual-exam']);
    for (const words of ['一般状况', '生活方式', '脏器功能', '查体', '辅助检查', '健康评价', '中医体质辨识', '平和质', '气虚质', '特禀质', '体质辨识结果', '按自然年', '待核实']) {
      expect(text).toContain(words);
    }
  });
});
