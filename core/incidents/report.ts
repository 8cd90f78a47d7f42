import type { WriteContext } from '../api/context.ts';
import { stmt } from '../shared/statements.ts';
import { showLocalMinute } from '../shared/dates.ts';
import { checkIncidentTimes } from './checks.ts';
import { findIncident } from './queries.ts';
import { INCIDENT_KINDS, type ReportIncidentInput } from './schema.ts';

/** 登记意外事件: what happened, to whom, where, who saw it, what was done, and whether the family has been told. */
export function reportIncident(ctx: WriteContext, input: ReportIncidentInput) {
  const resident = checkIncidentTimes(ctx.db, ctx.now, input);
  const at = ctx.now.toISOString();
  const { lastInsertRowid } = stmt(
    ctx.db,
    `INSERT INTO incidents (resident_id, kind, occurred_at, place, witnesses, description, injury, actions, family_notified_at,
       family_notified_whom, follow_up, late_reason, reported_by, reported_by_name, created_at, updated_at)
     VALUES (@residentId, @kind, @occurredAt, @place, @witnesses, @description, @injury, @actions, @familyNotifiedAt,
       @familyNotifiedWhom, @followUp, @lateReason, @userId, @userName, @at, @at)`,
  ).run({ ...input, userId: ctx.actor.userId, userName: ctx.actor.name, at });
  const after = findIncident(ctx.db, Number(lastInsertRowid))!;
  ctx.audit({
    entity: 'incident',
    entityId: after.id,
    summary: `登记意外事件：${resident.name} ${INCIDENT_KINDS[input.kind]}（${showLocalMinute(input.occurredAt)}，${input.place}）`,
    after,
  });
  return after;
}
