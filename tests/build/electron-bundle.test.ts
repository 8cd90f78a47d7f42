import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildElectron, DATA_FOLDERS } from '../../scripts/build-electron.ts';

let out: string;

beforeAll(async () => {
  out = mkdtempSync(join(tmpdir(), 'ylywt-electron-'));
  await buildElectron(out);
}, 120_000);

afterAll(() => {
  rmSync(out, { recursive: true, force: true });
});

const read = (name: string) => readFileSync(join(out, name), 'utf8');

describe('buildElectron', () => {
  it('writes the three bundles', () => {
    expect(readdirSync(out)).toEqual(expect.arrayContaining(['main.mjs', 'core-host.mjs', 'preload.cjs']));
  });

  it('the preload is CommonJS (sandboxed preloads cannot be ES modules) and exposes only call', () => {
    const preload = read('preload.cjs');
    expect(preload).not.toMatch(/^\s*import[\s{*]/m);
    expect(preload).not.toMatch(/^\s*export\s/m);
    expect(preload).toContain('require("electron")');
    expect(preload).toContain('exposeInMainWorld("ylywt"');
    expect(preload.match(/exposeInMainWorld/g)).toHaveLength(1);
  });

  it('every window is created sandboxed, isolated and without Node', () => {
    const main = read('main.mjs');
    expect(main).toContain('sandbox: true');
    expect(main).toContain('contextIsolation: true');
    expect(main).toContain('nodeIntegration: false');
    expect(main).toContain('webSecurity: true');
    expect(main).not.toMatch(/sandbox: false|contextIsolation: false|nodeIntegration: true|webSecurity: false/);
  });

  it('main stays thin: Electron is external, the database is never opened there', () => {
    const main = read('main.mjs');
    expect(main).toMatch(/from "electron"/);
    expect(main).not.toContain('better-sqlite3');
    expect(main).toContain('"./preload.cjs"');
    expect(main).toContain('"./core-host.mjs"');
    expect(main).toContain('"../dist/renderer/"');
  });

  it('the core host keeps better-sqlite3 external and gives bundled CommonJS code a require', () => {
    const host = read('core-host.mjs');
    expect(host.split('\n')[0]).toContain('createRequire(import.meta.url)');
    expect(host).toMatch(/from "better-sqlite3"/);
    expect(host).not.toMatch(/from "electron"/);
  });

  it('copies the data files the core finds next to its module', () => {
    for (const folder of DATA_FOLDERS) {
      const sources = readdirSync(folder.from).filter((name) => name.endsWith(folder.ext)).sort();
      expect(sources.length, folder.to).toBeGreaterThan(0);
      expect(readdirSync(join(out, folder.to)).sort(), folder.to).toEqual(sources);
      for (const name of sources) {
        expect(readFileSync(join(out, folder.to, name)).equals(readFileSync(join(folder.from, name))), name).toBe(true);
      }
    }
    expect(DATA_FOLDERS.map((f) => f.to)).toEqual(['migrations', 'profiles', 'documents']);
  });
});
