import { beforeAll, describe, expect, it } from 'vitest';
import { openAppDatabase } from '../../db/app-database.ts';
import type { Db } from '../../db/open.ts';
import { seededRandom } from '../demo/random.ts';
import { RESIDENT_FROM } from './queries.ts';
import { listResidents, rosterQuery, rosterSql } from './list.ts';
import { listInput, LIST_SORTS, LIST_STATUSES } from './schema.ts';

const TODAY = '2026-11-23';

/**
 * Beds whose labels sort differently as text and as numbers (9 / 10 / 101 / 1001, bed 2 / 10), several
 * residents per bed over time, some left, some deleted: the cases where a new order could differ from the old.
 */
function fillHome(db: Db): void {
  const rng = seededRandom(3);
  const insertBed = db.prepare(`INSERT INTO beds (floor, room, bed_no, created_at) VALUES (?, ?, ?, 'x')`);
  const rooms: [number, string][] = [[-1, '9'], [1, '10'], [1, '101'], [1, '99'], [2, '201'], [2, '1001'], [10, '1002'], [3, '3A'], [3, '3B']];
  for (const [floor, room] of rooms) for (const bedNo of ['1', '2', '10']) insertBed.run(floor, room, bedNo);
  const beds = db.prepare('SELECT id FROM beds').pluck().all() as number[];
  const insert = db.prepare(`INSERT INTO residents (name, name_pinyin, name_initials, sex, id_number, birth_date, admission_date,
      bed_id, care_level, payment_type, status, left_on, deleted_at, created_at, updated_at)
    VALUES (?, ?, '', '女', ?, ?, '2020-01-01', ?, ?, 'self', ?, ?, ?, 'x', 'x')`);
  let n = 0;
  for (const bed of beds) {
    for (let k = rng.int(0, 3); k > 0; k--) {
      n++;
      insert.run(`甲${n}`, `jia ${n % 7}`, `1101051940010${String(n).padStart(4, '0')}`, `19${rng.int(30, 60)}-01-01`, bed, rng.int(0, 4), 'discharged', '2021-01-01', null);
    }
    if (rng.next() < 0.8) {
      n++;
      const deleted = rng.next() < 0.1 ? 'x' : null;
      insert.run(`乙${n}`, `yi ${n % 5}`, `1101051940020${String(n).padStart(4, '0')}`, `19${rng.int(30, 60)}-01-01`, bed, rng.int(0, 4), 'in_residence', null, deleted);
    }
  }
}

/** The roster query before the bed index: everyone joined to their bed, then sorted. */
function oldOrder(db: Db, raw: object): number[] {
  const input = listInput.parse(raw);
  const q = rosterQuery(input, TODAY);
  const orderBy = q.orderBy.replace(/, b\.id (ASC|DESC)/, '');
  return db.prepare(`SELECT r.id ${RESIDENT_FROM} WHERE ${q.where} ORDER BY ${orderBy}`).pluck().all(...q.params) as number[];
}

const planOf = (db: Db, sql: string, params: unknown[]) =>
  (db.prepare(`EXPLAIN QUERY PLAN ${sql}`).all(...params) as { detail: string }[]).map((r) => r.detail).join('\n');

describe('名册 by bed: an index walk that returns the rows the sort did', () => {
  let db: Db;
  beforeAll(() => {
    db = openAppDatabase(':memory:');
    fillHome(db);
  });

  const cases = LIST_STATUSES.flatMap((status) => LIST_SORTS.flatMap((sort) => (['asc', 'desc'] as const).map((order) => ({ status, sort, order }))));
  it.each(cases)('same rows, same order, page by page: %o', (filter) => {
    const expected = oldOrder(db, filter);
    const paged: number[] = [];
    for (let offset = 0; offset < expected.length + 7; offset += 7) {
      paged.push(...listResidents(db, listInput.parse({ ...filter, offset, limit: 7 }), TODAY).rows.map((r) => r.id));
    }
    expect(paged).toEqual(expected);
  });

  it.each([
    [{}, 'SCAN b USING COVERING INDEX beds_order', 'residents_one_per_bed'],
    [{ floor: 1 }, 'SEARCH b USING COVERING INDEX beds_order (floor=?)', 'residents_one_per_bed'],
    [{ q: '乙' }, 'SCAN b USING COVERING INDEX beds_order', 'residents_one_per_bed'],
    [{ status: 'all', order: 'desc' }, 'SCAN b USING COVERING INDEX beds_order', 'residents_bed'],
    [{ status: 'left', floor: 2 }, 'SEARCH b USING COVERING INDEX beds_order (floor=?)', 'residents_bed'],
  ])('%o walks the beds in order, without a sort', (raw, walk, lookup) => {
    const input = listInput.parse(raw);
    const q = rosterQuery(input, TODAY);
    const plan = planOf(db, rosterSql(q).rows, [...q.params, 100, 0]);
    expect(plan).toContain(walk);
    expect(plan).toContain(`SEARCH r USING INDEX ${lookup} (bed_id=?)`);
    expect(plan).not.toContain('TEMP B-TREE');
  });

  it('finds a whole 身份证 number through its unique index, and part of one on the entries of the same kind of index', () => {
    const plan = (raw: object) => {
      const q = rosterQuery(listInput.parse(raw), TODAY);
      return planOf(db, rosterSql(q).rows, [...q.params, 100, 0]);
    };
    expect(plan({ q: '110105194002000012' })).toContain('residents_unique_id_in_residence (id_number=?)');
    expect(plan({ q: '1940020' })).toContain('SCAN r USING INDEX residents_unique_id_in_residence');
  });

  it.each([
    [{}, 'SCAN r USING INDEX residents_one_per_bed'],
    [{ q: '1940020' }, 'SCAN r USING INDEX residents_unique_id_in_residence'],
    [{ floor: 2, aged65: true }, 'SEARCH r USING INDEX residents_one_per_bed (bed_id=?)'],
    [{ status: 'all' }, 'SCAN r'],
  ])('counts %o through an index of those in residence, or the floor’s beds, without a join it does not need', (raw, step) => {
    const q = rosterQuery(listInput.parse(raw), TODAY);
    const plan = planOf(db, rosterSql(q).count, q.params);
    expect(plan).toContain(step);
    if (!('floor' in raw)) expect(rosterSql(q).count).not.toContain('JOIN');
  });

  it('counts the first page only, and not at all when the first page holds everyone', () => {
    // Every statement runs through one prototype: count the count(*) statements that run.
    const proto = Object.getPrototypeOf(db.prepare('SELECT 1')) as { get: (...a: unknown[]) => unknown };
    const get = proto.get;
    let counts = 0;
    proto.get = function (this: { source: string }, ...args: unknown[]) {
      if (this.source.includes('count(*)')) counts++;
      return get.apply(this, args);
    };
    try {
      const all = oldOrder(db, {});
      expect(listResidents(db, listInput.parse({ limit: 5 }), TODAY).total).toBe(all.length);
      expect(counts).toBe(1);
      expect(listResidents(db, listInput.parse({ limit: 5, offset: 5 }), TODAY).total).toBeNull();
      expect(listResidents(db, listInput.parse({ limit: all.length + 1 }), TODAY).total).toBe(all.length);
      expect(counts).toBe(1);
    } finally {
      proto.get = get;
    }
  });
});
