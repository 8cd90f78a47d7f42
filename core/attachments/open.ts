import { writeFileSync } from 'node:fs';
import type { Db } from '../../db/open.ts';
import { AppError } from '../shared/errors.ts';
import { newExportFile } from '../shared/exports.ts';
import type { ExportedFile } from '../filings/schema.ts';
import { attachmentBytes, requireAttachment, sha256Of } from './queries.ts';
import { ATTACHMENT_TYPES } from './schema.ts';

/**
 * 查看附件: the bytes copied to the exports folder under an unguessable id, to be opened or saved from there like a
 * printed filing. A file whose bytes are gone or no longer match their SHA-256 is refused in words, never shown
 * half.
 */
export function openAttachment(db: Db, exportsDir: string, id: number): ExportedFile {
  const meta = requireAttachment(db, id);
  const data = attachmentBytes(db, id);
  if (data === null) throw new AppError('CONFLICT', `附件“${meta.fileName}”的文件内容缺失，请重新上传`);
  if (sha256Of(data) !== meta.sha256) throw new AppError('CONFLICT', `附件“${meta.fileName}”已损坏（与上传时的校验值不符），请从数据备份恢复或重新上传`);
  const file = newExportFile(exportsDir, ATTACHMENT_TYPES[meta.mime].extension);
  writeFileSync(file.path, data);
  return { fileId: file.fileId, fileName: meta.fileName, bytes: data.byteLength };
}
