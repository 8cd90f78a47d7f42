import { readFile } from 'node:fs/promises';
import { pathToFileURL } from 'node:url';
import { net, protocol } from 'electron';
import { CSP } from '../core/system/csp.ts';
import { contentType, isUploadUrl, resolveAppFile, resolveExportFile } from './app-files.ts';
import { stageUpload, uploadRefusal } from '../core/shared/uploads.ts';
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

const json = (status: number, body: unknown) =>
  new Response(JSON.stringify(body), { status, headers: { 'content-type': 'application/json; charset=utf-8', 'cache-control': 'no-store' } });

/** app://renderer/uploads: an attached file's bytes, staged as in web mode's POST /uploads (core/shared/uploads.ts). */
async function upload(uploadsDir: string, request: Request): Promise<Response> {
  if (request.body === null) return json(400, { ok: false, error: uploadRefusal({ empty: true }) });
  const result = await stageUpload(uploadsDir, request.body);
  const refusal = uploadRefusal(result);
  return refusal ? json(refusal.code === 'TOO_LARGE' ? 413 : 400, { ok: false, error: refusal }) : json(200, { ok: true, data: result });
}

const notFound = () => new Response('没有这个文件', { status: 404, headers: { 'content-type': 'text/plain; charset=utf-8' } });

/**
 * Serves the built renderer, and nothing outside it, with the same CSP as web mode; and the PDFs and Excel
 * files the core leaves in the exports folder, streamed from disk at app://renderer/files/<id>.
 */
export function serveAppProtocol(rendererDir: string, exportsDir: string, uploadsDir: string): void {
  protocol.handle(APP_SCHEME, async (request) => {
    if (request.method === 'POST' && isUploadUrl(request.url)) return upload(uploadsDir, request);
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
