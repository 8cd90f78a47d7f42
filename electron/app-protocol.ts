import { readFile } from 'node:fs/promises';
import { pathToFileURL } from 'node:url';
import { net, protocol } from 'electron';
import { CSP } from '../core/system/csp.ts';
import { contentType, resolveAppFile, resolveExportFile } from './app-files.ts';
import { APP_SCHEME } from './trust.ts';

/**
 * app:// is standard (relative URLs, its own origin app://renderer, storage) and secure (a secure
 * context like https). It is deliberately not corsEnabled: that privilege would let other origins read
 * it. Must run before the app is ready.
 */
export function registerAppScheme(): void {
  protocol.registerSchemesAsPrivileged([
    { scheme: APP_SCHEME, privileges: { standard: true, secure: true, supportFetchAPI: true, codeCache: true } },
  ]);
}

const notFound = () => new Response('没有这个文件', { status: 404, headers: { 'content-type': 'text/plain; charset=utf-8' } });

/**
 * Serves the built renderer, and nothing outside it, with the same CSP as web mode; and the PDFs and Excel
 * files the core leaves in the exports folder, streamed from disk at app://renderer/files/<id>.
 */
export function serveAppProtocol(rendererDir: string, exportsDir: string): void {
  protocol.handle(APP_SCHEME, async (request) => {
    const exported = resolveExportFile(exportsDir, request.url);
    if (exported !== null) return net.fetch(pathToFileURL(exported).href).catch(() => notFound());
    const file = resolveAppFile(rendererDir, request.url);
    if (file === null) return notFound();
    let body: Buffer;
    try {
      body = await readFile(file);
    } catch {
      return notFound();
    }
    return new Response(new Uint8Array(body), {
      status: 200,
      headers: {
        'content-type': contentType(file),
        'content-security-policy': CSP,
        'x-content-type-options': 'nosniff',
        'referrer-policy': 'no-referrer',
      },
    });
  });
}
