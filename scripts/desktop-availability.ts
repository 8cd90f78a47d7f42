import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname } from 'node:path';

/**
 * Whether `npm start` can open the desktop window, and in one sentence why not. Electron's package fetches
 * its program on first use; where the network cannot reach its download server (a closed office network,
 * as here) the attempt is remembered for a day, so each start says one line instead of retrying and
 * printing the installer's English errors.
 */
export type Desktop = { kind: 'present'; binary: string } | { kind: 'download' } | { kind: 'unavailable'; reason: string };

export interface Remembered {
  at: string;
  reason: string;
}

const RETRY_AFTER_MS = 24 * 60 * 60_000;

export function readRemembered(file: string): Remembered | null {
  try {
    const r = JSON.parse(readFileSync(file, 'utf8')) as Remembered;
    return typeof r.at === 'string' && typeof r.reason === 'string' ? r : null;
  } catch {
    return null;
  }
}

export function remember(file: string, reason: string, now: Date): void {
  mkdirSync(dirname(file), { recursive: true });
  writeFileSync(file, JSON.stringify({ at: now.toISOString(), reason } satisfies Remembered));
}

/** What to do at this start: use the program, try to fetch it, or go straight to web mode with the reason. */
export function desktopAt(options: { binary: string | null; remembered: Remembered | null; now: Date; installerPresent: boolean }): Desktop {
  if (options.binary) return { kind: 'present', binary: options.binary };
  if (!options.installerPresent) return { kind: 'unavailable', reason: '本机没有安装 Electron 程序包' };
  const r = options.remembered;
  if (r && options.now.getTime() - Date.parse(r.at) < RETRY_AFTER_MS) return { kind: 'unavailable', reason: r.reason };
  return { kind: 'download' };
}

/** Can the Electron download server be reached at all? A few seconds' answer instead of a minute's download attempt. */
export async function reachDownloadServer(timeoutMs = 5000, url = 'https://github.com/electron/electron/releases'): Promise<string | null> {
  try {
    const response = await fetch(url, { method: 'HEAD', signal: AbortSignal.timeout(timeoutMs), redirect: 'manual' });
    return response.status < 500 ? null : `下载服务器暂时出错（${response.status}）`;
  } catch (error) {
    return (error as Error).name === 'TimeoutError' ? '连接 Electron 下载服务器超时' : '连接不上 Electron 下载服务器（网络不通）';
  }
}

export const rememberedFile = (root: string) => `${root}/node_modules/.cache/ylywt/electron-unavailable.json`;
export const installerPresent = (root: string) => existsSync(`${root}/node_modules/electron/install.js`);
