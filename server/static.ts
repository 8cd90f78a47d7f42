import { createReadStream, existsSync, statSync } from 'node:fs';
import type { IncomingMessage, ServerResponse } from 'node:http';
import { CSP } from '../core/system/csp.ts';
import { contentType, fileInside } from '../core/system/renderer-files.ts';

export function serveStatic(req: IncomingMessage, res: ServerResponse, root: string, urlPath: string): void {
  // Never outside the renderer folder, whatever '..' or encoded slashes the path holds.
  const file = fileInside(root, urlPath);
  if (file === null || !existsSync(file) || !statSync(file).isFile()) {
    res.writeHead(404, { 'content-type': 'text/plain; charset=utf-8' });
    res.end('没有这个文件');
    return;
  }
  const isHtml = file.endsWith('.html');
  res.writeHead(200, {
    'content-type': contentType(file),
    'content-security-policy': CSP,
    'x-content-type-options': 'nosniff',
    'referrer-policy': 'no-referrer',
    // Hashed asset names never change; the pages that name them must be fresh.
    'cache-control': isHtml ? 'no-store' : 'public, max-age=31536000, immutable',
  });
  if (req.method === 'HEAD') res.end();
  else createReadStream(file).pipe(res);
}
