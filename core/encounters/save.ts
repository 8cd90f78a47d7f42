import type { WriteContext } from '../api/context.ts';
import { conflict, invalid, notFound } from '../shared/errors.ts';
import { stmt } from '../shared/statements.ts';
import { requireResident } from '../residents/queries.ts';
import { findUserById } from '../users/queries.ts';
import { requireInstitution } from '../institution/queries.ts';
import { citeText, findProfile } from '../policy/queries.ts';
import { clinicRooms } from '../clinic/queries.ts';
import { findEncounter } from './queries.ts';
import { ENCOUNTER_KINDS, isVisitFee, type EncounterDetail, type EncounterInput } from './schema.ts';
import { coverageWarnings, type Coverage } from './coverage.ts';
import { auditSnapshot } from './snapshot.ts';

/** The one place the app learns what else pays for a resident's care (see coverage.ts). */
export function residentCoverage(paymentType: string): Coverage {
  return { ltc: paymentType === 'ltci', familyDoctor: null };
}

/** The resident was in the home on that day (admitted, not yet left), or the record cannot be theirs. */
function requireInResidenceOn(ctx: WriteContext, residentId: number, date: string) {
  const r = requireResident(ctx.db, residentId);
  if (date < r.admission_date || (r.left_on !== null && date > r.left_on)) {
    const stay = r.left_on ? `${r.admission_date} 至 ${r.left_on}` : `${r.admission_date} 入住`;
    throw invalid(`${r.name} 在 ${date} 不在院（${stay}），不能登记这一天的诊疗`, 'date');
  }
  return r;
}

/** The rules of the home's profile that bear on one encounter: refusals, and warnings to show with the saved record. */
function applyProfile(ctx: WriteContext, input: EncounterInput): string[] {
  const profile = findProfile(requireInstitution(ctx.db).regionCode);
  const pricing = profile?.rules.bedsideRoundsPricing;
  if (input.kind === 'round' && pricing?.value.mode === 'outpatient-no-fee') {
    const i = input.fees.findIndex(isVisitFee);
    if (i >= 0) {
      throw invalid(`${profile!.name}规定床边巡诊免收上门费（${citeText(pricing.cite)}）：请删去“${input.fees[i]!.name}”`, `fees.${i}.name`);
    }
  }
  const warnings: string[] = [];
  const infusion = profile?.rules.infusionRoom;
  if (input.kind === 'infusion' && infusion?.value && !clinicRooms(ctx.db).some((r) => r.kind === 'infusion')) {
    warnings.push(`尚未登记输液室：${profile!.name}规定静脉输液在输液室提供（${citeText(infusion.cite)}）。`);
  }
  return warnings;
}

function insertFees(ctx: WriteContext, encounterId: number, input: EncounterInput) {
  const insert = stmt(
    ctx.db,
    `INSERT INTO encounter_fees (encounter_id, date, item_code, name, category, insured, visit_fee, quantity, unit_price_fen, amount_fen)
     VALUES (@encounterId, @date, @itemCode, @name, @category, @insured, @visitFee, @quantity, @unitPriceFen, @amountFen)`,
  );
  for (const f of input.fees) {
    const unitPriceFen = Math.round(f.unitPrice * 100);
    insert.run({
      encounterId,
      date: input.date,
      itemCode: f.itemCode,
      name: f.name,
      category: f.category,
      insured: f.insured ? 1 : 0,
      visitFee: isVisitFee(f) ? 1 : 0,
      quantity: f.quantity,
      unitPriceFen,
      amountFen: unitPriceFen * f.quantity,
    });
  }
}

/**
 * 登记 or 修改 an encounter: the resident must have been in the home that day, the doctor is a doctor's account,
 * and the home's profile may refuse a fee (no 上门费 for bedside rounds, 004 第3条). What else pays for the
 * resident's care comes back as warnings with the saved record (001 (七)).
 */
export function saveEncounter(ctx: WriteContext, input: EncounterInput): { encounter: EncounterDetail; warnings: string[] } {
  const { db, today } = ctx;
  if (input.date > today) throw invalid(`诊疗日期不能晚于今天（${today}）`, 'date');
  const resident = requireInResidenceOn(ctx, input.residentId, input.date);
  const doctor = findUserById(db, input.doctorId);
  if (!doctor || doctor.active !== 1 || doctor.role !== 'doctor') throw invalid('请选择医生（须为“医生”岗位、在用的账号）', 'doctorId');
  const warnings = [...applyProfile(ctx, input), ...coverageWarnings(input.fees, residentCoverage(resident.payment_type))];
  const at = ctx.now.toISOString();
  const values = {
    ...input,
    diagnoses: JSON.stringify(input.diagnoses),
    referralKind: input.referral?.kind ?? null,
    referralTo: input.referral?.to ?? '',
    referralReason: input.referral?.reason ?? '',
    at,
  };
  const what = `${ENCOUNTER_KINDS[input.kind]}：${resident.name}（${input.date} ${input.time}）`;
  if (input.id === null) {
    const { lastInsertRowid } = stmt(
      db,
      `INSERT INTO encounters (resident_id, kind, date, time, doctor_id, complaint, findings, diagnoses, orders, referral_kind,
         referral_to, referral_reason, notes, created_at, updated_at)
       VALUES (@residentId, @kind, @date, @time, @doctorId, @complaint, @findings, @diagnoses, @orders, @referralKind,
         @referralTo, @referralReason, @notes, @at, @at)`,
    ).run(values);
    const id = Number(lastInsertRowid);
    insertFees(ctx, id, input);
    const encounter = findEncounter(db, id)!;
    ctx.audit({ entity: 'encounter', entityId: id, summary: `登记${what}`, after: auditSnapshot(encounter) });
    return { encounter, warnings };
  }
  const before = findEncounter(db, input.id);
  if (!before) throw notFound('这条诊疗记录');
  if (before.deletedAt !== null) throw conflict('这条诊疗记录已删除，请先恢复再修改');
  stmt(
    db,
    `UPDATE encounters SET resident_id = @residentId, kind = @kind, date = @date, time = @time, doctor_id = @doctorId,
       complaint = @complaint, findings = @findings, diagnoses = @diagnoses, orders = @orders, referral_kind = @referralKind,
       referral_to = @referralTo, referral_reason = @referralReason, notes = @notes, updated_at = @at WHERE id = @id`,
  ).run(values);
  stmt(db, 'DELETE FROM encounter_fees WHERE encounter_id = ?').run(input.id);
  insertFees(ctx, input.id, input);
  const encounter = findEncounter(db, input.id)!;
  ctx.audit({ entity: 'encounter', entityId: input.id, summary: `修改${what}`, before: auditSnapshot(before), after: auditSnapshot(encounter) });
  return { encounter, warnings };
}
