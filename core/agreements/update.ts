import type { WriteContext } from '../api/context.ts';
import { stmt } from '../shared/statements.ts';
import { checkAgreement } from './checks.ts';
import { auditView, agreementParams } from './create.ts';
import { findAgreement, requireAgreement } from './queries.ts';
import { saveServices } from './saveServices.ts';
import type { UpdateAgreementInput } from './schema.ts';

/** 修改签约协议 (a correction, or the insurance renewed): services keep their ids so past visits still count. */
export function updateAgreement(ctx: WriteContext, input: UpdateAgreementInput) {
  const before = requireAgreement(ctx.db, input.id, ctx.today);
  checkAgreement(ctx.db, input, input.id);
  stmt(
    ctx.db,
    `UPDATE agreements SET partner_name = @partnerName, partner_credit_code = @partnerCreditCode, partner_address = @partnerAddress,
       partner_contact = @partnerContact, partner_phone = @partnerPhone, starts_on = @startsOn, ends_on = @endsOn, fee_fen = @feeFen,
       fee_payer = @feePayer, fee_note = @feeNote, home_duties = @homeDuties, partner_duties = @partnerDuties, insurer = @insurer,
       policy_no = @policyNo, insurance_expires_on = @insuranceExpiresOn, attachment_id = @attachmentId, notes = @notes, updated_at = @at
     WHERE id = @id`,
  ).run({ ...agreementParams(input), id: input.id, at: ctx.now.toISOString() });
  saveServices(ctx.db, input.id, input.services);
  // Visits keep the term they were recorded under: one now outside the changed term stops counting, one inside starts.
  stmt(
    ctx.db,
    `UPDATE centre_visits SET counted = (visit_on BETWEEN @startsOn AND @endsOn)
     WHERE agreement_id = @id AND counted <> (visit_on BETWEEN @startsOn AND @endsOn)`,
  ).run({ id: input.id, startsOn: input.startsOn, endsOn: input.endsOn });
  const after = findAgreement(ctx.db, input.id, ctx.today)!;
  ctx.audit({ entity: 'agreement', entityId: input.id, summary: `修改签约协议：${after.partnerName}`, before: auditView(before), after: auditView(after) });
  return after;
}
