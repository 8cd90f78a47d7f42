import type { ApiResult } from '../core/api/dispatch.ts';

/**
 * Our pages live at one origin only. Anything else that might end up in a window (a web page a link
 * led to, a file:// page) must get no answer from the core, so every IPC call and navigation is checked
 * against it. No Electron import: the checks are unit-tested under plain Node.
 */
export const APP_SCHEME = 'app';
export const APP_HOST = 'renderer';
export const APP_ORIGIN = `${APP_SCHEME}://${APP_HOST}`;

/** The one IPC channel between the preload and main. */
export const API_CHANNEL = 'api';

export const FORBIDDEN_REPLY: ApiResult = { ok: false, error: { code: 'FORBIDDEN', message: '拒绝访问' } };

/** True only for a URL on our own origin: no other scheme or host, no user info, no port. */
export function isAppUrl(url: string | null | undefined): boolean {
  if (typeof url !== 'string' || !url.startsWith(`${APP_ORIGIN}/`)) return false;
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    return false;
  }
  return parsed.protocol === `${APP_SCHEME}:` && parsed.host === APP_HOST && parsed.username === '' && parsed.password === '';
}

/** Whether an IPC message came from one of our pages (main checks the frame, not the window, since a frame can navigate). */
export function isTrustedSender(frameUrl: string | null | undefined): boolean {
  return isAppUrl(frameUrl);
}
