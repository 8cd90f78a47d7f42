import { join } from 'node:path';
import { createRuntime, DB_FILE_NAME, type Runtime, type RuntimeOptions } from './runtime.ts';
import { discardOutdatedDemo } from './demoFolder.ts';
import { createHeavyReader } from '../api/heavyReads.ts';
import { pruneExports } from '../shared/exports.ts';
import { pruneUploads } from '../shared/uploads.ts';
import { findInstitution } from '../institution/queries.ts';
import { DEMO_HOME, seedHome } from '../demo/seed.ts';

export interface BootOptions extends RuntimeOptions {
  /** The heavy-read worker's module (the Electron build bundles it); default: the source file beside the reader. */
  heavyWorkerUrl?: URL;
  /** Run heavy reads inline instead of in a worker (tests that count statements on one connection). */
  inlineHeavyReads?: boolean;
}

/**
 * What every entry point (web mode, Electron's core host, the filing command, tests) does to open a data
 * folder: open the database, fill an empty demo folder with the demo home, set up the heavy-read and
 * maintenance workers and clear yesterday's exports. The runtime itself knows none of this, so nothing below it imports the demo.
 */
export function bootRuntime(options: BootOptions): Runtime {
  if (options.mode === 'demo' && options.dataDir !== null) discardOutdatedDemo(join(options.dataDir, DB_FILE_NAME));
  const runtime = createRuntime(options);
  if (options.mode === 'demo' && findInstitution(runtime.db) === null) {
    seedHome(runtime.db, { shape: DEMO_HOME, now: runtime.clock(), isDemo: true });
  }
  if (runtime.dataDir !== null && !options.inlineHeavyReads) {
    // Both start their thread with their first job, not here: start-up pays for neither.
    const reader = () =>
      createHeavyReader({
        dbFile: runtime.dbFile,
        exportsDir: runtime.exportsDir,
        log: runtime.log,
        ...(options.heavyWorkerUrl ? { workerUrl: options.heavyWorkerUrl } : {}),
      });
    runtime.heavy = reader();
    runtime.maintenance = reader();
  }
  pruneExports(runtime.exportsDir, runtime.clock());
  pruneUploads(runtime.uploadsDir, runtime.clock());
  return runtime;
}
