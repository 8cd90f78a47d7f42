import { existsSync } from 'node:fs';

export const CHROMIUM_ENV = 'YLYWT_CHROMIUM';

/** Browsers already on the machine that can print a filing to PDF: Debian's Chromium, Chrome, or Windows' Edge. */
const CANDIDATES: Partial<Record<NodeJS.Platform, string[]>> = {
  linux: ['/usr/bin/chromium', '/usr/bin/chromium-browser', '/usr/bin/google-chrome', '/usr/bin/google-chrome-stable'],
  win32: [
    'C:\\Program Files (x86)\\Microsoft\\Edge\\Application\\msedge.exe',
    'C:\\Program Files\\Microsoft\\Edge\\Application\\msedge.exe',
    'C:\\Program Files\\Google\\Chrome\\Application\\chrome.exe',
  ],
  darwin: ['/Applications/Google Chrome.app/Contents/MacOS/Google Chrome', '/Applications/Chromium.app/Contents/MacOS/Chromium'],
};

export function findChromium(env = process.env, platform = process.platform): string | null {
  const explicit = env[CHROMIUM_ENV];
  if (explicit) return existsSync(explicit) ? explicit : null;
  return (CANDIDATES[platform] ?? []).find((p) => existsSync(p)) ?? null;
}

/**
 * Flags for a headless Chromium on a closed network: no background connections that would be refused,
 * no sandbox when running as root (CI containers), where Chromium refuses to start with one.
 */
export function chromiumArgs(): string[] {
  const args = [
    '--disable-gpu',
    '--disable-quic',
    '--no-first-run',
    '--disable-background-networking',
    '--disable-component-update',
    '--disable-sync',
    '--disable-dev-shm-usage',
  ];
  if (process.getuid?.() === 0) args.push('--no-sandbox');
  return args;
}
