import type { Browser, Page } from 'playwright-core';
import type { PdfPrinter, PrintJob } from '../core/filings/printer.ts';
import { chromiumArgs } from './chromium.ts';
import { printPageUrl, PDF_OPTIONS, READY_FLAG, FAILED_FLAG } from '../core/filings/printPage.ts';

/**
 * Prints filings through the system Chromium: it opens the renderer's print page on this server
 * (the same React component the app shows), waits until the filing has drawn, and saves A4 PDF.
 * One browser is kept for the life of the server; each filing gets its own page.
 */
export function createChromiumPrinter(options: { executablePath: string; baseUrl: () => string; token: string }): PdfPrinter & {
  close(): Promise<void>;
} {
  let browser: Promise<Browser> | null = null;
  let warmed: Promise<void> | null = null;
  // playwright-core is loaded with the first print, not at start: most sessions never print (+115 MB, +0.5 s).
  const getBrowser = () => {
    browser ??= import('playwright-core').then(({ chromium }) =>
      chromium.launch({ executablePath: options.executablePath, headless: true, args: chromiumArgs() }),
    );
    return browser;
  };
  /** Opens the print page at `url` in a fresh context, waits until it has drawn or failed, then runs `use`. */
  const withPrintPage = async <T>(url: string, use: (page: Page, failed: unknown) => Promise<T>): Promise<T> => {
    const context = await (await getBrowser()).newContext();
    try {
      const page = await context.newPage();
      await page.goto(url);
      // A function, not a string: Playwright evaluates a string predicate with eval, which the page's CSP forbids.
      await page.waitForFunction(
        ([ready, failed]) => {
          const w = globalThis as unknown as Record<string, unknown>;
          return w[ready] === true || typeof w[failed] === 'string';
        },
        [READY_FLAG, FAILED_FLAG] as const,
        { timeout: 60_000 },
      );
      return await use(
        page,
        await page.evaluate((failed) => (globalThis as unknown as Record<string, unknown>)[failed], FAILED_FLAG),
      );
    } finally {
      await context.close();
    }
  };
  return {
    print: (job: PrintJob) =>
      withPrintPage(printPageUrl(options.baseUrl(), options.token, job.sessionId, job.request), async (page, failed) => {
        if (typeof failed === 'string') throw new Error(`打印页面出错：${failed}`);
        await page.pdf({ ...PDF_OPTIONS, path: job.outFile });
      }),
    /**
     * The first print of a fresh Chromium costs about 2 s more (launch, first page, fonts, the PDF
     * backend). Printing the print page's own error page once pays that up front; the screens ask for it
     * when a print button comes under the pointer or the keyboard, not at start.
     */
    warm: async () => {
      if (warmed) return warmed;
      warmed = withPrintPage(`${options.baseUrl()}/print.html#`, (page) => page.pdf(PDF_OPTIONS)).then(() => undefined);
      return warmed;
    },
    async close() {
      if (browser) await (await browser).close().catch(() => undefined);
      browser = null;
      warmed = null;
    },
  };
}
