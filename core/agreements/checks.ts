import type { Db } from '../../db/open.ts';
import { conflict } from '../shared/errors.ts';
import { attachmentMeta } from '../attachments/queries.ts';
import { invalid } from '../shared/errors.ts';
import { overlappingAgreement } from './queries.ts';

/** What a schema cannot see: the scan exists, and no other agreement with the same partner shares a day with this one. */
export function checkAgreement(db: Db, input: { partnerCreditCode: string; startsOn: string; endsOn: string; attachmentId: number | null }, exceptId = 0): void {
  if (input.attachmentId !== null && !attachmentMeta(db, input.attachmentId)) throw invalid('协议扫描件不存在，请重新选择文件', 'attachmentId');
  const other = overlappingAgreement(db, input.partnerCreditCode, input.startsOn, input.endsOn, exceptId);
  if (other) {
    throw conflict(
      `与同一签约机构的另一份协议（${other.starts_on} 至 ${other.ends_on}）期限重叠；续签的协议请从上一份结束的次日开始`,
      'startsOn',
    );
  }
}
