import type { Db } from '../db/open.ts';

type Method = 'run' | 'get' | 'all' | 'iterate';
const METHODS: Method[] = ['run', 'get', 'all', 'iterate'];

const normalize = (sql: string) => sql.replace(/\s+/g, ' ').trim();

/**
 * The SQL a call executes, in order (BEGIN/COMMIT included): every statement runs through the one
 * Statement prototype of better-sqlite3, so wrapping it for the length of one call sees them all.
 * Used once per operation, in a warm-up round, to count the statements of a call.
 */
export async function traceStatements(db: Db, call: () => unknown): Promise<string[]> {
  const proto = Object.getPrototypeOf(db.prepare('SELECT 1')) as Record<Method, (...args: unknown[]) => unknown>;
  const originals = METHODS.map((m) => [m, proto[m]] as const);
  const seen: string[] = [];
  for (const [m, original] of originals) {
    proto[m] = function (this: { source: string }, ...args: unknown[]) {
      seen.push(normalize(this.source));
      return original.apply(this, args);
    };
  }
  try {
    await call();
  } finally {
    for (const [m, original] of originals) proto[m] = original;
  }
  return seen;
}
