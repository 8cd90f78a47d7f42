import type { Db } from '../../db/open.ts';
import { attachmentMeta, checkAttachment } from '../attachments/queries.ts';
import { requireAgreement, visitCountOf } from './queries.ts';
import type { AgreementDetail } from './schema.ts';

/** One agreement with its scan's state: a missing or damaged file is reported in words, never opened or crashed on. */
export function agreementDetail(db: Db, id: number, today: string): AgreementDetail {
  const agreement = requireAgreement(db, id, today);
  const meta = agreement.attachmentId === null ? undefined : attachmentMeta(db, agreement.attachmentId);
  return {
    ...agreement,
    attachment:
      agreement.attachmentId === null
        ? null
        : {
            id: agreement.attachmentId,
            fileName: meta?.fileName ?? '（文件记录缺失）',
            sha256: meta?.sha256 ?? '',
            status: checkAttachment(db, agreement.attachmentId),
          },
    visitCount: visitCountOf(db, id),
  };
}
