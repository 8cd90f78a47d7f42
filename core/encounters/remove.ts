import type { WriteContext } from '../api/context.ts';
import { conflict, notFound } from '../shared/errors.ts';
import { stmt } from '../shared/statements.ts';
import { findEncounter } from './queries.ts';
import { ENCOUNTER_KINDS } from './schema.ts';
import { auditSnapshot } from './snapshot.ts';

function requireEncounter(ctx: WriteContext, id: number) {
  const e = findEncounter(ctx.db, id);
  if (!e) throw notFound('这条诊疗记录');
  return e;
}

/** 删除 an encounter entered in error: soft, its fees leave the sums with it; restorable. */
export function removeEncounter(ctx: WriteContext, input: { id: number; reason: string }) {
  const before = requireEncounter(ctx, input.id);
  if (before.deletedAt !== null) throw conflict('这条诊疗记录已删除');
  const at = ctx.now.toISOString();
  stmt(ctx.db, 'UPDATE encounters SET deleted_at = ?, deleted_reason = ?, updated_at = ? WHERE id = ?').run(at, input.reason, at, input.id);
  stmt(ctx.db, 'UPDATE encounter_fees SET void = 1 WHERE encounter_id = ?').run(input.id);
  const after = requireEncounter(ctx, input.id);
  ctx.audit({
    entity: 'encounter',
    entityId: input.id,
    summary: `删除${ENCOUNTER_KINDS[before.kind]}记录：${before.residentName}（${before.date}，原因：${input.reason}）`,
    before: auditSnapshot(before),
    after: auditSnapshot(after),
  });
  return { id: input.id };
}

export function restoreEncounter(ctx: WriteContext, input: { id: number }) {
  const before = requireEncounter(ctx, input.id);
  if (before.deletedAt === null) throw conflict('这条诊疗记录未被删除，无需恢复');
  stmt(ctx.db, 'UPDATE encounters SET deleted_at = NULL, deleted_reason = NULL, updated_at = ? WHERE id = ?').run(ctx.now.toISOString(), input.id);
  stmt(ctx.db, 'UPDATE encounter_fees SET void = 0 WHERE encounter_id = ?').run(input.id);
  const after = requireEncounter(ctx, input.id);
  ctx.audit({ entity: 'encounter', entityId: input.id, summary: `恢复${ENCOUNTER_KINDS[before.kind]}记录：${before.residentName}（${before.date}）`, before: auditSnapshot(before), after: auditSnapshot(after) });
  return after;
}
