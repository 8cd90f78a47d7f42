import { extname, resolve, sep } from 'node:path';

/** The built renderer's files, as both transports serve them (web mode over HTTP, Electron over app://). */
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
 * The file a decoded URL path names inside the renderer folder, or null when it would leave it.
 * No asset name holds a backslash or NUL; on Windows a backslash would be a path separator.
 */
export function fileInside(root: string, decodedPath: string): string | null {
  if (decodedPath.includes('\0') || decodedPath.includes('\\')) return null;
  const relative = decodedPath.replace(/^\/+/, '') || 'index.html';
  const base = resolve(root);
  const file = resolve(base, relative);
  return file.startsWith(base + sep) ? file : null;
}
