import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, test } from 'vitest';
import { pdfText } from './pdf.ts';
import { openDatabase } from '../../db/open.ts';
import { defaultUserDataDir } from '../../core/system/paths.ts';
import { DB_FILE_NAME } from '../../core/system/runtime.ts';

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

  test('health-record: the name of the resident, allergies severe first, the latest values and the 90-day charts', () => {
    const text = print(['health-record', '--resident', '108']);
    // What the demo holds for the example's resident, read from the demo data the command printed from.
    const db = openDatabase(join(defaultUserDataDir(process.platform, { XDG_CONFIG_HOME: home, APPDATA: home }), 'demo', DB_FILE_NAME), { readonly: true });
    try {
      const name = db.prepare('SELECT name FROM residents WHERE id = 108').pluck().get() as string;
      const allergy = db
        .prepare(`SELECT substance FROM allergies WHERE resident_id = 108 AND deleted_at IS NULL ORDER BY CASE severity WHEN 'severe' THEN 0 ELSE 1 END, id LIMIT 1`)
        .pluck()
        .get() as string;
      const bp = db.prepare('SELECT sbp, dbp FROM vital_signs WHERE resident_id = 108 AND sbp IS NOT NULL AND deleted_at IS NULL ORDER BY taken_at DESC LIMIT 1').get() as { sbp: number; dbp: number };
      expect(text).toContain(name);
      expect(text).toContain(allergy);
      expect(text).toContain(`${bp.sbp}/${bp.dbp}mmHg`);
    } finally {
      db.close();
    }
    for (const words of ['家庭医生签约', '过敏', '慢性病', '长期用药', '最近一次评估', '最近一次年度体检', '生命体征', '血压（近90天', '判读依据', '待核实']) {
      expect(text).toContain(words);
    }
  });
});
