import type { WriteContext } from '../api/context.ts';
import { conflict, invalid, notFound } from '../shared/errors.ts';
import { stmt } from '../shared/statements.ts';
import { findAgreement } from './queries.ts';
import { AGREEMENT_KINDS, type AgreementInput } from './schema.ts';

const label = (a: { kind: keyof typeof AGREEMENT_KINDS; partner: string; startsOn: string; endsOn: string }) =>
  `${AGREEMENT_KINDS[a.kind]}服务协议：${a.partner}（${a.startsOn} 至 ${a.endsOn}）`;

function requireAgreement(ctx: WriteContext, id: number) {
  const agreement = findAgreement(ctx.db, id);
  if (!agreement) throw notFound('这份协议');
  return agreement;
}

/** Records (no id) or corrects a service agreement with an imaging or lab provider (004 第3条). */
export function saveAgreement(ctx: WriteContext, input: AgreementInput) {
  if (input.signedOn > ctx.today) throw invalid(`签订日期不能晚于今天（${ctx.today}）`, 'signedOn');
  const at = ctx.now.toISOString();
  if (input.id === null) {
    const { lastInsertRowid } = stmt(
      ctx.db,
      `INSERT INTO clinic_agreements (kind, partner, partner_licence_no, signed_on, starts_on, ends_on, notes, created_at, updated_at)
       VALUES (@kind, @partner, @partnerLicenceNo, @signedOn, @startsOn, @endsOn, @notes, @at, @at)`,
    ).run({ ...input, at });
    const after = findAgreement(ctx.db, Number(lastInsertRowid))!;
    ctx.audit({ entity: 'clinicAgreement', entityId: after.id, summary: `登记${label(after)}`, after });
    return after;
  }
  const before = requireAgreement(ctx, input.id);
  if (before.removedAt !== null) throw conflict('这份协议已删除，请先恢复再修改');
  stmt(
    ctx.db,
    `UPDATE clinic_agreements SET kind = @kind, partner = @partner, partner_licence_no = @partnerLicenceNo, signed_on = @signedOn,
       starts_on = @startsOn, ends_on = @endsOn, notes = @notes, updated_at = @at WHERE id = @id`,
  ).run({ ...input, at });
  const after = findAgreement(ctx.db, input.id)!;
  ctx.audit({ entity: 'clinicAgreement', entityId: after.id, summary: `修改${label(after)}`, before, after });
  return after;
}

export function removeAgreement(ctx: WriteContext, input: { id: number; reason: string }) {
  const before = requireAgreement(ctx, input.id);
  if (before.removedAt !== null) throw conflict('这份协议已删除');
  stmt(ctx.db, 'UPDATE clinic_agreements SET removed_at = ?, removed_reason = ?, updated_at = ? WHERE id = ?').run(ctx.now.toISOString(), input.reason, ctx.now.toISOString(), input.id);
  const after = findAgreement(ctx.db, input.id)!;
  ctx.audit({ entity: 'clinicAgreement', entityId: input.id, summary: `删除${label(before)}（原因：${input.reason}）`, before, after });
  return after;
}

export function restoreAgreement(ctx: WriteContext, input: { id: number }) {
  const before = requireAgreement(ctx, input.id);
  if (before.removedAt === null) throw conflict('这份协议未被删除，无需恢复');
  stmt(ctx.db, 'UPDATE clinic_agreements SET removed_at = NULL, removed_reason = NULL, updated_at = ? WHERE id = ?').run(ctx.now.toISOString(), input.id);
  const after = findAgreement(ctx.db, input.id)!;
  ctx.audit({ entity: 'clinicAgreement', entityId: input.id, summary: `恢复${label(after)}`, before, after });
  return after;
}
