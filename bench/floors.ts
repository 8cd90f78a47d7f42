import type { BenchContext } from './context.ts';
import type { Call } from './measure.ts';
import { RESIDENT_COLUMNS, RESIDENT_FROM } from '../core/residents/queries.ts';
import { listInput } from '../core/residents/schema.ts';
import { rosterQuery, rosterSql } from '../core/residents/list.ts';

/**
 * The floor of each operation: the SQL statements its service executes, prepared once and run directly on
 * the app's connection, with the same checks on what they return. No zod, no 拼音, no row mapping.
 * The statements are copied from the services (file named at each); the benchmark traces both sides in a
 * warm-up round and reports any difference, so a change in core/ that is not mirrored here shows up.
 */
const SQL = {
  // core/system/runtime.ts idleLockMinutes: every authorized call looks up the idle-lock time (sessions.touch).
  session: 'SELECT idle_lock_minutes FROM institution WHERE id = 1',
  // core/residents/queries.ts
  findResident: `SELECT ${RESIDENT_COLUMNS} ${RESIDENT_FROM} WHERE r.id = ?`,
  holderOfId: `SELECT ${RESIDENT_COLUMNS} ${RESIDENT_FROM}
     WHERE r.id_number = ? AND r.status = 'in_residence' AND r.deleted_at IS NULL AND r.id <> ?`,
  contactsOf: 'SELECT name, relation, phone FROM emergency_contacts WHERE resident_id = ? ORDER BY ordinal',
  deleteContacts: 'DELETE FROM emergency_contacts WHERE resident_id = ?',
  insertContact: 'INSERT INTO emergency_contacts (resident_id, ordinal, name, relation, phone) VALUES (?, ?, ?, ?, ?)',
  bedStays: `SELECT s.bed_id, b.room, b.bed_no, s.start_on, s.end_on
     FROM bed_stays s JOIN beds b ON b.id = s.bed_id WHERE s.resident_id = ? ORDER BY s.start_on, s.id`,
  // core/beds/service.ts getBed
  bed: `
  SELECT b.id, b.floor, b.room, b.bed_no, b.active,
         r.id AS resident_id, r.name, r.sex, r.birth_date, r.care_level
  FROM beds b
  LEFT JOIN residents r ON r.bed_id = b.id AND r.status = 'in_residence' AND r.deleted_at IS NULL WHERE b.id = ?`,
  // core/residents/admit.ts
  insertResident: `INSERT INTO residents (name, name_pinyin, name_initials, sex, id_number, birth_date, phone, admission_date, bed_id,
                            care_level, payment_type, status, notes, created_at, updated_at)
     VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 'in_residence', ?, ?, ?)`,
  insertStay: 'INSERT INTO bed_stays (resident_id, bed_id, start_on) VALUES (?, ?, ?)',
  // core/residents/moveBed.ts
  closeStay: 'UPDATE bed_stays SET end_on = ? WHERE resident_id = ? AND end_on IS NULL',
  moveResident: 'UPDATE residents SET bed_id = ?, updated_at = ? WHERE id = ?',
  // core/audit/record.ts
  audit: `INSERT INTO audit_log (at, user_id, user_name, user_role, action, entity, entity_id, summary, before_json, after_json)
     VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
};

interface ResidentRow {
  id: number;
  name: string;
  status: string;
  bed_id: number;
  room: string;
  bed_no: string;
  deleted_at: string | null;
}
interface BedRow {
  id: number;
  room: string;
  bed_no: string;
  active: number;
  resident_id: number | null;
}

function statements(ctx: BenchContext) {
  return {
    session: ctx.prepare(SQL.session),
    findResident: ctx.prepare<ResidentRow>(SQL.findResident),
    holderOfId: ctx.prepare<ResidentRow>(SQL.holderOfId),
    contactsOf: ctx.prepare(SQL.contactsOf),
    deleteContacts: ctx.prepare(SQL.deleteContacts),
    insertContact: ctx.prepare(SQL.insertContact),
    bedStays: ctx.prepare<{ start_on: string }>(SQL.bedStays),
    bed: ctx.prepare<BedRow>(SQL.bed),
    insertResident: ctx.prepare(SQL.insertResident),
    insertStay: ctx.prepare(SQL.insertStay),
    closeStay: ctx.prepare(SQL.closeStay),
    moveResident: ctx.prepare(SQL.moveResident),
    audit: ctx.prepare(SQL.audit),
  };
}

function freeBedOrThrow(bed: BedRow | undefined, residentId?: number): BedRow {
  if (!bed || bed.active !== 1 || (bed.resident_id !== null && bed.resident_id !== residentId)) throw new Error('底层：床位不可用');
  return bed;
}

/** The list page: the rows query and the count query of rosterSql, as listResidents runs them. */
export function listFloor(ctx: BenchContext, raw: unknown): Call {
  const input = listInput.parse(raw);
  const q = rosterQuery(input, ctx.today);
  const sql = rosterSql(q);
  const session = ctx.prepare(SQL.session);
  const rows = ctx.prepare(sql.rows);
  const count = ctx.prepare<{ n: number }>(sql.count);
  return () => {
    session.get();
    const page = rows.all(...q.params, input.limit, input.offset);
    return `${page.length}/${count.get(...q.params)!.n}`;
  };
}

/** What the floor of an admission is given: the API input plus what the service derives in JS (拼音, birth date, sex). */
export interface FloorAdmission {
  name: string;
  pinyin: string;
  initials: string;
  sex: string;
  idNumber: string;
  birthDate: string;
  phone: string;
  admissionDate: string;
  bedId: number;
  careLevel: number | null;
  paymentType: string;
  notes: string;
  contacts: { name: string; relation: string; phone: string }[];
}

/** admitResident (core/residents/admit.ts) in one transaction, as the dispatcher runs a write. */
export function admitFloor(ctx: BenchContext, a: FloorAdmission): Call {
  const s = statements(ctx);
  const { user } = ctx;
  const admit = ctx.db.transaction(() => {
    if (s.holderOfId.get(a.idNumber, 0)) throw new Error('底层：身份证号已在住');
    const bed = freeBedOrThrow(s.bed.get(a.bedId));
    const at = new Date().toISOString();
    const id = Number(
      s.insertResident.run(a.name, a.pinyin, a.initials, a.sex, a.idNumber, a.birthDate, a.phone, a.admissionDate, a.bedId,
        a.careLevel, a.paymentType, a.notes, at, at).lastInsertRowid,
    );
    s.deleteContacts.run(id);
    a.contacts.forEach((c, i) => s.insertContact.run(id, i + 1, c.name, c.relation, c.phone));
    s.insertStay.run(id, a.bedId, a.admissionDate);
    const after = { ...s.findResident.get(id)!, contacts: s.contactsOf.all(id) };
    s.audit.run(at, user.id, user.displayName, user.role, 'residents.admit', 'resident', id,
      `办理入住：${a.name}（${bed.room}-${bed.bed_no}床）`, null, JSON.stringify(after));
    return after.status;
  });
  return () => {
    s.session.get();
    return admit();
  };
}

/** moveResidentBed (core/residents/moveBed.ts) in one transaction. */
export function moveFloor(ctx: BenchContext, m: { id: number; bedId: number; date: string }): Call {
  const s = statements(ctx);
  const { user } = ctx;
  const move = ctx.db.transaction(() => {
    const resident = s.findResident.get(m.id);
    if (!resident || resident.deleted_at !== null || resident.status !== 'in_residence' || resident.bed_id === m.bedId) {
      throw new Error('底层：不能换床');
    }
    const current = s.bedStays.all(m.id).at(-1);
    if (m.date > ctx.today || (current && m.date < current.start_on)) throw new Error('底层：换床日期不对');
    const bed = freeBedOrThrow(s.bed.get(m.bedId), m.id);
    const before = { ...s.findResident.get(m.id)!, contacts: s.contactsOf.all(m.id) };
    const at = new Date().toISOString();
    s.closeStay.run(m.date, m.id);
    s.insertStay.run(m.id, m.bedId, m.date);
    s.moveResident.run(m.bedId, at, m.id);
    const after = { ...s.findResident.get(m.id)!, contacts: s.contactsOf.all(m.id) };
    s.audit.run(at, user.id, user.displayName, user.role, 'residents.moveBed', 'resident', m.id,
      `换床：${resident.name} ${resident.room}-${resident.bed_no} → ${bed.room}-${bed.bed_no}（${m.date}）`,
      JSON.stringify(before), JSON.stringify(after));
    return after.bed_id === m.bedId;
  });
  return () => {
    s.session.get();
    return move();
  };
}
