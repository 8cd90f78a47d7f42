import type { Db } from '../../db/open.ts';
import { parseIdCard } from '../shared/idcard.ts';
import { conflict, invalid } from '../shared/errors.ts';
import { residentInResidenceWithId } from './queries.ts';

/**
 * Birth date and sex come from the 身份证 number (GB 11643), never typed twice.
 * Refuses a number already held by someone else in residence (a resident who left and came back
 * has two records with one number; only one may be in residence).
 */
export function deriveIdentity(
  db: Db,
  idNumber: string,
  today: string,
  options: { exceptResidentId?: number; checkDuplicate?: boolean } = {},
) {
  const parsed = parseIdCard(idNumber, today);
  if (!parsed.ok) throw invalid(parsed.message, 'idNumber');
  if (options.checkDuplicate === false) return parsed;
  const holder = residentInResidenceWithId(db, parsed.normalized, options.exceptResidentId ?? 0);
  if (holder) {
    throw conflict(
      `身份证号 ${parsed.normalized} 已登记为在住老人：${holder.name}（${holder.room}-${holder.bed_no}床），请勿重复登记`,
      'idNumber',
    );
  }
  return parsed;
}

export function checkDateNotFuture(date: string, today: string, label: string, field: string): void {
  if (date > today) throw invalid(`${label}不能晚于今天（${today}）`, field);
}
