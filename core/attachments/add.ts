import { readFileSync, rmSync } from 'node:fs';
import type { WriteContext } from '../api/context.ts';
import { invalid } from '../shared/errors.ts';
import { stmt } from '../shared/statements.ts';
import { MAX_UPLOAD_BYTES, uploadPath } from '../shared/uploads.ts';
import { attachmentMeta, sha256Of } from './queries.ts';
import { ATTACHMENT_TYPES, type AttachmentMeta } from './schema.ts';
import { sniffType } from './sniff.ts';

/**
 * 保存附件: the staged upload becomes an attachment — its kind read from its bytes, its SHA-256 taken, the bytes
 * stored in the same transaction as the audit row. The staged file is removed only after the write commits
 * (the caller does that: see handlers.ts), so a refused or failed write can be retried with the same upload.
 */
export function addAttachment(ctx: WriteContext, uploadsDir: string, input: { uploadId: string; fileName: string }): AttachmentMeta {
  const path = uploadPath(uploadsDir, input.uploadId);
  let data: Buffer;
  try {
    if (path === null) throw new Error('bad id');
    data = readFileSync(path);
  } catch {
    throw invalid('上传的文件已失效（超过一天未保存或已保存过），请重新选择文件', 'uploadId');
  }
  if (data.byteLength > MAX_UPLOAD_BYTES) throw invalid('文件超过 20 MB，请压缩或分成几份后再上传', 'uploadId');
  const mime = sniffType(data.subarray(0, 16));
  if (mime === null) throw invalid(`“${input.fileName}”不是 PDF、JPEG 或 PNG 文件（按文件内容判断，与扩展名无关），请扫描或另存为这三种格式之一`, 'uploadId');
  const sha256 = sha256Of(data);
  const { lastInsertRowid } = stmt(
    ctx.db,
    `INSERT INTO attachments (file_name, mime, bytes, sha256, created_at, created_by, created_by_name)
     VALUES (?, ?, ?, ?, ?, ?, ?)`,
  ).run(input.fileName, mime, data.byteLength, sha256, ctx.now.toISOString(), ctx.actor.userId, ctx.actor.name);
  const id = Number(lastInsertRowid);
  stmt(ctx.db, 'INSERT INTO attachment_blobs (attachment_id, data) VALUES (?, ?)').run(id, data);
  const after = attachmentMeta(ctx.db, id)!;
  ctx.audit({
    entity: 'attachment',
    entityId: id,
    summary: `上传附件：${input.fileName}（${ATTACHMENT_TYPES[mime].label}，${(data.byteLength / 1024 / 1024).toFixed(2)} MB）`,
    after: { fileName: after.fileName, mime: after.mime, bytes: after.bytes, sha256: after.sha256 },
  });
  return after;
}

/** After the write has committed: the staged copy is no longer needed. */
export function discardUpload(uploadsDir: string, uploadId: string): void {
  const path = uploadPath(uploadsDir, uploadId);
  if (path !== null) rmSync(path, { force: true });
}
