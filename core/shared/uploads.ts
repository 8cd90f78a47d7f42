import { randomBytes } from 'node:crypto';
import { createWriteStream, mkdirSync, readdirSync, rmSync, statSync } from 'node:fs';
import { rename } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { once } from 'node:events';

/**
 * A file a person attaches (a signed agreement's scan) comes in as raw bytes on its own request — POST /uploads
 * in web mode, app://renderer/uploads in Electron — and waits here under an unguessable id until a method stores
 * it (core/attachments/add.ts). So a 20 MB scan never travels as base64 inside a JSON call.
 */
export const MAX_UPLOAD_BYTES = 20 * 1024 * 1024;

export function uploadsDirOf(dataDir: string | null): string {
  return dataDir === null ? join(tmpdir(), `ylywt-uploads-${process.pid}`) : join(dataDir, 'uploads');
}

const UPLOAD_ID = /^[0-9a-f]{32}$/;

/** The staged file an id names, or null for anything that is not such an id. */
export function uploadPath(dir: string, uploadId: string): string | null {
  return UPLOAD_ID.test(uploadId) ? join(dir, uploadId) : null;
}

export type StageResult = { uploadId: string; bytes: number } | { tooLarge: true } | { empty: true };

/**
 * Writes the bytes to the uploads folder, under a temporary name until they are all there (a half-received
 * file is never taken for a whole one). Stops reading and removes what it wrote once past the limit.
 */
export async function stageUpload(dir: string, body: AsyncIterable<Uint8Array> | Iterable<Uint8Array>, limit = MAX_UPLOAD_BYTES): Promise<StageResult> {
  mkdirSync(dir, { recursive: true });
  const uploadId = randomBytes(16).toString('hex');
  const partial = join(dir, `${uploadId}.part`);
  const out = createWriteStream(partial);
  let bytes = 0;
  try {
    for await (const chunk of body) {
      bytes += chunk.byteLength;
      if (bytes > limit) {
        out.destroy();
        rmSync(partial, { force: true });
        return { tooLarge: true };
      }
      if (!out.write(chunk)) await once(out, 'drain');
    }
    out.end();
    await once(out, 'finish');
  } catch (error) {
    out.destroy();
    rmSync(partial, { force: true });
    throw error;
  }
  if (bytes === 0) {
    rmSync(partial, { force: true });
    return { empty: true };
  }
  await rename(partial, join(dir, uploadId));
  return { uploadId, bytes };
}

/** Staged files are for storing at once; what is older than a day (a form never saved) goes at start. */
export function pruneUploads(dir: string, now: Date, maxAgeMs = 24 * 60 * 60_000): void {
  let names: string[];
  try {
    names = readdirSync(dir);
  } catch {
    return;
  }
  for (const name of names) {
    const file = join(dir, name);
    try {
      if (now.getTime() - statSync(file).mtimeMs > maxAgeMs) rmSync(file, { force: true });
    } catch {
      // Gone already.
    }
  }
}

/** The words for a refused upload, the same in web mode and Electron; null when the file was staged. */
export function uploadRefusal(result: StageResult): { code: 'TOO_LARGE' | 'VALIDATION'; message: string } | null {
  if ('tooLarge' in result) return { code: 'TOO_LARGE', message: '文件超过 20 MB，请压缩或分成几份后再上传' };
  if ('empty' in result) return { code: 'VALIDATION', message: '这个文件是空的（0 字节），请重新选择' };
  return null;
}
