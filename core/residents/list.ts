import type { Db } from '../../db/open.ts';
import { stmt } from '../shared/statements.ts';
import { bornOnOrBefore } from '../shared/dates.ts';
import { invalid } from '../shared/errors.ts';
import { normalizeCode } from '../shared/idcard.ts';
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
  /** FROM and its join for the rows, in the order they are best found (see access). */
  from: string;
  /** FROM for the count: no join unless the filter looks at the bed. */
  countFrom: string;
  where: string;
  params: unknown[];
  orderBy: string;
}

/** Residents in residence through the partial unique index whose WHERE is exactly “in residence”. */
const IN_RESIDENCE_INDEX = 'residents r INDEXED BY residents_one_per_bed';
/** The same people through the partial unique index on their 身份证 numbers. */
const ID_INDEX = 'residents r INDEXED BY residents_unique_id_in_residence';
/**
 * By bed, the beds are walked in order (beds_order) and each one's residents looked up, so a page stops after
 * its 100 rows; CROSS JOIN tells SQLite to loop that way round, which without statistics it would not (it
 * would read everyone in residence and sort them).
 */
const BED_WALK = 'FROM beds b CROSS JOIN residents r ON b.id = r.bed_id';
const withBed = (residents: string) => `FROM ${residents} JOIN beds b ON b.id = r.bed_id`;

/**
 * How the rows and the count are found. INDEXED BY names the partial indexes SQLite does not pick by itself
 * (with no statistics it prefers residents_status and then reads each row for deleted_at): counting those in
 * residence through residents_one_per_bed reads the index alone, 0.03 ms instead of 0.4 ms at 2,000; part of a
 * 身份证 number is matched on the entries of residents_unique_id_in_residence, 0.15 ms instead of 0.66 ms
 * walking every bed (bench: 名册). A whole 身份证 number is left to the planner, which probes its unique index.
 */
function access(filter: RosterFilter, search: Search | null, usesBed: boolean): Pick<RosterQuery, 'from' | 'countFrom'> {
  const inResidence = filter.status === 'in_residence';
  if (search?.kind === 'wholeId') return { from: RESIDENT_FROM, countFrom: RESIDENT_FROM };
  if (search?.kind === 'partOfId' && inResidence) return { from: withBed(ID_INDEX), countFrom: usesBed ? withBed(ID_INDEX) : `FROM ${ID_INDEX}` };
  return {
    from: filter.sort === 'bed' ? BED_WALK : RESIDENT_FROM,
    countFrom: usesBed ? BED_WALK : inResidence ? `FROM ${IN_RESIDENCE_INDEX}` : 'FROM residents r',
  };
}

const escapeLike = (s: string) => s.replace(/[\\%_]/g, (c) => `\\${c}`);

interface Search {
  kind: 'wholeId' | 'partOfId' | 'bed' | 'initials' | 'name';
  sql: string;
  params: unknown[];
}

/** Who may look people up by their 身份证 number: a caregiver could confirm a guessed number that way. */
export interface SearchRights {
  byIdNumber: boolean;
}

/**
 * Reads what the person typed: a whole 身份证 number, part of one, its last four digits (后四位, as staff
 * say), a bed or room, 拼音 initials, or a name. Each kind searches one column, so the common searches
 * use an index or a short scan. Numbers typed with spaces or in full width are read as numbers.
 */
function searchClause(raw: string, rights: SearchRights): Search | null {
  if (raw === '') return null;
  const q = /^[\d\sXx\uff10-\uff19\uff38\uff58\u3000-]+$/.test(raw) ? normalizeCode(raw) : raw;
  const bed: Search = { kind: 'bed', sql: "(b.room || '-' || b.bed_no) LIKE ? ESCAPE '\\'", params: [`${escapeLike(q)}%`] };
  const idLike = /^\d{5,17}[\dX]?$/.test(q);
  if (idLike && !rights.byIdNumber) {
    throw invalid('您的岗位不能按身份证号查找老人，请按姓名、拼音首字母或床位查找', 'q');
  }
  if (/^\d{17}[\dX]$/.test(q)) return { kind: 'wholeId', sql: 'r.id_number = ?', params: [q] };
  if (idLike) return { kind: 'partOfId', sql: "r.id_number LIKE ? ESCAPE '\\'", params: [`%${escapeLike(q)}%`] };
  // Four characters are a room (1001) or the last four of a number (后四位): both are looked for.
  if (/^\d{3}[\dX]$/.test(q) && rights.byIdNumber) {
    return { kind: 'bed', sql: `(${bed.sql} OR r.id_number LIKE ? ESCAPE '\\')`, params: [...bed.params, `%${escapeLike(q)}`] };
  }
  if (/^\d{1,4}(-\d{0,2})?$/.test(q)) return bed;
  if (/^[A-Za-z]+$/.test(q)) {
    const like = `${escapeLike(q.toLowerCase())}%`;
    return { kind: 'initials', sql: "(r.name_initials LIKE ? ESCAPE '\\' OR replace(r.name_pinyin, ' ', '') LIKE ? ESCAPE '\\')", params: [like, like] };
  }
  return { kind: 'name', sql: "r.name LIKE ? ESCAPE '\\'", params: [`%${escapeLike(q)}%`] };
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
  const clause = where.join(' AND ');
  return {
    // Every resident has a bed (a foreign key), so a count that does not look at the bed needs no join.
    ...access(filter, search, /\bb\./.test(clause)),
    where: clause,
    params,
    orderBy: `${ORDER_BY[filter.sort].replaceAll('{o}', o).replaceAll('{r}', r)}, r.id ${o}`,
  };
}

export function rosterSql(q: RosterQuery): { rows: string; count: string } {
  return {
    rows: `SELECT ${RESIDENT_COLUMNS} ${q.from} WHERE ${q.where} ORDER BY ${q.orderBy} LIMIT ? OFFSET ?`,
    count: `SELECT count(*) AS n ${q.countFrom} WHERE ${q.where}`,
  };
}

/**
 * A page of the roster. Only the first page (offset 0) is counted: the list loads 100 rows at a time as it
 * scrolls and keeps the first page's total, so counting again for every later page was wasted work. A first
 * page that is not full holds everyone there is, so it is its own count (most searches).
 */
export function listResidents(
  db: Db,
  input: ListInput,
  today: string,
  rights?: SearchRights,
): { rows: ResidentRow[]; total: number | null } {
  const q = rosterQuery(input, today, rights);
  const sql = rosterSql(q);
  const rows = stmt<ResidentDbRow>(db, sql.rows).all(...q.params, input.limit, input.offset);
  let total: number | null = null;
  if (input.offset === 0) total = rows.length < input.limit ? rows.length : stmt<{ n: number }>(db, sql.count).get(...q.params)!.n;
  return { rows: rows.map((row) => toResidentRow(row, today)), total };
}

/** Every row matching the filter, for the Excel export and the printed roster. */
export function allResidents(db: Db, filter: RosterFilter, today: string): ResidentRow[] {
  const q = rosterQuery(filter, today);
  return stmt<ResidentDbRow>(db, `SELECT ${RESIDENT_COLUMNS} ${q.from} WHERE ${q.where} ORDER BY ${q.orderBy}`)
    .all(...q.params)
    .map((row) => toResidentRow(row, today));
}
