import { parseArgs } from 'node:util';
import { resolveDataLocation, type DataLocation } from '../core/system/paths.ts';

/**
 * Which data folder this launch opens. `npm start` passes --demo unless a folder is given; a packaged
 * app started from its shortcut has no flags and opens the real data (the renderer then shows first-run
 * setup). --real wins over --demo; --data-dir (or YLYWT_DATA_DIR) always means real data in that folder.
 * Chromium's own switches and the app path are ignored.
 */
export function launchLocation(argv: readonly string[], userDataDir: string, env: NodeJS.ProcessEnv = process.env): DataLocation {
  const { values } = parseArgs({
    args: [...argv],
    options: {
      demo: { type: 'boolean' },
      real: { type: 'boolean' },
      'data-dir': { type: 'string' },
    },
    strict: false,
    allowPositionals: true,
  });
  const dataDir = typeof values['data-dir'] === 'string' && values['data-dir'] !== '' ? values['data-dir'] : undefined;
  return resolveDataLocation({ dataDir, demo: values.demo === true && values.real !== true, userDataDir }, env);
}
