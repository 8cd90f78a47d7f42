import { contentType, fileInside } from '../core/system/renderer-files.ts';
import { exportFilePath } from '../core/shared/exports.ts';
import { APP_HOST, APP_SCHEME } from './trust.ts';

export { contentType };

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
  return fileInside(root, path);
}

/** The exports folder's file that app://renderer/files/<id> names (a PDF or Excel file the core made), or null. */
export function resolveExportFile(exportsDir: string, requestUrl: string): string | null {
  let url: URL;
  try {
    url = new URL(requestUrl);
  } catch {
    return null;
  }
  if (url.protocol !== `${APP_SCHEME}:` || url.host !== APP_HOST || !url.pathname.startsWith('/files/')) return null;
  return exportFilePath(exportsDir, url.pathname.slice('/files/'.length));
}

/** app://renderer/uploads, where the renderer posts an attached file's bytes. */
export function isUploadUrl(requestUrl: string): boolean {
  try {
    const url = new URL(requestUrl);
    return url.protocol === `${APP_SCHEME}:` && url.host === APP_HOST && url.pathname === '/uploads';
  } catch {
    return false;
  }
}
