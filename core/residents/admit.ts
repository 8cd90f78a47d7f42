import type { WriteContext } from '../api/context.ts';
import { invalid } from '../shared/errors.ts';
import { stmt } from '../shared/statements.ts';
import { requireFreeBed } from '../beds/queries.ts';
import { auditSnapshot, replaceContacts } from './queries.ts';
import { checkDateNotFuture, deriveIdentity } from './identity.ts';
import { nameKeys } from './names.ts';
import type { AdmitInput } from './schema.ts';

/** 办理入住: a new resident in an empty bed, with their first bed stay starting on the admission date. */
export function admitResident(ctx: WriteContext, input: AdmitInput) {
  const { db, today } = ctx;
  const identity = deriveIdentity(db, input.idNumber, today);
  checkDateNotFuture(input.admissionDate, today, '入住日期', 'admissionDate');
  if (input.admissionDate < identity.birthDate) throw invalid('入住日期不能早于出生日期', 'admissionDate');
  const bed = requireFreeBed(db, input.bedId, today, 'bedId');

  const keys = nameKeys(input.name);
  const at = ctx.now.toISOString();
  const { lastInsertRowid } = stmt(
    db,
    `INSERT INTO residents (name, name_pinyin, name_initials, sex, id_number, birth_date, phone, admission_date, bed_id,
                            payment_type, status, notes, created_at, updated_at)
     VALUES (@name, @pinyin, @initials, @sex, @idNumber, @birthDate, @phone, @admissionDate, @bedId,
             @paymentType, 'in_residence', @notes, @at, @at)`,
  ).run({
    name: input.name,
    pinyin: keys.pinyin,
    initials: keys.initials,
    sex: identity.sex,
    idNumber: identity.normalized,
    birthDate: identity.birthDate,
    phone: input.phone,
    admissionDate: input.admissionDate,
    bedId: bed.bedId,
    paymentType: input.paymentType,
    notes: input.notes,
    at,
  });
  const id = Number(lastInsertRowid);
  replaceContacts(db, id, input.emergencyContacts);
  stmt(db, 'INSERT INTO bed_stays (resident_id, bed_id, start_on) VALUES (?, ?, ?)').run(id, bed.bedId, input.admissionDate);

  const after = auditSnapshot(db, id, today);
  ctx.audit({ entity: 'resident', entityId: id, summary: `办理入住：${input.name}（${bed.label}床）`, after });
  return after!;
}
