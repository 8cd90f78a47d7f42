import { createHash } from 'node:crypto';
import type { Db } from '../../db/open.ts';
import { stmt } from '../shared/statements.ts';
import { notFound } from '../shared/errors.ts';
import type { AttachmentMeta, AttachmentMime, AttachmentStatus } from './schema.ts';

/** The attachments area's published reads: what a file is, its bytes, and whether they are still whole. */
interface AttachmentDbRow {
  id: number;
  file_name: string;
  mime: AttachmentMime;
  bytes: number;
  sha256: string;
  created_at: string;
  created_by_name: string;
}

const toMeta = (r: AttachmentDbRow): AttachmentMeta => ({
  id: r.id,
  fileName: r.file_name,
  mime: r.mime,
  bytes: r.bytes,
  sha256: r.sha256,
  createdAt: r.created_at,
  createdByName: r.created_by_name,
});

export function attachmentMeta(db: Db, id: number): AttachmentMeta | undefined {
  const row = stmt<AttachmentDbRow>(db, 'SELECT id, file_name, mime, bytes, sha256, created_at, created_by_name FROM attachments WHERE id = ?').get(id);
  return row && toMeta(row);
}

export function requireAttachment(db: Db, id: number): AttachmentMeta {
  const meta = attachmentMeta(db, id);
  if (!meta) throw notFound('这个附件');
  return meta;
}

/** The file's bytes (e.g. to put a scan into a printed application), or null when they are gone. */
export function attachmentBytes(db: Db, id: number): Buffer | null {
  return stmt<Buffer>(db, 'SELECT data FROM attachment_blobs WHERE attachment_id = ?').pluck().get(id) ?? null;
}

export const sha256Of = (data: Uint8Array): string => createHash('sha256').update(data).digest('hex');

/** Whether the bytes are there and still hash to what they did on arrival: a page lists a bad one, never crashes on it. */
export function checkAttachment(db: Db, id: number): AttachmentStatus {
  const meta = attachmentMeta(db, id);
  const data = attachmentBytes(db, id);
  if (!meta || data === null) return 'missing';
  return sha256Of(data) === meta.sha256 ? 'ok' : 'damaged';
}
