import type { BenchContext } from './context.ts';
import type { Call } from './measure.ts';
import { RESIDENT_COLUMNS } from '../core/residents/queries.ts';
import { AUDIT_COUNT_CAP } from '../core/audit/schema.ts';
import { AUDIT_SCAN_LIMIT } from '../core/audit/query.ts';

/**
 * The floor of each operation: the best SQL for the job, prepared once and run bare on the app's connection:
 * no zod, no session lookup, no 拼音, no row mapping, no JSON. It is not the service's own SQL: each floor says
 * why it is the fastest way SQLite can answer, usually an index walk that stops at the page size. A service
 * within 1.5× of its floor wastes little; one further off shows what to fix.
 */

/** The in-residence condition, written exactly as the partial indexes residents_one_per_bed and _unique_id_ are. */
const IN_RESIDENCE = "r.status = 'in_residence' AND r.deleted_at IS NULL";
/** The expressions of the beds_order index (db/migrations/0004). */
const BED_ORDER = 'b.floor, length(b.room), b.room, length(b.bed_no), b.bed_no';
/** Beds in order, each bed's resident in residence looked up by the partial unique index: ≤ 1 row per step. */
const BED_WALK = 'FROM beds b INDEXED BY beds_order CROSS JOIN residents r INDEXED BY residents_one_per_bed ON r.bed_id = b.id';

const PAGE = 100;

function rowsAndCount(ctx: BenchContext, rowsSql: string, countSql: string, rowParams: () => unknown[], countParams: () => unknown[]): Call {
  const rows = ctx.prepare(rowsSql);
  const count = ctx.prepare(countSql).pluck();
  return () => `${rows.all(...rowParams()).length}/${count.get(...countParams()) as number}`;
}

export const rosterFloors = {
  /**
   * 在住，按床位, first page: walk beds_order, look each bed up in residents_one_per_bed, stop after 100. The
   * count is a scan of that same partial index: one entry per resident in residence and nothing else.
   */
  firstPage: (ctx: BenchContext): Call =>
    rowsAndCount(
      ctx,
      `SELECT ${RESIDENT_COLUMNS} ${BED_WALK} WHERE ${IN_RESIDENCE} ORDER BY ${BED_ORDER} LIMIT ${PAGE}`,
      `SELECT count(*) FROM residents r INDEXED BY residents_one_per_bed WHERE ${IN_RESIDENCE}`,
      () => [],
      () => [],
    ),

  /**
   * A page further down (from row offset + 1): a keyset seek to the offset-th bed's place in beds_order, then
   * 100 steps. The list itself asks by offset (walking offset + 100 entries); this is the lower bound of a later page.
   */
  laterPage: (ctx: BenchContext, offset: number): Call => {
    const key = ctx.prepare<{ floor: number; lroom: number; room: string; lbed: number; bed_no: string }>(
      `SELECT b.floor, length(b.room) AS lroom, b.room, length(b.bed_no) AS lbed, b.bed_no ${BED_WALK}
       WHERE ${IN_RESIDENCE} ORDER BY ${BED_ORDER} LIMIT 1 OFFSET ?`,
    ).get(offset - 1)!;
    const rows = ctx.prepare(
      `SELECT ${RESIDENT_COLUMNS} ${BED_WALK} WHERE ${IN_RESIDENCE} AND (${BED_ORDER}) > (?, ?, ?, ?, ?) ORDER BY ${BED_ORDER} LIMIT ${PAGE}`,
    );
    return () => `${rows.all(key.floor, key.lroom, key.room, key.lbed, key.bed_no).length}/-`;
  },

  /** One floor, 65 and over: the floor's range of beds_order, residents looked up, birth date checked; counted the same way. */
  floorAged: (ctx: BenchContext, floor: number, bornBy: string): Call =>
    rowsAndCount(
      ctx,
      `SELECT ${RESIDENT_COLUMNS} ${BED_WALK} WHERE b.floor = ? AND ${IN_RESIDENCE} AND r.birth_date <= ? ORDER BY ${BED_ORDER} LIMIT ${PAGE}`,
      `SELECT count(*) ${BED_WALK} WHERE b.floor = ? AND ${IN_RESIDENCE} AND r.birth_date <= ?`,
      () => [floor, bornBy],
      () => [floor, bornBy],
    ),

  /**
   * Part of a name: no index can serve LIKE '%王%', so the bed walk checks each resident in residence and stops
   * at 100 matches; the count reads each resident in residence once, through the partial index.
   */
  name: (ctx: BenchContext, part: string): Call =>
    rowsAndCount(
      ctx,
      `SELECT ${RESIDENT_COLUMNS} ${BED_WALK} WHERE ${IN_RESIDENCE} AND r.name LIKE ? ORDER BY ${BED_ORDER} LIMIT ${PAGE}`,
      `SELECT count(*) FROM residents r INDEXED BY residents_one_per_bed WHERE ${IN_RESIDENCE} AND r.name LIKE ?`,
      () => [`%${part}%`],
      () => [`%${part}%`],
    ),

  /** A whole 身份证 number: one probe of the unique partial index; at most one row, so the rows are the count. */
  idNumber: (ctx: BenchContext, id: () => string): Call => {
    const rows = ctx.prepare(
      `SELECT ${RESIDENT_COLUMNS} FROM residents r INDEXED BY residents_unique_id_in_residence JOIN beds b ON b.id = r.bed_id
       WHERE r.id_number = ? AND ${IN_RESIDENCE}`,
    );
    return () => {
      const n = rows.all(id()).length;
      return `${n}/${n}`;
    };
  },

  /**
   * The last digits of a 身份证 number: the LIKE is checked on the entries of the partial index on id_number,
   * so only matching residents are read (and then sorted: one or two).
   */
  idTail: (ctx: BenchContext, tail: () => string): Call =>
    rowsAndCount(
      ctx,
      `SELECT ${RESIDENT_COLUMNS} FROM residents r INDEXED BY residents_unique_id_in_residence JOIN beds b ON b.id = r.bed_id
       WHERE ${IN_RESIDENCE} AND r.id_number LIKE ? ORDER BY ${BED_ORDER} LIMIT ${PAGE}`,
      `SELECT count(*) FROM residents r INDEXED BY residents_unique_id_in_residence WHERE ${IN_RESIDENCE} AND r.id_number LIKE ?`,
      () => [`%${tail()}%`],
      () => [`%${tail()}%`],
    ),

  /**
   * 全部 (22,000) by bed: beds_order, then each bed's residents through residents_bed in id order: no sort.
   * The count has no index to use (deleted_at is in none): one pass over the table.
   */
  everyoneByBed: (ctx: BenchContext): Call =>
    rowsAndCount(
      ctx,
      `SELECT ${RESIDENT_COLUMNS} FROM beds b INDEXED BY beds_order CROSS JOIN residents r INDEXED BY residents_bed ON r.bed_id = b.id
       WHERE r.deleted_at IS NULL ORDER BY ${BED_ORDER}, b.id, r.id LIMIT ${PAGE}`,
      'SELECT count(*) FROM residents r WHERE r.deleted_at IS NULL',
      () => [],
      () => [],
    ),
};

