import type { WriteContext } from '../api/context.ts';
import { stmt } from '../shared/statements.ts';
import { requireVisit } from './queries.ts';

/** 删除 a visit entered in error: kept, marked, no longer counted (a filing may have printed it). */
export function removeVisit(ctx: WriteContext, input: { id: number; reason: string }) {
  const before = requireVisit(ctx.db, input.id);
  const at = ctx.now.toISOString();
  stmt(ctx.db, 'UPDATE centre_visits SET deleted_at = ?, deleted_reason = ?, updated_at = ? WHERE id = ?').run(at, input.reason, at, input.id);
  ctx.audit({
    entity: 'centreVisit',
    entityId: input.id,
    summary: `删除来访记录：${before.partnerName} ${before.visitOn} ${before.startsAt}`,
    before: { deletedReason: null },
    after: { deletedReason: input.reason },
  });
}
