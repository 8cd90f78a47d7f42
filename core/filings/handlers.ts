import { method } from '../api/define.ts';
import type { Context } from '../api/context.ts';
import { AppError } from '../shared/errors.ts';
import { ROSTER_FULL_VIEW } from '../auth/roles.ts';
import { filingRequest, FILING_TITLES, type FilingRequest } from './schema.ts';
import { buildRosterFiling } from './roster.ts';
import { describeFilter } from '../residents/describeFilter.ts';

function describe(request: FilingRequest): string {
  return `${FILING_TITLES[request.kind]}（${describeFilter(request.filter)}）`;
}

function requirePrinter(ctx: Context) {
  if (!ctx.runtime.printer) throw new AppError('INTERNAL', '本机没有可用的 PDF 打印组件，请联系维护人员安装 Chromium。');
  if (!ctx.sessionId) throw new AppError('UNAUTHENTICATED', '请先登录。');
  return { printer: ctx.runtime.printer, sessionId: ctx.sessionId };
}

export const filingMethods = {
  /** The data of a filing, read by the print page that lays it out. */
  'filings.roster': method({
    kind: 'read',
    access: ROSTER_FULL_VIEW,
    input: filingRequest,
    handler: (ctx, request) => buildRosterFiling(ctx.db, request.filter, ctx.today, ctx.now, ctx.actor),
  }),
  /** The filing as PDF bytes (base64), for download in web mode or saving in the app. */
  'filings.pdf': method({
    kind: 'task',
    access: ROSTER_FULL_VIEW,
    input: filingRequest,
    handler: async (ctx, request) => {
      const { printer, sessionId } = requirePrinter(ctx);
      const pdf = await printer.print(request, sessionId);
      ctx.audit({ entity: 'filing', entityId: null, summary: `生成 PDF：${describe(request)}`, after: request });
      return { fileName: `${FILING_TITLES[request.kind]}-${ctx.today}.pdf`, base64: Buffer.from(pdf).toString('base64') };
    },
  }),
  /** The system print dialog, where the app has one (Electron); web mode answers printed: false and downloads instead. */
  'filings.print': method({
    kind: 'task',
    access: ROSTER_FULL_VIEW,
    input: filingRequest,
    handler: async (ctx, request) => {
      const { printer, sessionId } = requirePrinter(ctx);
      if (!printer.printDialog) return { hasDialog: false, printed: false };
      const printed = await printer.printDialog(request, sessionId);
      if (printed) ctx.audit({ entity: 'filing', entityId: null, summary: `打印：${describe(request)}`, after: request });
      return { hasDialog: true, printed };
    },
  }),
};
