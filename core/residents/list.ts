import type { Db } from '../../db/open.ts';
import { stmt } from '../shared/statements.ts';
import { bornOnOrBefore } from '../shared/dates.ts';
import { invalid } from '../shared/errors.ts';
import { normalizeCode } from '../shared/idcard.ts';
import { RESIDENT_COLUMNS, RESIDENT_FROM, toResidentRow, type ResidentDbRow } from './queries.ts';
import type { ListInput, ResidentRow, RosterFilter } from './schema.ts';

const ORDER_BY: Record<RosterFilter['sort'], string> = {
  bed: 'b.floor {o}, length(b.room) {o}, b.room {o}, length(b.bed_no) {o}, b.bed_no {o}',
  name: 'r.name_pinyin {o}, r.name {o}',
  admissionDate: 'r.admission_date {o}',
  // Older first when ascending by age means later birth dates last.
  age: 'r.birth_date {r}',
  careLevel: 'coalesce(r.care_level, -1) {o}',
  leftOn: 'coalesce(r.left_on, \'\') {o}',
};

export interface RosterQuery {
  where: string;
  params: unknown[];
  orderBy: string;
}

const escapeLike = (s: string) => s.replace(/[\\%_]/g, (c) => `\\${c}`);

/** Who may look people up by their 身份证 number: a caregiver could confirm a guessed number that way. */
export interface SearchRights {
  byIdNumber: boolean;
}

/**
 * Reads what the person typed: a whole 身份证 number, part of one, its last four digits (后四位, as staff
 * say), a bed or room, 拼音 initials, or a name. Each kind searches one column, so the common searches
 * use an index or a short scan. Numbers typed with spaces or in full width are read as numbers.
 */
function searchClause(raw: string, rights: SearchRights): { sql: string; params: unknown[] } | null {
  if (raw === '') return null;
  const q = /^[\d\sXx\uff10-\uff19\uff38\uff58\u3000-]+$/.test(raw) ? normalizeCode(raw) : raw;
  const bed = { sql: "(b.room || '-' || b.bed_no) LIKE ? ESCAPE '\\'", params: [`${escapeLike(q)}%`] };
  const idLike = /^\d{5,17}[\dX]?$/.test(q);
  if (idLike && !rights.byIdNumber) {
    throw invalid('您的岗位不能按身份证号查找老人，请按姓名、拼音首字母或床位查找', 'q');
  }
  if (/^\d{17}[\dX]$/.test(q)) return { sql: 'r.id_number = ?', params: [q] };
  if (idLike) return { sql: "r.id_number LIKE ? ESCAPE '\\'", params: [`%${escapeLike(q)}%`] };
  // Four characters are a room (1001) or the last four of a number (后四位): both are looked for.
  if (/^\d{3}[\dX]$/.test(q) && rights.byIdNumber) {
    return { sql: `(${bed.sql} OR r.id_number LIKE ? ESCAPE '\\')`, params: [...bed.params, `%${escapeLike(q)}`] };
  }
  if (/^\d{1,4}(-\d{0,2})?$/.test(q)) return bed;
  if (/^[A-Za-z]+$/.test(q)) {
    const like = `${escapeLike(q.toLowerCase())}%`;
    return { sql: "(r.name_initials LIKE ? ESCAPE '\\' OR replace(r.name_pinyin, ' ', '') LIKE ? ESCAPE '\\')", params: [like, like] };
  }
  return { sql: "r.name LIKE ? ESCAPE '\\'", params: [`%${escapeLike(q)}%`] };
}

export function rosterQuery(filter: RosterFilter, today: string, rights: SearchRights = { byIdNumber: true }): RosterQuery {
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
  const search = searchClause(filter.q, rights);
  if (search) {
    where.push(search.sql);
    params.push(...search.params);
  }
  const o = filter.order === 'desc' ? 'DESC' : 'ASC';
  const r = filter.order === 'desc' ? 'ASC' : 'DESC';
  return {
    where: where.join(' AND '),
    params,
    orderBy: `${ORDER_BY[filter.sort].replaceAll('{o}', o).replaceAll('{r}', r)}, r.id ${o}`,
  };
}

export function rosterSql(q: RosterQuery): { rows: string; count: string } {
  return {
    rows: `SELECT ${RESIDENT_COLUMNS} ${RESIDENT_FROM} WHERE ${q.where} ORDER BY ${q.orderBy} LIMIT ? OFFSET ?`,
    count: `SELECT count(*) AS n ${RESIDENT_FROM} WHERE ${q.where}`,
  };
}

export function listResidents(db: Db, input: ListInput, today: string, rights?: SearchRights): { rows: ResidentRow[]; total: number } {
  const q = rosterQuery(input, today, rights);
  const sql = rosterSql(q);
  const rows = stmt<ResidentDbRow>(db, sql.rows).all(...q.params, input.limit, input.offset);
  const total = stmt<{ n: number }>(db, sql.count).get(...q.params)!.n;
  return { rows: rows.map((row) => toResidentRow(row, today)), total };
}

/** Every row matching the filter, for the Excel export and the printed roster. */
export function allResidents(db: Db, filter: RosterFilter, today: string): ResidentRow[] {
  const q = rosterQuery(filter, today);
  return stmt<ResidentDbRow>(db, `SELECT ${RESIDENT_COLUMNS} ${RESIDENT_FROM} WHERE ${q.where} ORDER BY ${q.orderBy}`)
    .all(...q.params)
    .map((row) => toResidentRow(row, today));
}
