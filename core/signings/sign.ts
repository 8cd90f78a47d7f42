import type { WriteContext } from '../api/context.ts';
import type { Db } from '../../db/open.ts';
import { conflict, invalid } from '../shared/errors.ts';
import { stmt } from '../shared/statements.ts';
import { findResident } from '../residents/queries.ts';
import { findSigning, overlappingSigning, requireSigning } from './queries.ts';
import type { SignInput, SigningRow, UpdateSigningInput } from './schema.ts';

/** The resident was in the home on the day of signing, and has no other signing sharing a day with this one. */
function checkSigning(db: Db, input: SignInput, exceptId = 0): string {
  const r = findResident(db, input.residentId);
  if (!r || r.deleted_at !== null) throw invalid('找不到这位老人，请重新选择', 'residentId');
  if (r.left_on !== null && r.left_on < input.signedOn) throw invalid(`${r.name} 已于 ${r.left_on} 离院，不能在 ${input.signedOn} 签约`, 'signedOn');
  const other = overlappingSigning(db, input.residentId, input.signedOn, input.expiresOn, exceptId);
  if (other) throw conflict(`${r.name} 已有 ${other.signed_on} 至 ${other.expires_on} 的签约；续签请从到期次日开始`, 'signedOn');
  return r.name;
}

const view = ({ id: _id, residentId: _r, deletedAt: _d, ...rest }: SigningRow) => rest;

/** 家庭医生签约 of one resident. */
export function sign(ctx: WriteContext, input: SignInput): SigningRow {
  const name = checkSigning(ctx.db, input);
  const at = ctx.now.toISOString();
  const { lastInsertRowid } = stmt(
    ctx.db,
    `INSERT INTO family_doctor_signings (resident_id, team, doctor, signed_on, expires_on, package, created_at, updated_at)
     VALUES (@residentId, @team, @doctor, @signedOn, @expiresOn, @package, @at, @at)`,
  ).run({ ...input, at });
  const after = findSigning(ctx.db, Number(lastInsertRowid))!;
  ctx.audit({ entity: 'familyDoctorSigning', entityId: after.id, summary: `家庭医生签约：${name}（${input.signedOn} 至 ${input.expiresOn}，${input.doctor}）`, after: view(after) });
  return after;
}

export function updateSigning(ctx: WriteContext, input: UpdateSigningInput): SigningRow {
  const before = requireSigning(ctx.db, input.id);
  const name = checkSigning(ctx.db, input, input.id);
  stmt(
    ctx.db,
    `UPDATE family_doctor_signings SET resident_id = @residentId, team = @team, doctor = @doctor, signed_on = @signedOn,
       expires_on = @expiresOn, package = @package, updated_at = @at WHERE id = @id`,
  ).run({ ...input, at: ctx.now.toISOString() });
  const after = findSigning(ctx.db, input.id)!;
  ctx.audit({ entity: 'familyDoctorSigning', entityId: input.id, summary: `修改家庭医生签约：${name}`, before: view(before), after: view(after) });
  return after;
}

/** 删除 a signing entered in error (kept, marked). */
export function removeSigning(ctx: WriteContext, input: { id: number; reason: string }): void {
  const before = requireSigning(ctx.db, input.id);
  const at = ctx.now.toISOString();
  stmt(ctx.db, 'UPDATE family_doctor_signings SET deleted_at = ?, deleted_reason = ?, updated_at = ? WHERE id = ?').run(at, input.reason, at, input.id);
  ctx.audit({
    entity: 'familyDoctorSigning',
    entityId: input.id,
    summary: `删除家庭医生签约：${before.residentName}（${before.signedOn} 至 ${before.expiresOn}）`,
    before: { deletedReason: null },
    after: { deletedReason: input.reason },
  });
}
