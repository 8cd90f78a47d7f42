import type { WriteContext } from '../api/context.ts';
import { conflict, invalid } from '../shared/errors.ts';
import { stmt } from '../shared/statements.ts';
import { localMinute, showLocalMinute } from '../shared/dates.ts';
import { findIncident, requireIncident } from './queries.ts';
import { INCIDENT_KINDS } from './schema.ts';

/**
 * 记录已通知家属. The notification time is what an inspector asks for first (养老机构管理办法 第十九条: notify the
 * emergency contact), so it is recorded on its own, as soon as the call is made.
 */
export function notifyFamily(ctx: WriteContext, input: { id: number; familyNotifiedAt: string; familyNotifiedWhom: string }) {
  const before = requireIncident(ctx.db, input.id);
  if (before.familyNotifiedAt !== null) {
    throw conflict(`已于 ${showLocalMinute(before.familyNotifiedAt)} 通知过家属（${before.familyNotifiedWhom}）；如需更正请修改这条记录`);
  }
  if (input.familyNotifiedAt < before.occurredAt) throw invalid('通知家属的时间不能早于事件发生的时间', 'familyNotifiedAt');
  if (input.familyNotifiedAt > localMinute(ctx.now)) throw invalid('通知家属时间不能晚于现在', 'familyNotifiedAt');
  stmt(ctx.db, 'UPDATE incidents SET family_notified_at = ?, family_notified_whom = ?, updated_at = ? WHERE id = ?').run(
    input.familyNotifiedAt,
    input.familyNotifiedWhom,
    ctx.now.toISOString(),
    input.id,
  );
  const after = findIncident(ctx.db, input.id)!;
  ctx.audit({
    entity: 'incident',
    entityId: input.id,
    summary: `已通知家属：${before.residentName} ${INCIDENT_KINDS[before.kind]}（${showLocalMinute(input.familyNotifiedAt)} 通知 ${input.familyNotifiedWhom}）`,
    before,
    after,
  });
  return after;
}

/** 结束随访: the follow-up is done, with what was done to keep it from happening again. */
export function closeFollowUp(ctx: WriteContext, input: { id: number; closedOn: string; followUp: string }) {
  const before = requireIncident(ctx.db, input.id);
  if (before.followUpClosedOn !== null) throw conflict(`这条记录的随访已于 ${before.followUpClosedOn} 结束`);
  if (input.closedOn < before.occurredAt.slice(0, 10)) throw invalid('随访结束日期不能早于事件发生的日期', 'closedOn');
  if (input.closedOn > ctx.today) throw invalid(`随访结束日期不能晚于今天（${ctx.today}）`, 'closedOn');
  stmt(ctx.db, 'UPDATE incidents SET follow_up_closed_on = ?, follow_up = ?, updated_at = ? WHERE id = ?').run(
    input.closedOn,
    input.followUp,
    ctx.now.toISOString(),
    input.id,
  );
  const after = findIncident(ctx.db, input.id)!;
  ctx.audit({ entity: 'incident', entityId: input.id, summary: `结束随访：${before.residentName} ${INCIDENT_KINDS[before.kind]}`, before, after });
  return after;
}
