import { homedir } from 'node:os';
import { join } from 'node:path';

export const APP_NAME = '养老医务通';
export const DATA_DIR_ENV = 'YLYWT_DATA_DIR';

/** Where the app keeps its folders when not told otherwise; the same place Electron's userData points to. */
export function defaultUserDataDir(platform: NodeJS.Platform = process.platform, env = process.env): string {
  if (platform === 'win32') return join(env.APPDATA ?? join(homedir(), 'AppData', 'Roaming'), APP_NAME);
  if (platform === 'darwin') return join(homedir(), 'Library', 'Application Support', APP_NAME);
  return join(env.XDG_CONFIG_HOME ?? join(homedir(), '.config'), APP_NAME);
}

export interface DataLocation {
  dataDir: string;
  mode: 'demo' | 'real';
}

/**
 * --data-dir DIR (or YLYWT_DATA_DIR) opens real data there; otherwise `demo` decides between the
 * separate demo folder and the default real one. The demo never shares a folder with real data.
 */
export function resolveDataLocation(options: { dataDir?: string | undefined; demo: boolean; userDataDir?: string }, env = process.env): DataLocation {
  const explicit = options.dataDir ?? env[DATA_DIR_ENV];
  if (explicit) return { dataDir: explicit, mode: 'real' };
  const base = options.userDataDir ?? defaultUserDataDir();
  return options.demo ? { dataDir: join(base, 'demo'), mode: 'demo' } : { dataDir: join(base, 'data'), mode: 'real' };
}