/** The walk of one audit filter: its index (ending in at, rowid), the equality terms, and a page of 50 newest first. */
export interface AuditFloor {
  index: string;
  where: string;
  params: unknown[];
  /** Continue after this (at, id), as 更早 does. */
  after?: { at: string; id: number };
}

/**
 * An audit page: a backwards walk of the one index that serves the filter, stopping at 50 rows; on a first
 * page the count walks the same index to at most 10,001 entries without reading a row (a covering scan).
 */
export function auditFloor(ctx: BenchContext, f: AuditFloor, limit = 50): Call {
  const where = [f.where, f.after ? '(at, id) < (?, ?)' : ''].filter(Boolean).join(' AND ');
  const clause = where ? `WHERE ${where}` : '';
  const params = [...f.params, ...(f.after ? [f.after.at, f.after.id] : [])];
  const rows = ctx.prepare(`SELECT * FROM audit_log INDEXED BY ${f.index} ${clause} ORDER BY at DESC, id DESC LIMIT ?`);
  if (f.after) return () => `${rows.all(...params, limit).length}/-`;
  const count = ctx.prepare(`SELECT count(*) FROM (SELECT 1 FROM audit_log INDEXED BY ${f.index} ${clause} LIMIT ?)`).pluck();
  return () => {
    const n = count.get(...params, AUDIT_COUNT_CAP + 1) as number;
    return `${rows.all(...params, limit).length}/${Math.min(n, AUDIT_COUNT_CAP)}${n > AUDIT_COUNT_CAP ? '+' : ''}`;
  };
}

/**
 * Text in the summary: no B-tree index serves LIKE '%…%' (only a full-text index would, which the app does not
 * have), so the best bounded SQL is the service's own: walk the newest AUDIT_SCAN_LIMIT rows in order, keep
 * the matches, stop at the page size; if the page is not full, find where the window ended.
 */
