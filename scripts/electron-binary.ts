import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { spawnSync } from 'node:child_process';

const electronDir = (root: string) => join(root, 'node_modules', 'electron');

/**
 * The Electron executable if its package has fetched it, else null. Never requires the package:
 * its index.js starts a download when the binary is missing.
 */
export function electronBinary(root: string): string | null {
  const dir = electronDir(root);
  const pathFile = join(dir, 'path.txt');
  if (process.env.ELECTRON_OVERRIDE_DIST_PATH) {
    const p = join(process.env.ELECTRON_OVERRIDE_DIST_PATH, existsSync(pathFile) ? readFileSync(pathFile, 'utf8') : 'electron');
    return existsSync(p) ? p : null;
  }
  if (!existsSync(pathFile)) return null;
  const exe = join(dir, 'dist', readFileSync(pathFile, 'utf8').trim());
  return existsSync(exe) ? exe : null;
}

/** One attempt at Electron's own first-run download; returns whether the binary is there afterwards. */
export function tryFetchElectron(root: string, timeoutMs: number): boolean {
  const install = join(electronDir(root), 'install.js');
  if (!existsSync(install)) return false;
  const r = spawnSync(process.execPath, [install], { cwd: electronDir(root), encoding: 'utf8', timeout: timeoutMs });
  const ok = r.status === 0 && electronBinary(root) !== null;
  // The installer's own output is a stack trace when offline; one line says enough.
  if (!ok) {
    const reason = `${r.stderr ?? ''}${r.stdout ?? ''}`.trim().split('\n').filter(Boolean).at(-1) ?? (r.error?.message ?? '超时');
    console.log(`未能获取 Electron（${reason.slice(0, 120)}）。`);
  }
  return ok;
}
