import { createReadStream, existsSync, statSync } from 'node:fs';
import { extname, join, resolve, sep } from 'node:path';
import type { IncomingMessage, ServerResponse } from 'node:http';
import { CSP } from '../core/system/csp.ts';

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.ico': 'image/x-icon',
  '.woff2': 'font/woff2',
  '.json': 'application/json',
};

// The same policy as Electron's app:// protocol; kept in core so both transports share one string.
export { CSP };

export function serveStatic(req: IncomingMessage, res: ServerResponse, root: string, urlPath: string): void {
  const relative = urlPath === '/' ? 'index.html' : urlPath.replace(/^\/+/, '');
  const base = resolve(root);
  const file = resolve(join(base, relative));
  // Never outside the renderer folder, whatever '..' or encoded slashes the path holds.
  if (!file.startsWith(base + sep) || !existsSync(file) || !statSync(file).isFile()) {
    res.writeHead(404, { 'content-type': 'text/plain; charset=utf-8' });
    res.end('没有这个文件');
    return;
  }
  const isHtml = file.endsWith('.html');
  res.writeHead(200, {
    'content-type': TYPES[extname(file)] ?? 'application/octet-stream',
    'content-security-policy': CSP,
    'x-content-type-options': 'nosniff',
    'referrer-policy': 'no-referrer',
    // Hashed asset names never change; the pages that name them must be fresh.
    'cache-control': isHtml ? 'no-store' : 'public, max-age=31536000, immutable',
  });
  if (req.method === 'HEAD') res.end();
  else createReadStream(file).pipe(res);
}
