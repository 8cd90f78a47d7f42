import type { Db } from '../../db/open.ts';
import { invalid } from '../shared/errors.ts';
import { localMinute, showLocalMinute } from '../shared/dates.ts';
import { requireResident } from '../residents/queries.ts';

/**
 * What a schema cannot know about an incident's times: not in the future, not before the resident came, not
 * after they left; a report for someone who has since left is a late entry and says why; the family cannot
 * have been told before it happened.
 */
export function checkIncidentTimes(
  db: Db,
  now: Date,
  input: { residentId: number; occurredAt: string; familyNotifiedAt: string | null; lateReason: string },
) {
  const resident = requireResident(db, input.residentId);
  const nowMinute = localMinute(now);
  if (input.occurredAt > nowMinute) throw invalid(`发生时间不能晚于现在（${showLocalMinute(nowMinute)}）`, 'occurredAt');
  const day = input.occurredAt.slice(0, 10);
  if (day < resident.admission_date) throw invalid(`发生时间不能早于入住日期（${resident.admission_date}）`, 'occurredAt');
  if (resident.left_on !== null) {
    if (day > resident.left_on) throw invalid(`${resident.name} 已于 ${resident.left_on} 离院或去世，发生时间不能晚于这一天`, 'occurredAt');
    if (input.lateReason === '') throw invalid(`${resident.name} 已不在院，这是补记，请写明补记原因`, 'lateReason');
  }
  if (input.familyNotifiedAt !== null) {
    if (input.familyNotifiedAt < input.occurredAt) throw invalid('通知家属的时间不能早于事件发生的时间', 'familyNotifiedAt');
    if (input.familyNotifiedAt > nowMinute) throw invalid(`通知家属时间不能晚于现在（${showLocalMinute(nowMinute)}）`, 'familyNotifiedAt');
  }
  return resident;
}
