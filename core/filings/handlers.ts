import { statSync } from 'node:fs';
import { defineArea, method, type Context } from '../api/define.ts';
import { runHeavy } from '../api/heavyReads.ts';
import { AppError } from '../shared/errors.ts';
import { emptyInput } from '../shared/fields.ts';
import { newExportFile } from '../shared/exports.ts';
import { filingRequest, type ExportedFile } from './schema.ts';
import { resolveFiling } from './registry.ts';
import { buildWorkbookFile, filingFileName } from './jobs.ts';
import { fillContentsPageNumbers } from './contents.ts';
import { embedAttachmentPages } from './embedPages.ts';
import type { FilingDef } from './define.ts';

/** The printer, and the session the print page reads the filing's data with. */
function requirePrinter(ctx: Context) {
  if (!ctx.runtime.printer) {
    throw new AppError(
      'PRINTER_UNAVAILABLE',
      '这台电脑上找不到用来生成 PDF 的浏览器组件（Chromium、Chrome 或 Edge）。请安装其中之一后重新打开本程序；Linux 上可运行 apt-get install -y chromium fonts-noto-cjk。',
    );
  }
  if (!ctx.sessionId) throw new AppError('UNAUTHENTICATED', '请先登录。');
  return { printer: ctx.runtime.printer, sessionId: ctx.sessionId };
}

/** Every print and export goes into the audit log: which filing, what it covered, and the request itself. */
function auditFiling(ctx: Context, verb: string, def: FilingDef, input: unknown, more = ''): void {
  ctx.audit({ entity: 'filing', entityId: null, summary: `${verb}：${def.title}（${def.describe(input)}）${more}`, after: { kind: def.kind, input } });
}

export const filingsArea = defineArea('filings', {
  /** Starts the print engine when a print button comes into reach, so the first print is not the slow one. */
  'filings.prepare': method({
    kind: 'read',
    access: 'signedIn',
    input: emptyInput,
    handler: async (ctx) => {
      await ctx.runtime.printer?.warm?.().catch((error: unknown) => ctx.runtime.log('打印组件预热失败（打印时会再试）', error));
      return { ready: ctx.runtime.printer !== null };
    },
  }),

  /** A filing's data, read by the print page that lays it out; built beside the app so a long one holds nobody up. */
  'filings.data': method({
    kind: 'read',
    heavy: true,
    access: 'signedIn',
    input: filingRequest,
    handler: (ctx, request) => {
      const { def, input } = resolveFiling(request.kind, request.input, ctx.actor.role);
      return def.build(ctx, input);
    },
  }),

  /** The filing as a PDF file in the exports folder, fetched by its id (web: GET /files/:id; Electron: app://renderer/files/:id). */
  'filings.pdf': method({
    kind: 'task',
    access: 'signedIn',
    input: filingRequest,
    changes: [],
    handler: async (ctx, request): Promise<ExportedFile> => {
      const { def, input } = resolveFiling(request.kind, request.input, ctx.actor.role);
      const { printer, sessionId } = requirePrinter(ctx);
      const file = newExportFile(ctx.runtime.exportsDir, 'pdf');
      await printer.print({ request: { kind: def.kind, input: def.printInput?.(input) ?? input }, sessionId, outFile: file.path });
      if (def.layout === 'document') {
        await fillContentsPageNumbers(file.path);
        await embedAttachmentPages(file.path, ctx.db);
      }
      auditFiling(ctx, '生成 PDF', def, input);
      return { fileId: file.fileId, fileName: filingFileName(def.title, ctx.today, 'pdf'), bytes: statSync(file.path).size };
    },
  }),

  /** The system print dialog, where the app has one (Electron); web mode answers hasDialog: false and saves a PDF instead. */
  'filings.print': method({
    kind: 'task',
    access: 'signedIn',
    input: filingRequest,
    changes: [],
    handler: async (ctx, request) => {
      const { def, input } = resolveFiling(request.kind, request.input, ctx.actor.role);
      const { printer, sessionId } = requirePrinter(ctx);
      if (!printer.printDialog) return { hasDialog: false, printed: false };
      const printed = await printer.printDialog({ kind: def.kind, input: def.printInput?.(input) ?? input }, sessionId);
      if (printed) auditFiling(ctx, '打印', def, input);
      return { hasDialog: true, printed };
    },
  }),

  /** The filing's tables as .xlsx; exporting personal data is itself recorded in the audit log. */
  'filings.xlsx': method({
    kind: 'task',
    access: 'signedIn',
    input: filingRequest,
    changes: [],
    handler: async (ctx, request) => {
      const { def, input } = resolveFiling(request.kind, request.input, ctx.actor.role);
      if (!def.workbook) throw new AppError('VALIDATION', `“${def.title}”没有 Excel 格式，请打印 PDF`, 'kind');
      const file = await runHeavy(ctx.runtime, 'filings.workbook', buildWorkbookFile, { kind: def.kind, input }, ctx);
      auditFiling(ctx, '导出 Excel', def, input, `，共 ${file.rows} 行`);
      return file;
    },
  }),
});
