import type { Statement } from 'better-sqlite3';
import type { Db } from '../../db/open.ts';

const caches = new WeakMap<Db, Map<string, Statement>>();

/** A prepared statement, prepared once per connection: preparing costs as much as running a small query. */
export function stmt<Row = unknown>(db: Db, sql: string): Statement<unknown[], Row> {
  let cache = caches.get(db);
  if (!cache) {
    cache = new Map();
    caches.set(db, cache);
  }
  let s = cache.get(sql);
  if (!s) {
    s = db.prepare(sql);
    cache.set(sql, s);
  }
  return s as Statement<unknown[], Row>;
}
