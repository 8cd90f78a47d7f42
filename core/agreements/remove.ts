import type { WriteContext } from '../api/context.ts';
import { stmt } from '../shared/statements.ts';
import { notFound } from '../shared/errors.ts';
import { checkAgreement } from './checks.ts';
import { findAgreement, requireAgreement } from './queries.ts';

/** 删除 an agreement entered in error: it stays, marked, with its visits, and can be restored (a filing may have printed it). */
export function removeAgreement(ctx: WriteContext, input: { id: number; reason: string }) {
  const before = requireAgreement(ctx.db, input.id, ctx.today);
  const at = ctx.now.toISOString();
  stmt(ctx.db, 'UPDATE agreements SET deleted_at = ?, deleted_reason = ?, updated_at = ? WHERE id = ?').run(at, input.reason, at, input.id);
  ctx.audit({
    entity: 'agreement',
    entityId: input.id,
    summary: `删除签约协议：${before.partnerName}（${before.startsOn} 至 ${before.endsOn}）`,
    before: { deletedReason: null },
    after: { deletedReason: input.reason },
  });
}

export function restoreAgreement(ctx: WriteContext, input: { id: number }) {
  const row = findAgreement(ctx.db, input.id, ctx.today);
  if (!row || row.deletedAt === null) throw notFound('这份已删除的签约协议');
  checkAgreement(ctx.db, { ...row, attachmentId: null }, row.id);
  stmt(ctx.db, 'UPDATE agreements SET deleted_at = NULL, deleted_reason = NULL, updated_at = ? WHERE id = ?').run(ctx.now.toISOString(), input.id);
  ctx.audit({
    entity: 'agreement',
    entityId: input.id,
    summary: `恢复签约协议：${row.partnerName}（${row.startsOn} 至 ${row.endsOn}）`,
    before: { deletedReason: row.deletedReason },
    after: { deletedReason: null },
  });
}
