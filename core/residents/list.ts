import type { Db } from '../../db/open.ts';
import { stmt } from '../shared/statements.ts';
import { bornOnOrBefore } from '../shared/dates.ts';
import { RESIDENT_COLUMNS, RESIDENT_FROM, toResidentRow, type ResidentDbRow } from './queries.ts';
import type { ListInput, ResidentRow, RosterFilter } from './schema.ts';

const ORDER_BY: Record<RosterFilter['sort'], string> = {
  // The expressions of the beds_order index (0004), then the bed's id, which ends every index: SQLite then
  // sees each step of the bed walk as one distinct bed and needs no sort for the r.id that follows.
  bed: 'b.floor {o}, length(b.room) {o}, b.room {o}, length(b.bed_no) {o}, b.bed_no {o}, b.id {o}',
  name: 'r.name_pinyin {o}, r.name {o}',
  admissionDate: 'r.admission_date {o}',
  // Older first when ascending by age means later birth dates last.
  age: 'r.birth_date {r}',
  careLevel: 'coalesce(r.care_level, -1) {o}',
  leftOn: 'coalesce(r.left_on, \'\') {o}',
};

export interface RosterQuery {
  /** FROM and its join, in the order the rows are best found (see fromClause). */
  from: string;
  where: string;
  params: unknown[];
  orderBy: string;
  /** Whether the filter looks at the bed (floor, bed number); if not, counting needs no join. */
  usesBed: boolean;
}

/**
 * By bed, the beds are walked in order (beds_order) and each one's resident looked up, so a page stops after
 * its 100 rows; CROSS JOIN tells SQLite to loop that way round, which without statistics it would not (it
 * would read everyone in residence and sort them). A whole 身份证 number is the exception: its unique index
 * finds the one resident at once.
 */
function fromClause(filter: RosterFilter): string {
  const exactId = /^\d{17}[\dXx]$/.test(filter.q);
  return filter.sort === 'bed' && !exactId ? 'FROM beds b CROSS JOIN residents r ON b.id = r.bed_id' : RESIDENT_FROM;
}

const escapeLike = (s: string) => s.replace(/[\\%_]/g, (c) => `\\${c}`);

/**
 * Reads what the person typed: a whole 身份证 number, part of one, a bed or room, 拼音 initials, or a name.
 * Each kind searches one column, so the common searches use an index or a short scan.
 */
function searchClause(q: string): { sql: string; params: unknown[] } | null {
  if (q === '') return null;
  if (/^\d{17}[\dXx]$/.test(q)) return { sql: 'r.id_number = ?', params: [q.toUpperCase()] };
  if (/^\d{5,17}[Xx]?$/.test(q)) return { sql: "r.id_number LIKE ? ESCAPE '\\'", params: [`%${escapeLike(q.toUpperCase())}%`] };
  if (/^\d{1,4}(-\d{0,2})?$/.test(q)) {
    return { sql: "(b.room || '-' || b.bed_no) LIKE ? ESCAPE '\\'", params: [`${escapeLike(q)}%`] };
  }
  if (/^[A-Za-z]+$/.test(q)) {
    const like = `${escapeLike(q.toLowerCase())}%`;
    return { sql: "(r.name_initials LIKE ? ESCAPE '\\' OR replace(r.name_pinyin, ' ', '') LIKE ? ESCAPE '\\')", params: [like, like] };
  }
  return { sql: "r.name LIKE ? ESCAPE '\\'", params: [`%${escapeLike(q)}%`] };
}

export function rosterQuery(filter: RosterFilter, today: string): RosterQuery {
  const where: string[] = [];
  const params: unknown[] = [];
  if (filter.status === 'deleted') where.push('r.deleted_at IS NOT NULL');
  else {
    where.push('r.deleted_at IS NULL');
    if (filter.status === 'in_residence') where.push("r.status = 'in_residence'");
    if (filter.status === 'left') where.push("r.status IN ('discharged', 'deceased')");
  }
  if (filter.floor !== null) {
    where.push('b.floor = ?');
    params.push(filter.floor);
  }
  if (filter.aged65) {
    // 65 周岁及以上: the age for the annual exam of 基本公共卫生服务 (002 (八)).
    where.push('r.birth_date <= ?');
    params.push(bornOnOrBefore(today, 65));
  }
  if (filter.careLevel !== null) {
    if (filter.careLevel === -1) where.push('r.care_level IS NULL');
    else {
      where.push('r.care_level = ?');
      params.push(filter.careLevel);
    }
  }
  const search = searchClause(filter.q);
  if (search) {
    where.push(search.sql);
    params.push(...search.params);
  }
  const o = filter.order === 'desc' ? 'DESC' : 'ASC';
  const r = filter.order === 'desc' ? 'ASC' : 'DESC';
  const clause = where.join(' AND ');
  return {
    from: fromClause(filter),
    where: clause,
    params,
    orderBy: `${ORDER_BY[filter.sort].replaceAll('{o}', o).replaceAll('{r}', r)}, r.id ${o}`,
    usesBed: /\bb\./.test(clause),
  };
}

export function rosterSql(q: RosterQuery): { rows: string; count: string } {
  return {
    rows: `SELECT ${RESIDENT_COLUMNS} ${q.from} WHERE ${q.where} ORDER BY ${q.orderBy} LIMIT ? OFFSET ?`,
    // Every resident has a bed (a foreign key), so without a bed filter the join only costs a lookup per row.
    count: `SELECT count(*) AS n ${q.usesBed ? RESIDENT_FROM : 'FROM residents r'} WHERE ${q.where}`,
  };
}

/**
 * A page of the roster. Only the first page (offset 0) is counted: the list loads 100 rows at a time as it
 * scrolls and keeps the first page's total, so counting again for every later page was wasted work.
 */
export function listResidents(db: Db, input: ListInput, today: string): { rows: ResidentRow[]; total: number | null } {
  const q = rosterQuery(input, today);
  const sql = rosterSql(q);
  const rows = stmt<ResidentDbRow>(db, sql.rows).all(...q.params, input.limit, input.offset);
  const total = input.offset === 0 ? stmt<{ n: number }>(db, sql.count).get(...q.params)!.n : null;
  return { rows: rows.map((row) => toResidentRow(row, today)), total };
}

/** Every row matching the filter, for the Excel export and the printed roster. */
export function allResidents(db: Db, filter: RosterFilter, today: string): ResidentRow[] {
  const q = rosterQuery(filter, today);
  return stmt<ResidentDbRow>(db, `SELECT ${RESIDENT_COLUMNS} ${q.from} WHERE ${q.where} ORDER BY ${q.orderBy}`)
    .all(...q.params)
    .map((row) => toResidentRow(row, today));
}
