import type { WriteContext } from '../api/context.ts';
import { conflict, notFound } from '../shared/errors.ts';
import { stmt } from '../shared/statements.ts';
import { findIncident, requireIncident } from './queries.ts';
import { INCIDENT_KINDS } from './schema.ts';

/** 删除 a report made in error: marked, not erased (a filing may have printed it), and restorable. */
export function removeIncident(ctx: WriteContext, input: { id: number; reason: string }) {
  const before = requireIncident(ctx.db, input.id);
  stmt(ctx.db, 'UPDATE incidents SET deleted_at = ?, deleted_reason = ?, updated_at = ? WHERE id = ?').run(
    ctx.now.toISOString(),
    input.reason,
    ctx.now.toISOString(),
    input.id,
  );
  ctx.audit({
    entity: 'incident',
    entityId: input.id,
    summary: `删除意外事件记录：${before.residentName} ${INCIDENT_KINDS[before.kind]}（原因：${input.reason}）`,
    before,
    after: findIncident(ctx.db, input.id),
  });
  return { id: input.id };
}

export function restoreIncident(ctx: WriteContext, input: { id: number }) {
  const before = findIncident(ctx.db, input.id);
  if (!before) throw notFound('这条意外事件记录');
  if (before.deletedAt === null) throw conflict('这条记录未被删除，无需恢复');
  stmt(ctx.db, 'UPDATE incidents SET deleted_at = NULL, deleted_reason = NULL, updated_at = ? WHERE id = ?').run(ctx.now.toISOString(), input.id);
  const after = findIncident(ctx.db, input.id)!;
  ctx.audit({ entity: 'incident', entityId: input.id, summary: `恢复意外事件记录：${before.residentName} ${INCIDENT_KINDS[before.kind]}`, before, after });
  return after;
}
