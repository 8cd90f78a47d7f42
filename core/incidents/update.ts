import type { WriteContext } from '../api/context.ts';
import { conflict, invalid } from '../shared/errors.ts';
import { stmt } from '../shared/statements.ts';
import { showLocalMinute } from '../shared/dates.ts';
import { checkIncidentTimes } from './checks.ts';
import { findIncident, requireIncident } from './queries.ts';
import { INCIDENT_KINDS, type UpdateIncidentInput } from './schema.ts';

/** 修改意外事件: a report corrected; the log keeps what it said before. */
export function updateIncident(ctx: WriteContext, input: UpdateIncidentInput) {
  const before = requireIncident(ctx.db, input.id);
  if (input.residentId !== before.residentId) throw conflict('事件涉及的老人不能修改；如登记错了人，请删除这条记录再重新登记', 'residentId');
  const resident = checkIncidentTimes(ctx.db, ctx.now, input);
  if (before.followUpClosedOn !== null && before.followUpClosedOn < input.occurredAt.slice(0, 10)) {
    throw invalid(`随访已于 ${before.followUpClosedOn} 结束，发生时间不能晚于这一天`, 'occurredAt');
  }
  stmt(
    ctx.db,
    `UPDATE incidents SET kind = @kind, occurred_at = @occurredAt, place = @place, witnesses = @witnesses, description = @description,
       injury = @injury, actions = @actions, family_notified_at = @familyNotifiedAt, family_notified_whom = @familyNotifiedWhom,
       follow_up = @followUp, late_reason = @lateReason, updated_at = @at
     WHERE id = @id`,
  ).run({ ...input, at: ctx.now.toISOString() });
  const after = findIncident(ctx.db, input.id)!;
  ctx.audit({
    entity: 'incident',
    entityId: input.id,
    summary: `修改意外事件：${resident.name} ${INCIDENT_KINDS[input.kind]}（${showLocalMinute(input.occurredAt)}）`,
    before,
    after,
  });
  return after;
}
