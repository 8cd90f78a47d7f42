import type { WriteContext } from '../api/context.ts';
import { conflict, notFound } from '../shared/errors.ts';
import { stmt } from '../shared/statements.ts';
import { requireFreeBed } from '../beds/queries.ts';
import { auditSnapshot, findResident, requireResident } from './queries.ts';
import { deriveIdentity } from './identity.ts';

/**
 * 删除 an entry made in error. Soft: the row stays (a filing may have printed it) and can be restored;
 * a resident in residence no longer holds the bed.
 */
export function removeResident(ctx: WriteContext, input: { id: number; reason: string }) {
  const resident = requireResident(ctx.db, input.id);
  const before = auditSnapshot(ctx.db, input.id, ctx.today);
  stmt(ctx.db, 'UPDATE residents SET deleted_at = ?, deleted_reason = ?, updated_at = ? WHERE id = ?').run(
    ctx.now.toISOString(),
    input.reason,
    ctx.now.toISOString(),
    input.id,
  );
  ctx.audit({
    entity: 'resident',
    entityId: input.id,
    summary: `删除老人记录：${resident.name}（原因：${input.reason}）`,
    before,
    after: auditSnapshot(ctx.db, input.id, ctx.today),
  });
  return { id: input.id };
}

export function restoreResident(ctx: WriteContext, input: { id: number }) {
  const resident = findResident(ctx.db, input.id);
  if (!resident) throw notFound('这位老人');
  if (resident.deleted_at === null) throw conflict(`${resident.name} 的记录未被删除，无需恢复`);
  if (resident.status === 'in_residence') {
    deriveIdentity(ctx.db, resident.id_number, ctx.today, { exceptResidentId: input.id });
    requireFreeBed(ctx.db, resident.bed_id, ctx.today, 'bedId', input.id);
  }
  const before = auditSnapshot(ctx.db, input.id, ctx.today);
  stmt(ctx.db, 'UPDATE residents SET deleted_at = NULL, deleted_reason = NULL, updated_at = ? WHERE id = ?').run(
    ctx.now.toISOString(),
    input.id,
  );
  const after = auditSnapshot(ctx.db, input.id, ctx.today);
  ctx.audit({ entity: 'resident', entityId: input.id, summary: `恢复老人记录：${resident.name}`, before, after });
  return after!;
}
