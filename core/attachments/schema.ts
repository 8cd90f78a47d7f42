import { z, requiredText, entityId } from '../shared/fields.ts';
import type { AuditFields } from '../audit/define.ts';
import { ATTACHMENT_TYPES, type AttachmentMime } from './sniff.ts';

export { ATTACHMENT_TYPES, type AttachmentMime };

export const addAttachmentInput = z
  .object({
    uploadId: z.string({ error: '请先选择文件' }).regex(/^[0-9a-f]{32}$/, '上传的文件已失效，请重新选择文件'),
    fileName: requiredText('文件名', 200),
  })
  .strict();

export const attachmentIdInput = z.object({ id: entityId('附件') }).strict();

export type AttachmentStatus = 'ok' | 'missing' | 'damaged';
export const ATTACHMENT_STATUS: Record<AttachmentStatus, string> = {
  ok: '完好',
  missing: '文件内容缺失',
  damaged: '文件已损坏（与上传时的校验值不符）',
};

export interface AttachmentMeta {
  id: number;
  fileName: string;
  mime: AttachmentMime;
  bytes: number;
  sha256: string;
  createdAt: string;
  createdByName: string;
}

const size = (v: unknown) => `${(Number(v) / 1024 / 1024).toFixed(2)} MB`;

export const ATTACHMENT_AUDIT_FIELDS: AuditFields = {
  fileName: { label: '文件名' },
  mime: { label: '类型', show: (v) => ATTACHMENT_TYPES[v as AttachmentMime]?.label ?? String(v) },
  bytes: { label: '大小', show: size },
  sha256: { label: 'SHA-256' },
};
