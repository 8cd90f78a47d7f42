import { randomBytes } from 'node:crypto';
import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import type { Runtime, RuntimeMode } from '../core/system/runtime.ts';
import { bootRuntime } from '../core/system/boot.ts';
import { stageUpload } from '../core/shared/uploads.ts';
import { exportFilePath } from '../core/shared/exports.ts';
import { createDispatcher, type Dispatch } from '../core/api/dispatch.ts';
import { methods } from '../core/api/methods.ts';
import { startBackupSchedule } from '../core/system/backups.ts';
import { startHttpServer } from './http.ts';
import { createChromiumPrinter } from './pdf.ts';
import { findChromium } from './chromium.ts';

export function rendererDir(): string {
  return fileURLToPath(new URL('../dist/renderer/', import.meta.url));
}

export interface WebAppOptions {
  /** null: in-memory (tests). */
  dataDir: string | null;
  mode: RuntimeMode;
  port?: number;
  /** The built renderer; defaults to dist/renderer, null for API only. */
  staticDir?: string | null;
  clock?: () => Date;
  /** Automatic backups, daily (core/system/backups.ts); off in tests that do not look at them. */
  backups?: boolean;
  /** Path of Chromium for PDF filings; undefined looks on the machine, null disables printing. */
  chromium?: string | null;
  /** Run heavy reads inline rather than in the worker (default: the worker, wherever there is a data folder). */
  inlineHeavyReads?: boolean;
  log?: (message: string, error?: unknown) => void;
  /** Folders offered as USB sticks on the backup page (tests); defaults to the machine's drives. */
  backupRoots?: () => string[];
}

export interface WebApp {
  url: string;
  token: string;
  runtime: Runtime;
  dispatch: Dispatch;
  /** The address to open in a browser: the token travels in the hash, never to a server log. */
  openUrl: string;
  close(): Promise<void>;
}

/** Web mode: the whole app (core, database, loopback HTTP, PDF printing) in this process. */
export async function startWebApp(options: WebAppOptions): Promise<WebApp> {
  const runtime = bootRuntime({
    dataDir: options.dataDir,
    mode: options.mode,
    ...(options.inlineHeavyReads ? { inlineHeavyReads: true } : {}),
    ...(options.clock ? { clock: options.clock } : {}),
    ...(options.log ? { log: options.log } : {}),
    ...(options.backupRoots ? { backupRoots: options.backupRoots } : {}),
  });
  const token = randomBytes(24).toString('base64url');
  const dispatch = createDispatcher(runtime);
  const staticDir = options.staticDir === undefined ? (existsSync(rendererDir()) ? rendererDir() : null) : options.staticDir;
  const server = await startHttpServer({
    dispatch: createDispatcher(runtime, methods, { jsonBody: true }),
    token,
    staticDir,
    exportFile: (fileId) => exportFilePath(runtime.exportsDir, fileId),
    stageUpload: (body) => stageUpload(runtime.uploadsDir, body),
    ...(options.port ? { port: options.port } : {}),
  });
  const chromiumPath = options.chromium === undefined ? findChromium() : options.chromium;
  const printer = chromiumPath ? createChromiumPrinter({ executablePath: chromiumPath, baseUrl: () => server.url, token }) : null;
  runtime.printer = printer;
  const backups = options.backups === false ? null : startBackupSchedule(runtime);
  return {
    url: server.url,
    token,
    runtime,
    dispatch,
    openUrl: `${server.url}/#token=${token}`,
    async close() {
      // Let go of a copy or check under way first, so the database closes cleanly (db/integrity.ts).
      await backups?.stop();
      await printer?.close();
      await server.close();
      await runtime.heavy?.close();
      await runtime.maintenance?.close();
      runtime.db.close();
    },
  };
}
