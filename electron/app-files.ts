import { extname, resolve, sep } from 'node:path';
import { APP_HOST, APP_SCHEME } from './trust.ts';

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.ico': 'image/x-icon',
  '.woff2': 'font/woff2',
  '.json': 'application/json',
};

export function contentType(file: string): string {
  return TYPES[extname(file).toLowerCase()] ?? 'application/octet-stream';
}

/**
 * The file inside the renderer folder an app:// address names, or null. The URL parser already folds
 * plain '..' segments; this also refuses encoded ones (%2e%2e%2f), backslashes and NUL, whatever
 * decodes to a place outside the folder.
 */
export function resolveAppFile(root: string, requestUrl: string): string | null {
  let url: URL;
  try {
    url = new URL(requestUrl);
  } catch {
    return null;
  }
  if (url.protocol !== `${APP_SCHEME}:` || url.host !== APP_HOST) return null;
  let path: string;
  try {
    path = decodeURIComponent(url.pathname);
  } catch {
    return null;
  }
  // No asset name holds a backslash or NUL; on Windows a backslash would be a path separator.
  if (path.includes('\0') || path.includes('\\')) return null;
  const relative = path.replace(/^\/+/, '') || 'index.html';
  const base = resolve(root);
  const file = resolve(base, relative);
  return file.startsWith(base + sep) ? file : null;
}
