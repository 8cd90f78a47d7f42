import Database from 'better-sqlite3';
import { describe, expect, it } from 'vitest';
import { Where } from './sqlWhere.ts';

describe('Where', () => {
  const db = new Database(':memory:');
  db.exec(`CREATE TABLE t (id INTEGER PRIMARY KEY, name TEXT, floor INTEGER, code TEXT);
           INSERT INTO t (name, floor, code) VALUES ('张三', 1, '320102194001010011'), ('李_四', 2, '320102194501010022'), ('王%五', 2, '110101195001011234');`);
  const ids = (w: Where) => db.prepare(`SELECT id FROM t ${w.sql} ORDER BY id`).pluck().all(w.params);

  it('joins the filters that are set with AND and binds them by name', () => {
    const w = new Where().equals('floor', 'floor', 2).equals('name', 'name', null).compare('id', '>=', 'from', 3);
    expect(w.sql).toBe('WHERE floor = @floor AND id >= @from');
    expect(w.params).toEqual({ floor: 2, from: 3 });
    expect(ids(w)).toEqual([3]);
  });

  it('is empty without filters', () => {
    expect(new Where().sql).toBe('');
    expect(new Where().conditions).toBe('1');
    expect(ids(new Where())).toEqual([1, 2, 3]);
  });

  it('matches % and _ typed by a person literally; contains, starts and ends', () => {
    expect(ids(new Where().contains(['name'], 'q', '_'))).toEqual([2]);
    expect(ids(new Where().contains(['name'], 'q', '%'))).toEqual([3]);
    expect(ids(new Where().startsWith(['code', 'name'], 'q', '3201'))).toEqual([1, 2]);
    expect(ids(new Where().endsWith(['code'], 'q', '1234'))).toEqual([3]);
  });

  it('refuses two parameters of one name', () => {
    expect(() => new Where().equals('a', 'x', 1).equals('b', 'x', 2)).toThrow('SQL 参数重名：@x');
  });
});
