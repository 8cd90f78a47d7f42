import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { inflateSync, crc32 } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { Ajv } from 'ajv';

const root = fileURLToPath(new URL('../../', import.meta.url));
interface BuilderConfig {
  appId: string;
  productName: string;
  directories: unknown;
  files: string[];
  asarUnpack: string[];
  npmRebuild: boolean;
  buildDependenciesFromSource: boolean;
  win: { target: unknown };
  nsis: Record<string, unknown>;
  linux: Record<string, unknown>;
}
interface PackageJson {
  main: string;
  productName: string;
  dependencies: Record<string, string>;
  devDependencies: Record<string, string>;
}

const config = parse(readFileSync(`${root}electron-builder.yml`, 'utf8')) as BuilderConfig;
const pkg = JSON.parse(readFileSync(`${root}package.json`, 'utf8')) as PackageJson;

describe('electron-builder.yml', () => {
  it("is valid against electron-builder's own schema", () => {
    const schema = JSON.parse(readFileSync(`${root}node_modules/app-builder-lib/scheme.json`, 'utf8')) as object;
    const validate = new Ajv({ allErrors: true, strict: false }).compile(schema);
    const valid = validate(config);
    expect(validate.errors ?? [], JSON.stringify(validate.errors, null, 2)).toEqual([]);
    expect(valid).toBe(true);
    // The schema really is strict: a misspelt key or a wrong type would be caught.
    expect(validate({ ...config, npmRebiuld: false })).toBe(false);
    expect(validate({ ...config, nsis: { ...config.nsis, oneClick: 'no' } })).toBe(false);
  });

  it('never rebuilds native modules, and keeps better-sqlite3 outside the asar', () => {
    expect(config.npmRebuild).toBe(false);
    expect(config.buildDependenciesFromSource).toBe(false);
    expect(config.asarUnpack).toContain('node_modules/better-sqlite3/**');
    // It is packaged only if it is a production dependency; Electron must not be one.
    expect(pkg.dependencies['better-sqlite3']).toBeTruthy();
    expect(pkg.dependencies.electron).toBeUndefined();
    expect(pkg.devDependencies.electron).toBeTruthy();
  });

  it('packs the built renderer and Electron bundles that main expects', () => {
    expect(config.files).toEqual(expect.arrayContaining(['dist/renderer/**', 'dist-electron/**', 'package.json']));
    expect(pkg.main).toBe('dist-electron/main.mjs');
    expect(config.directories).toEqual({ output: 'release', buildResources: 'build' });
  });

  it('names the app as package.json does, so the data folder (userData) is the same in both', () => {
    expect(config.appId).toBe('cn.ylywt.app');
    expect(config.productName).toBe('养老医务通');
    expect(pkg.productName).toBe(config.productName);
  });

  it('Windows: an assisted zh-CN NSIS installer for x64 with a desktop shortcut', () => {
    expect(config.win.target).toEqual([{ target: 'nsis', arch: 'x64' }]);
    expect(config.nsis).toMatchObject({
      oneClick: false,
      allowToChangeInstallationDirectory: true,
      createDesktopShortcut: 'always',
      shortcutName: '养老医务通',
      installerLanguages: ['zh_CN'],
      language: '2052',
    });
  });

  it('Linux: an AppImage in Office', () => {
    expect(config.linux).toMatchObject({ target: 'AppImage', category: 'Office' });
  });
});

describe('build/icon.png', () => {
  const png = readFileSync(`${root}build/icon.png`);

  it('is a 512×512 RGBA PNG', () => {
    expect([...png.subarray(0, 8)]).toEqual([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);
    expect(png.toString('latin1', 12, 16)).toBe('IHDR');
    expect(png.readUInt32BE(16)).toBe(512);
    expect(png.readUInt32BE(20)).toBe(512);
    expect(png[24]).toBe(8);
    expect(png[25]).toBe(6);
  });

  it('is well formed: chunk checksums hold and the pixels inflate (white cross, transparent corners)', () => {
    const idat: Buffer[] = [];
    for (let at = 8; at < png.length; ) {
      const length = png.readUInt32BE(at);
      const typeAndData = png.subarray(at + 4, at + 8 + length);
      expect(png.readUInt32BE(at + 8 + length)).toBe(crc32(typeAndData));
      if (typeAndData.toString('latin1', 0, 4) === 'IDAT') idat.push(typeAndData.subarray(4));
      at += 12 + length;
    }
    const rows = inflateSync(Buffer.concat(idat));
    const stride = 512 * 4 + 1;
    expect(rows.length).toBe(stride * 512);
    const pixel = (x: number, y: number) => [...rows.subarray(y * stride + 1 + x * 4, y * stride + 1 + x * 4 + 4)];
    expect(pixel(256, 256)).toEqual([255, 255, 255, 255]);
    expect(pixel(0, 0)[3]).toBe(0);
    const edge = pixel(60, 256);
    expect(edge[3]).toBe(255);
    expect(edge[2]!).toBeGreaterThan(edge[0]!);
  });
});
