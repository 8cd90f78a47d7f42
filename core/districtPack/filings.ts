import type ExcelJS from 'exceljs';
import { z } from '../shared/fields.ts';
import { formatDateTime } from '../shared/dates.ts';
import { invalid } from '../shared/errors.ts';
import { requireInstitution } from '../institution/queries.ts';
import { defineFiling, filingHeader } from '../filings/define.ts';
import type { FilingHeader } from '../filings/schema.ts';
import { PACK_READERS } from './access.ts';
import type { PackSection, PackTrace, SectionTrace } from './define.ts';
import { lastQuarter, parsePeriod, periodCode, type Period } from './period.ts';
import { PACK_SECTIONS } from './sections/index.ts';
import { PRINT_TRACE_ROWS } from './schema.ts';

export const districtPackInput = z
  .object({
    period: periodCode.nullable().default(null),
    /** List at most this many rows of each trace (the print sets PRINT_TRACE_ROWS); null: every row (screen, Excel). */
    traceRows: z.number().int().positive().nullable().default(null),
  })
  .strict();

export interface DistrictPack extends FilingHeader {
  period: Period;
  sections: PackSection[];
  traces: PackTrace[];
}

/** Sheet names: at most 31 characters and none of : \ / ? * [ ] (Excel refuses them). */
const sheetName = (name: string, used: Set<string>) => {
  const base = name.replace(/[:\\/?*[\]]/g, '·').slice(0, 28);
  let n = base;
  for (let i = 2; used.has(n); i++) n = `${base.slice(0, 26)}(${i})`;
  used.add(n);
  return n;
};

function addTable(wb: ExcelJS.Workbook, used: Set<string>, title: string, columns: string[], rows: (string | number)[][], note?: string) {
  const ws = wb.addWorksheet(sheetName(title, used));
  ws.addRow([title]).font = { bold: true, size: 13 };
  const header = ws.addRow(columns);
  header.font = { bold: true };
  for (const r of rows) ws.addRow(r);
  if (note) ws.addRow([note]).font = { italic: true, color: { argb: 'FF666666' } };
  ws.columns.forEach((c) => (c.width = 16));
}

/**
 * 区级报送材料包: for a month, a quarter or a year, what 民政, 卫健 and 医保 reviewers ask a home for, in one
 * document with a cover, contents and page X / Y; each figure says how it is counted, and the appendices list
 * the records behind the figures. The sections come from the areas that record them (sections/index.ts).
 */
export const districtPackFiling = defineFiling({
  kind: 'district-pack',
  title: '区级报送材料',
  layout: 'document',
  input: districtPackInput,
  access: PACK_READERS,
  cli: [{ flag: 'period', field: 'period', type: 'string', help: '报告期：2026-10（月）、2026Q3（季度）或 2026（年）；默认上一季度' }],
  example: ['--period', '2026Q3'],
  describe: (input) => `报告期 ${input.period ?? '上一季度'}`,
  printInput: (input) => ({ ...input, traceRows: PRINT_TRACE_ROWS }),
  build(ctx, input): DistrictPack {
    const period = parsePeriod(input.period ?? lastQuarter(ctx.today))!;
    if (period.from > ctx.today) throw invalid(`${period.label}还没有开始，不能报送（今天是 ${ctx.today}）`, 'input.period');
    const openedOn = requireInstitution(ctx.db).openedOn;
    if (openedOn && period.to < openedOn) throw invalid(`${period.label}早于本院开业日期（${openedOn}），没有可报送的记录`, 'input.period');
    const sections: PackSection[] = [];
    const traces: PackTrace[] = [];
    // The print lists the first rows of each trace (PRINT_TRACE_ROWS) and says how many there are in all.
    const rows = (t: SectionTrace) => (input.traceRows === null ? t.rows : t.rows.slice(0, input.traceRows));
    for (const def of PACK_SECTIONS) {
      const built = def.build(ctx, period);
      // Trace keys are per section; prefixed here so two sections may both have an 'at-end'.
      const key = (k: string) => `${def.key}:${k}`;
      sections.push({
        key: def.key,
        authority: def.authority,
        title: def.title,
        figures: built.figures.map((f) => (f.trace ? { ...f, trace: key(f.trace) } : f)),
        tables: built.tables,
        notes: built.notes,
      });
      traces.push(...built.traces.map((t) => ({ ...t, key: key(t.key), rows: rows(t), total: t.rows.length })));
    }
    return { ...filingHeader(ctx, '区级报送材料', `报告期：${period.label}（${period.from} 至 ${period.to}）`), period, sections, traces };
  },
  workbook(data, ExcelJS) {
    const wb = new ExcelJS.Workbook();
    wb.creator = '养老医务通';
    wb.created = new Date(data.printedAt);
    const used = new Set<string>();
    const cover = wb.addWorksheet(sheetName('说明', used));
    cover.addRow([`${data.institution.name} 区级报送材料`]).font = { bold: true, size: 15 };
    cover.addRow([data.scope]);
    cover.addRow([`导出时间：${formatDateTime(data.printedAt)}${data.isDemo ? '（演示数据）' : ''}`]);
    cover.getColumn(1).width = 60;
    for (const s of data.sections) {
      addTable(
        wb,
        used,
        `${s.authority} ${s.title}`,
        ['指标', '数值', '单位', '口径与依据'],
        s.figures.map((f) => [f.label, f.value, f.unit, `${f.basis}${f.unverified ? '（待核实）' : ''}`]),
      );
      for (const t of s.tables) addTable(wb, used, t.title, t.columns, t.rows, t.note);
    }
    for (const t of data.traces) addTable(wb, used, `明细 ${t.title}`, t.columns, t.rows);
    return wb;
  },
});
