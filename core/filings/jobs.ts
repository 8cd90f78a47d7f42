import { statSync } from 'node:fs';
import type { HeavyContext } from '../api/define.ts';
import { newExportFile } from '../shared/exports.ts';
import { AppError } from '../shared/errors.ts';
import { findFiling } from './registry.ts';
import type { ExportedFile } from './schema.ts';

/** A filing's file name: its title and the day, e.g. 住养老人名册-2026-11-24.pdf. */
export function filingFileName(title: string, today: string, extension: 'pdf' | 'xlsx'): string {
  return `${title}-${today}.${extension}`;
}

/**
 * Builds a filing's data and its Excel workbook and leaves the file in the exports folder. Runs in the
 * heavy-read worker (core/api/heavyJobs.ts): exceljs is loaded there, and only when someone exports.
 * The input has already been checked by resolveFiling.
 */
export async function buildWorkbookFile(ctx: HeavyContext, request: { kind: string; input: unknown }): Promise<ExportedFile & { rows: number }> {
  const def = findFiling(request.kind);
  if (!def?.workbook) throw new AppError('VALIDATION', '这份报表没有 Excel 格式', 'kind');
  const data = def.build(ctx, request.input);
  const ExcelJS = (await import('exceljs')).default;
  const workbook = def.workbook(data, ExcelJS);
  const file = newExportFile(ctx.exportsDir, 'xlsx');
  await workbook.xlsx.writeFile(file.path);
  const rows = (data as { rows?: unknown[] }).rows?.length ?? 0;
  return { fileId: file.fileId, fileName: filingFileName(def.title, ctx.today, 'xlsx'), bytes: statSync(file.path).size, rows };
}
