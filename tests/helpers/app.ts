import { createRuntime, type Runtime } from '../../core/system/runtime.ts';
import { createDispatcher, type ApiResult, type Dispatch } from '../../core/api/dispatch.ts';
import type { MethodInput, MethodName, MethodOutput } from '../../core/api/methods.ts';
import { startWebApp } from '../../server/app.ts';
import { fixedClock, institutionInput, TEST_PASSWORD } from './fixtures.ts';
import { addStaff } from './staff.ts';
import type { Role } from '../../core/shared/roles.ts';

/** A way to reach the API: the dispatcher itself, or the loopback HTTP transport. */
export interface Transport {
  name: string;
  runtime: Runtime;
  raw(method: string, input: unknown, session?: string): Promise<{ status: number; body: ApiResult }>;
  close(): Promise<void>;
}

export async function directTransport(options: { dataDir?: string | null; clock?: () => Date } = {}): Promise<Transport> {
  const runtime = createRuntime({ dataDir: options.dataDir ?? null, mode: 'real', clock: options.clock ?? fixedClock, log: () => undefined });
  const dispatch = createDispatcher(runtime);
  return {
    name: 'direct',
    runtime,
    raw: async (method, input, session) => {
      const body = await dispatch(method, input, session);
      return { status: body.ok ? 200 : 0, body };
    },
    close: async () => {
      runtime.db.close();
    },
  };
}

export async function httpTransport(): Promise<Transport & { url: string; token: string }> {
  const app = await startWebApp({ dataDir: null, mode: 'real', clock: fixedClock, backups: false, chromium: null, staticDir: null, log: () => undefined });
  return {
    name: 'http',
    runtime: app.runtime,
    url: app.url,
    token: app.token,
    raw: async (method, input, session) => {
      const res = await fetch(`${app.url}/api/${method}`, {
        method: 'POST',
        headers: {
          'content-type': 'application/json',
          authorization: `Bearer ${app.token}`,
          ...(session ? { 'x-session': session } : {}),
        },
        body: JSON.stringify({ input }),
      });
      return { status: res.status, body: (await res.json()) as ApiResult };
    },
    close: () => app.close(),
  };
}

/** A typed client over a transport that throws on an error result, for arranging test data. */
export function client(t: Transport, getSession: () => string | undefined) {
  return async <M extends MethodName>(method: M, input: MethodInput<M>): Promise<MethodOutput<M>> => {
    const { body } = await t.raw(method, input, getSession());
    if (!body.ok) throw new Error(`${method}: ${body.error.code} ${body.error.message}`);
    return body.data as MethodOutput<M>;
  };
}

/** Sets up the institution and director on a fresh transport and signs in; adds two floors of beds. */
export async function setUpHome(t: Transport, options: { beds?: boolean } = {}) {
  let session: string | undefined;
  const call = client(t, () => session);
  const setup = await call('auth.setup', {
    institution: institutionInput(),
    director: { username: 'director', displayName: '院长甲', password: TEST_PASSWORD, passwordConfirm: TEST_PASSWORD },
  });
  session = setup.sessionId;
  if (options.beds !== false) {
    await call('beds.add', { floor: 1, roomFrom: 101, roomTo: 105, bedsPerRoom: 2 });
    await call('beds.add', { floor: 2, roomFrom: 201, roomTo: 205, bedsPerRoom: 2 });
  }
  const beds = (await call('beds.map', { floor: null })).beds;
  const dispatch: Dispatch = async (method, input, s) => (await t.raw(method, input, s)).body;
  return {
    call,
    session: setup.sessionId,
    beds,
    setSession: (s: string | undefined) => (session = s),
    /** A staff account whose owner has already changed the temporary password to TEST_PASSWORD. */
    addStaff: (who: { username: string; displayName: string; role: Role }) => addStaff(dispatch, setup.sessionId, who),
  };
}

/** Row counts of every table, to prove a failed call changed nothing. */
export function tableCounts(runtime: Runtime): Record<string, number> {
  const tables = runtime.db
    .prepare(`SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%' ORDER BY name`)
    .pluck()
    .all() as string[];
  return Object.fromEntries(tables.map((t) => [t, (runtime.db.prepare(`SELECT count(*) FROM "${t}"`).pluck().get() as number)]));
}

/** How a table's rows are ordered for a snapshot: by rowid, or by the key of a WITHOUT ROWID table (vital_signs). */
function rowOrder(runtime: Runtime, table: string): string {
  const withoutRowid = (runtime.db.prepare('SELECT wr FROM pragma_table_list WHERE name = ?').pluck().get(table) as number) === 1;
  if (!withoutRowid) return 'rowid';
  const key = runtime.db.prepare('SELECT name FROM pragma_table_info(?) WHERE pk > 0 ORDER BY pk').pluck().all(table) as string[];
  return key.map((c) => `"${c}"`).join(', ');
}

/** A fingerprint of all data (not just counts): every row of every table. */
export function snapshot(runtime: Runtime): string {
  const tables = Object.keys(tableCounts(runtime));
  return JSON.stringify(tables.map((t) => runtime.db.prepare(`SELECT * FROM "${t}" ORDER BY ${rowOrder(runtime, t)}`).all()));
}

export type { Dispatch };
