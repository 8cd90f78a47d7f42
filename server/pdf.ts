import { chromium, type Browser } from 'playwright-core';
import type { PdfPrinter } from '../core/filings/printer.ts';
import type { FilingRequest } from '../core/filings/schema.ts';
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
  const getBrowser = () => {
    browser ??= chromium.launch({ executablePath: options.executablePath, headless: true, args: chromiumArgs() });
    return browser;
  };
  return {
    async print(request: FilingRequest, sessionId: string): Promise<Uint8Array> {
      const context = await (await getBrowser()).newContext();
      try {
        const page = await context.newPage();
        await page.goto(printPageUrl(options.baseUrl(), options.token, sessionId, request));
        await page.waitForFunction(`window.${READY_FLAG} === true || typeof window.${FAILED_FLAG} === 'string'`, null, {
          timeout: 60_000,
        });
        const failed = await page.evaluate(`window.${FAILED_FLAG}`);
        if (typeof failed === 'string') throw new Error(`打印页面出错：${failed}`);
        return await page.pdf(PDF_OPTIONS);
      } finally {
        await context.close();
      }
    },
    async close() {
      if (browser) await (await browser).close().catch(() => undefined);
      browser = null;
    },
  };
}
