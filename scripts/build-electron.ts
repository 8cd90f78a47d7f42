import { mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { build, type BuildOptions } from 'esbuild';

const root = fileURLToPath(new URL('..', import.meta.url));
export const DEFAULT_OUT_DIR = join(root, 'dist-electron');

/**
 * Data files the core finds next to its own module (new URL('./migrations/', import.meta.url)). In a
 * bundle import.meta.url is the bundle, so they are copied next to it.
 */
export const DATA_FOLDERS = [
  { from: join(root, 'db', 'migrations'), to: 'migrations', ext: '.sql' },
  { from: join(root, 'core', 'policy', 'profiles'), to: 'profiles', ext: '.json' },
  { from: join(root, 'core', 'policy', 'documents'), to: 'documents', ext: '.txt' },
] as const;

// Bundled CommonJS dependencies (exceljs and others) call require, which an ES module lacks.
const REQUIRE_BANNER = "import { createRequire } from 'node:module'; const require = createRequire(import.meta.url);";

/** Bundles main, the core host, its heavy-read worker and the preload into outDir, with the data files beside them. */
export async function buildElectron(outDir: string = DEFAULT_OUT_DIR): Promise<void> {
  rmSync(outDir, { recursive: true, force: true });
  mkdirSync(outDir, { recursive: true });
  const common: BuildOptions = { bundle: true, platform: 'node', target: 'node22', logLevel: 'warning', legalComments: 'none' };
  await Promise.all([
    build({
      ...common,
      entryPoints: [join(root, 'electron', 'main.ts')],
      outfile: join(outDir, 'main.mjs'),
      format: 'esm',
      external: ['electron', 'better-sqlite3'],
    }),
    build({
      ...common,
      entryPoints: [join(root, 'electron', 'core-host.ts')],
      outfile: join(outDir, 'core-host.mjs'),
      format: 'esm',
      external: ['electron', 'better-sqlite3', 'playwright-core'],
      banner: { js: REQUIRE_BANNER },
    }),
    // Reports and filing data run in a worker thread of the core host (core/api/heavyReads.ts).
    build({
      ...common,
      entryPoints: [join(root, 'core', 'api', 'heavyReadWorker.ts')],
      outfile: join(outDir, 'heavy-read-worker.mjs'),
      format: 'esm',
      external: ['electron', 'better-sqlite3', 'playwright-core'],
      banner: { js: REQUIRE_BANNER },
    }),
    // A sandboxed preload is run as CommonJS by Electron; ES modules are not allowed there.
    build({
      ...common,
      entryPoints: [join(root, 'electron', 'preload.ts')],
      outfile: join(outDir, 'preload.cjs'),
      format: 'cjs',
      external: ['electron'],
    }),
  ]);
  for (const folder of DATA_FOLDERS) {
    const target = join(outDir, folder.to);
    mkdirSync(target, { recursive: true });
    for (const name of readdirSync(folder.from)) {
      // Contents only, not the read-only mode some sources carry, so the next build can delete them.
      if (name.endsWith(folder.ext)) writeFileSync(join(target, name), readFileSync(join(folder.from, name)));
    }
  }
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  await buildElectron();
  console.log(`已生成 ${DEFAULT_OUT_DIR}`);
}
