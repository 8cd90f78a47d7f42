import type { WriteContext } from '../api/context.ts';
import { invalid } from '../shared/errors.ts';
import { stmt } from '../shared/statements.ts';
import { auditSnapshot, bedStaysOf, replaceContacts, requireResident } from './queries.ts';
import { checkDateNotFuture, deriveIdentity } from './identity.ts';
import { nameKeys } from './names.ts';
import type { UpdateInput } from './schema.ts';

/** 修改老人信息. The bed changes only through moveBed, the status only through leave/undoLeave, the level only through assessments. */
export function updateResident(ctx: WriteContext, input: UpdateInput) {
  const { db, today } = ctx;
  const current = requireResident(db, input.id);
  const before = auditSnapshot(db, input.id, today);
  // A resident who has left may share a 身份证 with a later re-admission; only residents in residence must be unique.
  const identity = deriveIdentity(db, input.idNumber, today, {
    exceptResidentId: input.id,
    checkDuplicate: current.status === 'in_residence',
  });
  checkDateNotFuture(input.admissionDate, today, '入住日期', 'admissionDate');
  if (input.admissionDate < identity.birthDate) throw invalid('入住日期不能早于出生日期', 'admissionDate');
  if (current.left_on !== null && input.admissionDate > current.left_on) {
    throw invalid(`入住日期不能晚于离院日期（${current.left_on}）`, 'admissionDate');
  }
  const stays = bedStaysOf(db, input.id);
  const secondStay = stays[1];
  if (secondStay && input.admissionDate > secondStay.startOn) {
    throw invalid(`入住日期不能晚于第一次换床日期（${secondStay.startOn}）`, 'admissionDate');
  }

  const keys = nameKeys(input.name);
  stmt(
    db,
    `UPDATE residents SET name = @name, name_pinyin = @pinyin, name_initials = @initials, sex = @sex, id_number = @idNumber,
       birth_date = @birthDate, phone = @phone, admission_date = @admissionDate,
       payment_type = @paymentType, notes = @notes, updated_at = @at
     WHERE id = @id`,
  ).run({
    name: input.name,
    pinyin: keys.pinyin,
    initials: keys.initials,
    sex: identity.sex,
    idNumber: identity.normalized,
    birthDate: identity.birthDate,
    phone: input.phone,
    admissionDate: input.admissionDate,
    paymentType: input.paymentType,
    notes: input.notes,
    at: ctx.now.toISOString(),
    id: input.id,
  });
  stmt(
    db,
    `UPDATE bed_stays SET start_on = ? WHERE id = (SELECT id FROM bed_stays WHERE resident_id = ? ORDER BY start_on, id LIMIT 1)`,
  ).run(input.admissionDate, input.id);
  replaceContacts(db, input.id, input.emergencyContacts);

  const after = auditSnapshot(db, input.id, today);
  ctx.audit({ entity: 'resident', entityId: input.id, summary: `修改老人信息：${input.name}`, before, after });
  return after!;
}
