import { writeFile } from 'node:fs/promises';
import { BrowserWindow } from 'electron';
import { printPageUrl } from '../core/filings/printPage.ts';
import type { FilingRequest } from '../core/filings/schema.ts';
import { FILING_STATE_SCRIPT, waitForFiling } from './print-wait.ts';
import { APP_ORIGIN } from './trust.ts';
import { secureWebPreferences } from './web-preferences.ts';

/**
 * Filings are printed from the renderer's own print page (the React component the app shows), each in
 * a hidden window with the same locked-down preferences as the main one. The page fetches its data
 * through window.ylywt with the session from its address; the launch token of web mode is not needed.
 */
export function createWindowPrinter(preload: string): {
  pdf(request: FilingRequest, sessionId: string, outFile: string): Promise<void>;
  dialog(request: FilingRequest, sessionId: string): Promise<boolean>;
} {
  async function withPrintPage<T>(request: FilingRequest, sessionId: string, use: (window: BrowserWindow) => Promise<T>): Promise<T> {
    const window = new BrowserWindow({ show: false, webPreferences: secureWebPreferences(preload) });
    try {
      await window.loadURL(printPageUrl(APP_ORIGIN, '', sessionId, request));
      await waitForFiling(() => window.webContents.executeJavaScript(FILING_STATE_SCRIPT));
      return await use(window);
    } finally {
      if (!window.isDestroyed()) window.destroy();
    }
  }

  return {
    pdf: (request, sessionId, outFile) =>
      withPrintPage(request, sessionId, async (window) => {
        const pdf = await window.webContents.printToPDF({
          pageSize: 'A4',
          printBackground: true,
          preferCSSPageSize: true,
          // The footer is the page's own (@page margin boxes), as in the print dialog.
          displayHeaderFooter: false,
        });
        // Written here, where it was made: the core host only learns that the file is there.
        await writeFile(outFile, pdf);
      }),
    dialog: (request, sessionId) =>
      withPrintPage(
        request,
        sessionId,
        (window) =>
          new Promise<boolean>((resolve, reject) => {
            window.webContents.print({ silent: false, printBackground: true }, (success, failureReason) => {
              // Closing the dialog is a choice, not a failure.
              if (success || failureReason === 'cancelled' || failureReason === '') resolve(success);
              else reject(new Error(`打印失败：${failureReason}`));
            });
          }),
      ),
  };
}
