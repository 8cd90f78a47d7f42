import type { z } from 'zod';
import type ExcelJS from 'exceljs';
import type { ReadContext } from '../api/context.ts';
import type { Role } from '../shared/roles.ts';
import { requireInstitution } from '../institution/queries.ts';
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
