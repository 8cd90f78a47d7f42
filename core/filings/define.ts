import type { z } from 'zod';
import type ExcelJS from 'exceljs';
import type { ReadContext } from '../api/context.ts';
import type { Role } from '../shared/roles.ts';
import { requireInstitution } from '../institution/queries.ts';
import { formatDateTime } from '../shared/dates.ts';
import type { FilingHeader } from './schema.ts';

/** A command-line option of `npm run filing -- KIND`: `--flag value` fills `field` of the filing's input. */
export interface CliOption {
  flag: string;
  field: string;
  type: 'int' | 'string' | 'boolean';
  help: string;
}

/**
 * One kind of printed filing. Declaring it here is all it takes: the print page, the PDF and print methods,
 * the Excel export, the command line and the audit summary all work from these fields (core/filings/registry.ts
 * lists the kinds; renderer/features/filings/filingComponents.tsx lists their React components).
 */
export interface FilingDef<K extends string = string, S extends z.ZodType = z.ZodType, D extends FilingHeader = FilingHeader> {
  kind: K;
  title: string;
  /** 'document': a cover, contents with page numbers, sections and appendices; 'sheet': a header, a table, signatures. */
  layout: 'sheet' | 'document';
  input: S;
  access: readonly Role[];
  cli: readonly CliOption[];
  /** Options that print it from the demo data (`npm run filing -- KIND …example`): the tests print every kind with them. */
  example: readonly string[];
  /** What the filing covers, in words: printed under the title, and the audit log's summary of the print. */
  describe(input: z.output<S>): string;
  build(ctx: ReadContext, input: z.output<S>): D;
  /**
   * The input the print page reads the filing with, where the print shows less than the screen and the Excel
   * file (the district pack prints the first rows of each appendix). The audit log records the input as asked.
   */
  printInput?(input: z.output<S>): z.output<S>;
  /** The same data as an Excel workbook, where a reviewer wants the tables to work with. */
  workbook?(data: D, ExcelJSModule: typeof ExcelJS): ExcelJS.Workbook;
}

export function defineFiling<K extends string, S extends z.ZodType, D extends FilingHeader>(def: FilingDef<K, S, D>): FilingDef<K, S, D> {
  return def;
}

/** The header every filing starts with: institution, title, what it covers, when and by whom it was printed. */
export function filingHeader(ctx: ReadContext, title: string, scope: string): FilingHeader {
  const institution = requireInstitution(ctx.db);
  return {
    title,
    institution: {
      name: institution.name,
      creditCode: institution.creditCode,
      address: institution.address,
      civilAffairsFilingNo: institution.civilAffairsFilingNo,
      directorName: institution.directorName,
      phone: institution.phone,
    },
    scope,
    printedAt: ctx.now.toISOString(),
    printedBy: ctx.actor.name,
    isDemo: institution.isDemo,
  };
}

/** One table of a filing as Excel gets it: a title, column headings and rows of text or numbers. */
export interface SheetTable {
  title: string;
  columns: string[];
  rows: (string | number)[][];
  note?: string;
}

/**
 * A filing's tables as a workbook, one sheet per table, the first headed with the institution, what the filing
 * covers and when it was exported — for the kinds whose Excel file is just their tables.
 */
export function tablesWorkbook(data: FilingHeader, tables: readonly SheetTable[], ExcelJSModule: typeof ExcelJS): ExcelJS.Workbook {
  const wb = new ExcelJSModule.Workbook();
  wb.creator = '养老医务通';
  wb.created = new Date(data.printedAt);
  const used = new Set<string>();
  tables.forEach((t, i) => {
    // Sheet names: at most 31 characters and none of : \ / ? * [ ] (Excel refuses them).
    const base = t.title.replace(/[:\\/?*[\]]/g, '·').slice(0, 28);
    let name = base;
    for (let n = 2; used.has(name); n++) name = `${base.slice(0, 26)}(${n})`;
    used.add(name);
    const ws = wb.addWorksheet(name);
    if (i === 0) {
      ws.addRow([`${data.institution.name} ${data.title}`]).font = { bold: true, size: 15 };
      ws.addRow([`${data.scope}　导出时间：${formatDateTime(data.printedAt)}${data.isDemo ? '（演示数据）' : ''}`]);
    }
    ws.addRow([t.title]).font = { bold: true, size: 13 };
    const header = ws.addRow(t.columns);
    header.font = { bold: true };
    for (const r of t.rows) ws.addRow(r);
    if (t.note) ws.addRow([t.note]).font = { italic: true, color: { argb: 'FF666666' } };
    t.columns.forEach((c, col) => (ws.getColumn(col + 1).width = Math.max(10, Math.min(40, c.length * 2 + 4))));
  });
  return wb;
}
