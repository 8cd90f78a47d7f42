import type { WriteContext } from '../api/context.ts';
import { conflict } from '../shared/errors.ts';
import { stmt } from '../shared/statements.ts';
import { requireResident } from '../residents/queries.ts';
import { auditSnapshot, refreshLatest, requireAssessment } from './rows.ts';
import { SCALE_LABELS } from './schema.ts';

/**
 * Removes an assessment entered in error. It may have been printed, so it is kept, marked deleted with the reason,
 * and can be restored; the track's latest result (and the resident's level) falls back to the one before.
 */
export function removeAssessment(ctx: WriteContext, input: { id: number; reason: string }) {
  const before = requireAssessment(ctx.db, input.id);
  if (before.deletedAt) throw conflict('这条评估记录已删除');
  const resident = requireResident(ctx.db, before.residentId);
  stmt(ctx.db, 'UPDATE assessments SET deleted_at = ?, deleted_reason = ? WHERE id = ?').run(ctx.now.toISOString(), input.reason, input.id);
  const after = requireAssessment(ctx.db, input.id);
  refreshLatest(ctx.db, before.residentId, before.track);
  ctx.audit({
    entity: 'assessment',
    entityId: input.id,
    summary: `删除评估记录：${resident.name} ${SCALE_LABELS[before.scale]}（${before.assessedOn}，原因：${input.reason}）`,
    before: auditSnapshot(before, resident.name),
    after: auditSnapshot(after, resident.name),
  });
  return after;
}

export function restoreAssessment(ctx: WriteContext, input: { id: number }) {
  const before = requireAssessment(ctx.db, input.id);
  if (!before.deletedAt) throw conflict('这条评估记录没有被删除，无需恢复');
  const resident = requireResident(ctx.db, before.residentId);
  stmt(ctx.db, 'UPDATE assessments SET deleted_at = NULL, deleted_reason = NULL WHERE id = ?').run(input.id);
  const after = requireAssessment(ctx.db, input.id);
  refreshLatest(ctx.db, before.residentId, before.track);
  ctx.audit({
    entity: 'assessment',
    entityId: input.id,
    summary: `恢复评估记录：${resident.name} ${SCALE_LABELS[before.scale]}（${before.assessedOn}）`,
    before: auditSnapshot(before, resident.name),
    after: auditSnapshot(after, resident.name),
  });
  return after;
}
