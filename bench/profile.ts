import { ServerResponse } from 'node:http';
import { PerformanceObserver } from 'node:perf_hooks';
import type { Db } from '../db/open.ts';
import type { BenchContext } from './context.ts';
import type { Operation } from './measure.ts';
import { percentile } from './measure.ts';
import { methods } from '../core/api/methods.ts';
import { nameKeys } from '../core/residents/names.ts';
import { FEMALE_GIVEN, MALE_GIVEN, SURNAMES } from '../core/demo/names.ts';

/** Where the time of one call goes, as medians over the profiled rounds (ms). */
export interface Profile {
  operation: string;
  service: { total: number; zod: number; session: number; sql: number; gc: number; other: number };
  http: { total: number; toServer: number; server: number; toClient: number };
}

/** What the hooks add up during one call. */
interface Clock {
  zod: number;
  session: number;
  sql: number;
  touchedAt: number;
  headAt: number;
  inTouch: boolean;
}

type Restore = () => void;

/**
 * Hooks that time the parts of a call without touching core/: the prepared-statement prototype (SQL, COMMIT
 * included), each method's zod schema, the session store's touch (which also looks up the idle-lock time),
 * and writeHead of the HTTP server (the end of dispatch + JSON.stringify). They cost a little themselves,
 * so profiling runs after the measurements, never during them.
 */
function install(db: Db, ctx: BenchContext, clock: Clock): Restore {
  const restores: Restore[] = [];
  const proto = Object.getPrototypeOf(db.prepare('SELECT 1')) as Record<string, (...a: unknown[]) => unknown>;
  for (const m of ['run', 'get', 'all', 'iterate']) {
    const original = proto[m]!;
    proto[m] = function (this: unknown, ...args: unknown[]) {
      const t = performance.now();
      try {
        return original.apply(this, args);
      } finally {
        if (!clock.inTouch) clock.sql += performance.now() - t;
      }
    };
    restores.push(() => (proto[m] = original));
  }
  for (const def of Object.values(methods)) {
    const schema = def.input as unknown as { safeParse: (...a: unknown[]) => unknown };
    const original = schema.safeParse;
    schema.safeParse = (...args: unknown[]) => {
      const t = performance.now();
      try {
        return original.apply(schema, args);
      } finally {
        clock.zod += performance.now() - t;
      }
    };
    restores.push(() => delete (schema as Partial<typeof schema>).safeParse);
  }
  const sessions = ctx.app.runtime.sessions;
  const touch = sessions.touch;
  sessions.touch = (id) => {
    const t = performance.now();
    clock.touchedAt = t;
    clock.inTouch = true;
    try {
      return touch(id);
    } finally {
      clock.inTouch = false;
      clock.session += performance.now() - t;
    }
  };
  restores.push(() => (sessions.touch = touch));
  const writeHead = ServerResponse.prototype.writeHead;
  ServerResponse.prototype.writeHead = function (this: ServerResponse, ...args: Parameters<typeof writeHead>) {
    clock.headAt = performance.now();
    return writeHead.apply(this, args);
  } as typeof writeHead;
  restores.push(() => (ServerResponse.prototype.writeHead = writeHead));
  return () => restores.reverse().forEach((r) => r());
}

/** Profile rounds are numbered apart from the measured ones, so their admissions get 身份证 numbers of their own. */
const PROFILE_ROUND_BASE = 1000;

const median = (xs: number[]) => percentile([...xs].sort((a, b) => a - b), 0.5);

/** Breaks each operation's service and HTTP time into parts, over `rounds` untimed-by-the-table rounds. */
export async function profileOperations(ctx: BenchContext, operations: Operation[], rounds: (op: Operation) => number): Promise<Profile[]> {
  const gcs: { start: number; end: number }[] = [];
  const observer = new PerformanceObserver((list) => {
    for (const e of list.getEntries()) gcs.push({ start: e.startTime, end: e.startTime + e.duration });
  });
  observer.observe({ entryTypes: ['gc'] });
  const clock: Clock = { zod: 0, session: 0, sql: 0, touchedAt: 0, headAt: 0, inTouch: false };
  const restore = install(ctx.db, ctx, clock);
  const profiles: Profile[] = [];
  try {
    for (const op of operations) {
      const service: { total: number; zod: number; session: number; sql: number; start: number }[] = [];
      const http: { total: number; toServer: number; server: number; toClient: number }[] = [];
      for (let i = 0; i < rounds(op); i++) {
        const s = op.service(ctx, PROFILE_ROUND_BASE + i);
        Object.assign(clock, { zod: 0, session: 0, sql: 0 });
        const t0 = performance.now();
        await s();
        service.push({ total: performance.now() - t0, zod: clock.zod, session: clock.session, sql: clock.sql, start: t0 });
        const h = op.http(ctx, PROFILE_ROUND_BASE + i);
        const t1 = performance.now();
        await h();
        const t2 = performance.now();
        http.push({ total: t2 - t1, toServer: clock.touchedAt - t1, server: clock.headAt - clock.touchedAt, toClient: t2 - clock.headAt });
      }
      // GC entries arrive after the fact; a pause counts for the service call it fell in.
      await new Promise((r) => setTimeout(r, 50));
      const gcIn = (start: number, total: number) =>
        gcs.filter((g) => g.start >= start && g.start < start + total).reduce((sum, g) => sum + (g.end - g.start), 0);
      const gc = service.map((x) => gcIn(x.start, x.total));
      profiles.push({
        operation: op.name,
        service: {
          total: median(service.map((x) => x.total)),
          zod: median(service.map((x) => x.zod)),
          session: median(service.map((x) => x.session)),
          sql: median(service.map((x) => x.sql)),
          gc: median(gc),
          other: median(service.map((x, k) => x.total - x.zod - x.session - x.sql - gc[k]!)),
        },
        http: {
          total: median(http.map((x) => x.total)),
          toServer: median(http.map((x) => x.toServer)),
          server: median(http.map((x) => x.server)),
          toClient: median(http.map((x) => x.toClient)),
        },
      });
    }
  } finally {
    restore();
    observer.disconnect();
  }
  return profiles;
}

/** The 拼音 keys of an admission's name (core/residents/names.ts), on its own: µs per name. */
export function pinyinMicros(): number {
  const names = SURNAMES.flatMap((s, i) => [s + MALE_GIVEN[i % MALE_GIVEN.length]!, s + FEMALE_GIVEN[i % FEMALE_GIVEN.length]!]);
  for (const n of names) nameKeys(n);
  const started = performance.now();
  const rounds = 20;
  for (let r = 0; r < rounds; r++) for (const n of names) nameKeys(n);
  return ((performance.now() - started) / (rounds * names.length)) * 1000;
}
