import { mkdtempSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { findChromium } from '../../server/chromium.ts';
import { startHttpServer, type RunningServer } from '../../server/http.ts';
import { createChromiumPrinter } from '../../server/pdf.ts';
import { READY_FLAG, FAILED_FLAG } from '../../core/filings/printPage.ts';
import { filingRequest } from '../../core/filings/schema.ts';

/**
 * The printer waits for the print page's flags under the page's real CSP (no eval): here print pages that
 * become ready only after a while, or fail late, served by the same HTTP server with the same headers.
 */
describe('PDF 打印：等待打印页完成（严格 CSP 下）', () => {
  let dir: string;
  let server: RunningServer;
  let printer: ReturnType<typeof createChromiumPrinter>;

  beforeAll(async () => {
    dir = mkdtempSync(join(tmpdir(), 'ylywt-printer-'));
    mkdirSync(join(dir, 'assets'));
    // Plays the outcome named by the session in the address; a file because the CSP forbids inline scripts.
    writeFileSync(
      join(dir, 'assets', 'late.js'),
      `const outcome = new URLSearchParams(location.hash.slice(1)).get('session');
       setTimeout(() => {
         if (outcome === 'fail') { window.${FAILED_FLAG} = '找不到这份申报'; return; }
         document.body.textContent = '晚到的打印内容';
         window.${READY_FLAG} = true;
       }, 800);`,
    );
    writeFileSync(join(dir, 'print.html'), `<!doctype html><html><head><meta charset="utf-8"><script src="./assets/late.js"></script></head><body></body></html>`);
    server = await startHttpServer({ dispatch: async () => ({ ok: true, data: null }), token: 't', staticDir: dir });
    const executablePath = findChromium();
    if (!executablePath) throw new Error('端到端测试需要 Chromium');
    printer = createChromiumPrinter({ executablePath, baseUrl: () => server.url, token: 't' });
  });
  afterAll(async () => {
    await printer?.close();
    await server?.close();
    rmSync(dir, { recursive: true, force: true });
  });

  const request = filingRequest.parse({ kind: 'roster', input: { status: 'in_residence' } });

  test('打印页晚些才画好：等到它画好再出 PDF', async () => {
    const outFile = join(dir, 'late.pdf');
    await printer.print({ request, sessionId: 'ok', outFile });
    expect(readFileSync(outFile).subarray(0, 5).toString('latin1')).toBe('%PDF-');
  });

  test('打印页晚些报错：把它的原因告诉用户', async () => {
    await expect(printer.print({ request, sessionId: 'fail', outFile: join(dir, 'failed.pdf') })).rejects.toThrow('打印页面出错：找不到这份申报');
  });
});
