import type { Statement } from 'better-sqlite3';
import type { Db } from '../db/open.ts';
import { startWebApp, type WebApp } from '../server/app.ts';
import { DEMO_PASSWORD } from '../core/demo/accounts.ts';
import { isoDay } from '../core/shared/dates.ts';
import type { MethodName } from '../core/api/methods.ts';
import { seededRandom } from '../core/demo/random.ts';
import type { Role } from '../core/shared/roles.ts';

/** Someone in residence, with the bed they are in now (kept up to date as the benchmark moves them). */
export interface Occupant {
  id: number;
  bedId: number;
  idNumber: string;
}

/** Everything an operation needs: the three ways in, and the pools that keep write inputs fresh and valid. */
export interface BenchContext {
  app: WebApp;
  db: Db;
  sessionId: string;
  /** The director's session, for the audit log (only the director reads it). */
  directorSession: string;
  /** The nurse's session: the clinic's due lists, doses, stock and encounters are the nurses' (core/medication/access.ts). */
  nurseSession: string;
  /** Who is signed in: the floor writes the same actor into the audit log as the service does. */
  user: { id: number; displayName: string; role: Role };
  today: string;
  /** Floor: a statement prepared once on the app's own connection, outside the app's statement cache. */
  prepare<Row = unknown>(sql: string): Statement<unknown[], Row>;
  /**
   * Service: the dispatcher, as the transports call it. Throws on an error result, so a refusal is never timed
   * as a success. audit.* and vitals.* are called as the director; medication.*, stock.* and encounters.* as the
   * nurse; everything else as the clerk.
   */
  service(method: MethodName, input: unknown): Promise<unknown>;
  /** HTTP: a real request to the loopback server (Node's fetch keeps the connection alive). */
  http(method: MethodName, input: unknown): Promise<unknown>;
  /** Empty beds, in random order; admissions take them, moves take one and give one back. */
  freeBeds: number[];
  /** Residents in residence, in random order, for searches and moves. */
  occupants: Occupant[];
  /**
   * Where this run's 身份证 sequence numbers start (bench/inputs.ts): past the pairs earlier runs on a data set kept
   * with --reuse used, whose admissions are still in residence.
   */
  idSequenceBase: number;
}

/**
 * 乌鲁木齐天山区: not among the demo home's area codes (core/demo/names.ts), so a benchmark admission can
 * never collide with someone in residence; the birth date runs on per admission, so none collide with each other.
 */
export const BENCH_AREA = '650102';

/** The clerk (文员) does admissions and moves in a home (ROSTER_EDITORS); the director (院长) reads the audit log. */
const BENCH_USER = 'wenyuan';
const BENCH_DIRECTOR = 'yuanzhang';
const BENCH_NURSE = 'hushi';
const NURSE_AREAS = ['medication.', 'stock.', 'encounters.'];

function apiError(method: string, error: { code: string; message: string }): Error {
  return new Error(`${method} 失败：${error.code} ${error.message}`);
}

export async function openBench(dataDir: string): Promise<BenchContext> {
  // The printer starts with the first print, so the first PDF run is the true cold start (Chromium launch included).
  const app = await startWebApp({ dataDir, mode: 'real', backups: false });
  const signIn = await app.dispatch('auth.signIn', { username: BENCH_USER, password: DEMO_PASSWORD });
  if (!signIn.ok) throw apiError('auth.signIn', signIn.error);
  const { sessionId, user } = signIn.data as { sessionId: string; user: BenchContext['user'] };
  const director = await app.dispatch('auth.signIn', { username: BENCH_DIRECTOR, password: DEMO_PASSWORD });
  if (!director.ok) throw apiError('auth.signIn', director.error);
  const directorSession = (director.data as { sessionId: string }).sessionId;
  const nurse = await app.dispatch('auth.signIn', { username: BENCH_NURSE, password: DEMO_PASSWORD });
  if (!nurse.ok) throw apiError('auth.signIn', nurse.error);
  const nurseSession = (nurse.data as { sessionId: string }).sessionId;
  // Vital signs are the nurses' and the director's, not the clerk's (core/vitals/access.ts), and so is the self-inspection
  // (core/inspection/access.ts): the director calls them. The deadlines are read as the director sees them: every source.
  const sessionFor = (method: string) =>
    method.startsWith('audit.') || method.startsWith('vitals.') || method.startsWith('inspection.') || method.startsWith('deadlines.') ? directorSession : NURSE_AREAS.some((a) => method.startsWith(a)) ? nurseSession : sessionId;
  const db = app.runtime.db;
  const statements = new Map<string, Statement>();
  const headers = (method: string) => ({
    authorization: `Bearer ${app.token}`,
    'x-session': sessionFor(method),
    'content-type': 'application/json',
  });
  const ctx: BenchContext = {
    app,
    db,
    sessionId,
    directorSession,
    nurseSession,
    user,
    today: isoDay(app.runtime.clock()),
    prepare<Row>(sql: string) {
      let s = statements.get(sql);
      if (!s) {
        s = db.prepare(sql);
        statements.set(sql, s);
      }
      return s as Statement<unknown[], Row>;
    },
    async service(method, input) {
      const result = await app.dispatch(method, input, sessionFor(method));
      if (!result.ok) throw apiError(method, result.error);
      return result.data;
    },
    async http(method, input) {
      const res = await fetch(`${app.url}/api/${method}`, { method: 'POST', headers: headers(method), body: JSON.stringify({ input }) });
      const body = (await res.json()) as { ok: true; data: unknown } | { ok: false; error: { code: string; message: string } };
      if (!body.ok) throw apiError(method, body.error);
      return body.data;
    },
    freeBeds: [],
    occupants: [],
    // Positions 15–17 of a 身份证 number are its sequence; each run uses two (one odd, one even).
    idSequenceBase: db
      .prepare(`SELECT count(DISTINCT substr(id_number, 15, 3)) FROM residents WHERE id_number LIKE ?`)
      .pluck()
      .get(`${BENCH_AREA}%`) as number,
  };
  loadPools(ctx);
  return ctx;
}

/** Re-reads the pools from the database, shuffled with a fixed seed so runs are comparable. */
export function loadPools(ctx: BenchContext): void {
  const rng = seededRandom(7);
  const shuffle = <T>(items: T[]): T[] => {
    for (let i = items.length - 1; i > 0; i--) {
      const j = rng.int(0, i);
      [items[i], items[j]] = [items[j]!, items[i]!];
    }
    return items;
  };
  ctx.freeBeds = shuffle(
    ctx.db
      .prepare(
        `SELECT b.id FROM beds b
         WHERE b.active = 1 AND NOT EXISTS (
           SELECT 1 FROM residents r WHERE r.bed_id = b.id AND r.status = 'in_residence' AND r.deleted_at IS NULL)
         ORDER BY b.id`,
      )
      .pluck()
      .all() as number[],
  );
  ctx.occupants = shuffle(
    ctx.db
      .prepare(
        `SELECT id, bed_id AS bedId, id_number AS idNumber FROM residents
         WHERE status = 'in_residence' AND deleted_at IS NULL ORDER BY id`,
      )
      .all() as Occupant[],
  );
}

/** The next free bed; the benchmark sized the pool beforehand, so running out is a bug in it. */
export function takeFreeBed(ctx: BenchContext): number {
  const bed = ctx.freeBeds.shift();
  if (!bed) throw new Error('基准测试的空床位用完了');
  return bed;
}