export function auditTextFloor(ctx: BenchContext, text: string, limit = 50): Call {
  const like = `%${text}%`;
  const rows = ctx.prepare(
    `SELECT * FROM (SELECT * FROM audit_log INDEXED BY audit_log_at ORDER BY at DESC, id DESC LIMIT ?)
     WHERE summary LIKE ? OR user_name LIKE ? LIMIT ?`,
  );
  const end = ctx.prepare('SELECT id FROM audit_log INDEXED BY audit_log_at ORDER BY at DESC, id DESC LIMIT 2 OFFSET ?').pluck();
  return () => {
    const found = rows.all(AUDIT_SCAN_LIMIT, like, like, limit + 1).length;
    if (found <= limit) end.all(AUDIT_SCAN_LIMIT - 1);
    return `${Math.min(found, limit)}/-`;
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
  paymentType: string;
  notes: string;
  contacts: { name: string; relation: string; phone: string }[];
}

const AUDIT_INSERT = `INSERT INTO audit_log (at, user_id, user_name, user_role, action, entity, entity_id, summary, before_json, after_json)
  VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`;

interface BedRow {
  room: string;
  bed_no: string;
  active: number;
}

/**
 * An admission in one transaction: read the bed (its label, and whether it is in use), write the resident,
 * contacts, bed stay and audit row. The unique partial indexes refuse a 身份证 already in residence and a bed
 * already taken, so no query has to look first; the audit's after-image is built from the input.
 */
export function admitFloor(ctx: BenchContext, a: FloorAdmission): Call {
  const bed = ctx.prepare<BedRow>('SELECT room, bed_no, active FROM beds WHERE id = ?');
  const resident = ctx.prepare(
    `INSERT INTO residents (name, name_pinyin, name_initials, sex, id_number, birth_date, phone, admission_date, bed_id,
       payment_type, status, notes, created_at, updated_at)
     VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 'in_residence', ?, ?, ?)`,
  );
  const contact = ctx.prepare('INSERT INTO emergency_contacts (resident_id, ordinal, name, relation, phone) VALUES (?, ?, ?, ?, ?)');
  const stay = ctx.prepare('INSERT INTO bed_stays (resident_id, bed_id, start_on) VALUES (?, ?, ?)');
  const audit = ctx.prepare(AUDIT_INSERT);
  const { user } = ctx;
  return ctx.db.transaction(() => {
    const b = bed.get(a.bedId);
    if (!b || b.active !== 1) throw new Error('底层：床位不可用');
    const at = new Date().toISOString();
    const id = Number(
      resident.run(a.name, a.pinyin, a.initials, a.sex, a.idNumber, a.birthDate, a.phone, a.admissionDate, a.bedId,
        a.paymentType, a.notes, at, at).lastInsertRowid,
    );
    a.contacts.forEach((c, i) => contact.run(id, i + 1, c.name, c.relation, c.phone));
    stay.run(id, a.bedId, a.admissionDate);
    const after = { id, ...a, status: 'in_residence' };
    audit.run(at, user.id, user.displayName, user.role, 'residents.admit', 'resident', id, `办理入住：${a.name}（${b.room}-${b.bed_no}床）`, null, JSON.stringify(after));
    return 'in_residence';
  });
}

/**
 * A move in one transaction: read the resident with their bed (the before-image and the label) and the new bed,
 * close the open stay, open one, point the resident at the new bed, audit. The unique partial index on the
 * bed in residence refuses a taken bed.
 */
export function moveFloor(ctx: BenchContext, m: { id: number; bedId: number; date: string }): Call {
  const who = ctx.prepare<Record<string, unknown> & { name: string; room: string; bed_no: string; status: string; bed_id: number }>(
    `SELECT ${RESIDENT_COLUMNS} FROM residents r JOIN beds b ON b.id = r.bed_id WHERE r.id = ?`,
  );
  const bed = ctx.prepare<BedRow>('SELECT room, bed_no, active FROM beds WHERE id = ?');
  const close = ctx.prepare('UPDATE bed_stays SET end_on = ? WHERE resident_id = ? AND end_on IS NULL');
  const open = ctx.prepare('INSERT INTO bed_stays (resident_id, bed_id, start_on) VALUES (?, ?, ?)');
  const move = ctx.prepare('UPDATE residents SET bed_id = ?, updated_at = ? WHERE id = ?');
  const audit = ctx.prepare(AUDIT_INSERT);
  const { user } = ctx;
  return ctx.db.transaction(() => {
    const r = who.get(m.id);
    if (!r || r.status !== 'in_residence' || r.bed_id === m.bedId) throw new Error('底层：不能换床');
    const b = bed.get(m.bedId);
    if (!b || b.active !== 1) throw new Error('底层：床位不可用');
    const at = new Date().toISOString();
    close.run(m.date, m.id);
    open.run(m.id, m.bedId, m.date);
    move.run(m.bedId, at, m.id);
    const after = { ...r, bed_id: m.bedId, room: b.room, bed_no: b.bed_no };
    audit.run(at, user.id, user.displayName, user.role, 'residents.moveBed', 'resident', m.id,
      `换床：${r.name} ${r.room}-${r.bed_no} → ${b.room}-${b.bed_no}（${m.date}）`, JSON.stringify(r), JSON.stringify(after));
    return true;
  });
}
