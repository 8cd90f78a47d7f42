import type { WriteContext } from '../api/context.ts';
import { stmt } from '../shared/statements.ts';
import { checkAgreement } from './checks.ts';
import { findAgreement } from './queries.ts';
import { saveServices } from './saveServices.ts';
import type { CreateAgreementInput } from './schema.ts';

export const agreementParams = (input: Omit<CreateAgreementInput, 'services'> & { services?: unknown }) => ({
  partnerName: input.partnerName,
  partnerCreditCode: input.partnerCreditCode,
  partnerAddress: input.partnerAddress,
  partnerContact: input.partnerContact,
  partnerPhone: input.partnerPhone,
  startsOn: input.startsOn,
  endsOn: input.endsOn,
  feeFen: Math.round(input.feeYuan * 100),
  feePayer: input.feePayer,
  feeNote: input.feeNote,
  homeDuties: input.homeDuties,
  partnerDuties: input.partnerDuties,
  insurer: input.insurer,
  policyNo: input.policyNo,
  insuranceExpiresOn: input.insuranceExpiresOn,
  attachmentId: input.attachmentId,
  notes: input.notes,
});

/** 新增签约协议: the partner, the term, the services with their way and frequency, fees, duties, the staff's insurance and the scan. */
export function createAgreement(ctx: WriteContext, input: CreateAgreementInput) {
  checkAgreement(ctx.db, input);
  const at = ctx.now.toISOString();
  const { lastInsertRowid } = stmt(
    ctx.db,
    `INSERT INTO agreements (partner_name, partner_credit_code, partner_address, partner_contact, partner_phone, starts_on, ends_on,
       fee_fen, fee_payer, fee_note, home_duties, partner_duties, insurer, policy_no, insurance_expires_on, attachment_id, notes,
       created_at, updated_at)
     VALUES (@partnerName, @partnerCreditCode, @partnerAddress, @partnerContact, @partnerPhone, @startsOn, @endsOn,
       @feeFen, @feePayer, @feeNote, @homeDuties, @partnerDuties, @insurer, @policyNo, @insuranceExpiresOn, @attachmentId, @notes, @at, @at)`,
  ).run({ ...agreementParams(input), at });
  const id = Number(lastInsertRowid);
  saveServices(ctx.db, id, input.services);
  const after = findAgreement(ctx.db, id, ctx.today)!;
  ctx.audit({ entity: 'agreement', entityId: id, summary: `新增签约协议：${after.partnerName}（${after.startsOn} 至 ${after.endsOn}）`, after: auditView(after) });
  return after;
}

/** The agreement as the audit log keeps it: without ids and derived state. */
export function auditView(a: ReturnType<typeof findAgreement> & object) {
  const { id: _id, state: _state, deletedAt: _deletedAt, ...rest } = a;
  return rest;
}
