import { randomBytes } from 'node:crypto';
import { mkdirSync, readdirSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

/**
 * Files the app makes for a person to save or print (PDF filings, Excel exports) are written here and
 * fetched by an unguessable id, so a 200-page PDF is never carried as base64 through IPC or JSON: web mode
 * streams it over GET /files/:id, Electron serves it at app://renderer/files/:id.
 */
export function exportsDirOf(dataDir: string | null): string {
  return dataDir === null ? join(tmpdir(), `ylywt-exports-${process.pid}`) : join(dataDir, 'exports');
}

/** 32 hex characters: the id is the only key to the file, so it must not be guessable. */
const FILE_ID = /^[0-9a-f]{32}\.(pdf|xlsx|jpg|png)$/;

export interface ExportFile {
  /** The name on disk and in the address, e.g. 3f…9a.pdf. */
  fileId: string;
  path: string;
}

export function newExportFile(dir: string, extension: 'pdf' | 'xlsx' | 'jpg' | 'png'): ExportFile {
  mkdirSync(dir, { recursive: true });
  const fileId = `${randomBytes(16).toString('hex')}.${extension}`;
  return { fileId, path: join(dir, fileId) };
}

/** The file an id names in the exports folder, or null for anything that is not such an id. */
export function exportFilePath(dir: string, fileId: string): string | null {
  return FILE_ID.test(fileId) ? join(dir, fileId) : null;
}

/** Exports are for saving at once; what is older than a day is removed at start (it stays in the person's download). */
export function pruneExports(dir: string, now: Date, maxAgeMs = 24 * 60 * 60_000): number {
  let removed = 0;
  let names: string[];
  try {
    names = readdirSync(dir);
  } catch {
    return 0;
  }
  for (const name of names) {
    const file = join(dir, name);
    try {
      if (now.getTime() - statSync(file).mtimeMs > maxAgeMs) {
        rmSync(file, { force: true });
        removed++;
      }
    } catch {
      // Gone already.
    }
  }
  return removed;
}
