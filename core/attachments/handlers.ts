import { defineArea, method } from '../api/define.ts';
import { ATTACHMENT_WRITERS } from './access.ts';
import { addAttachment, discardUpload } from './add.ts';
import { openAttachment } from './open.ts';
import { attachmentMeta, checkAttachment, requireAttachment } from './queries.ts';
import { addAttachmentInput, attachmentIdInput } from './schema.ts';

export const attachmentsArea = defineArea('attachments', {
  /**
   * 保存附件: stores a file uploaded just before (POST ./uploads). Areas keep the returned id on their own record
   * (an agreement's scan), so one upload and one call serve every form that takes a scan.
   */
  'attachments.add': method({
    kind: 'write',
    access: ATTACHMENT_WRITERS,
    input: addAttachmentInput,
    handler: (ctx, input) => {
      const meta = addAttachment(ctx, ctx.runtime.uploadsDir, input);
      // The transaction commits after the handler returns; the staged copy goes only once the row is there, so
      // a write rolled back after this point can still be retried with the same upload.
      queueMicrotask(() => {
        if (attachmentMeta(ctx.runtime.db, meta.id)?.sha256 === meta.sha256) discardUpload(ctx.runtime.uploadsDir, input.uploadId);
      });
      return meta;
    },
  }),
  /** What a file is and whether it is still whole (a page shows a damaged or missing one in words). */
  'attachments.get': method({
    kind: 'read',
    access: 'signedIn',
    input: attachmentIdInput,
    handler: (ctx, input) => ({ ...requireAttachment(ctx.db, input.id), status: checkAttachment(ctx.db, input.id) }),
  }),
  /** 查看附件: a copy in the exports folder, fetched by its id like a printed filing. */
  'attachments.open': method({
    kind: 'task',
    access: 'signedIn',
    input: attachmentIdInput,
    changes: [],
    handler: (ctx, input) => Promise.resolve(openAttachment(ctx.db, ctx.runtime.exportsDir, input.id)),
  }),
});
