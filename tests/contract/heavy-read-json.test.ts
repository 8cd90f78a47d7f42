import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startWebApp, type WebApp } from '../../server/app.ts';
import { admitInput, institutionInput, TEST_PASSWORD } from '../helpers/fixtures.ts';
import { createDispatcher } from '../../core/api/dispatch.ts';
import { methods } from '../../core/api/methods.ts';
import { isJsonBody, parseJsonBody } from '../../core/shared/jsonBody.ts';

let dir: string;
let app: WebApp;
let session: string;
const request = { kind: 'roster', input: { status: 'all' } };

async function ok(method: string, input: unknown): Promise<Record<string, unknown>> {
  const r = await app.dispatch(method, input, session);
  if (!r.ok) throw new Error(`${method}: ${r.error.message}`);
  return r.data as Record<string, unknown>;
}

beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), 'ylywt-heavy-'));
  // A data folder: heavy reads run in the worker, as in the app.
  app = await startWebApp({ dataDir: dir, mode: 'real', backups: false, chromium: null, staticDir: null, log: () => undefined });
  session = (
    await ok('auth.setup', {
      institution: institutionInput(),
      director: { username: 'director', displayName: '院长甲', password: TEST_PASSWORD, passwordConfirm: TEST_PASSWORD },
    })
  ).sessionId as string;
  await ok('beds.add', { floor: 1, roomFrom: 101, roomTo: 102, bedsPerRoom: 2 });
  const beds = (await ok('beds.map', { floor: null })).beds as { bedId: number }[];
  await ok('residents.admit', admitInput(beds[0]!.bedId, { name: '王建国' }));
});
afterAll(async () => {
  await app.close();
  rmSync(dir, { recursive: true, force: true });
});

describe('a heavy read built in the worker: passed on as the JSON it made', () => {
  it('reaches a caller in this process as objects, a transport as the JSON bytes the worker made, and HTTP as those bytes', async () => {
    expect(app.runtime.heavy).not.toBeNull();
    const data = await ok('filings.data', request);
    expect(data).toMatchObject({ title: '住养老人名册', rows: [{ name: '王建国', bed: '101-1' }] });

    const passed = await createDispatcher(app.runtime, methods, { jsonBody: true })('filings.data', request, session);
    expect(passed.ok && isJsonBody(passed.data)).toBe(true);
    const fromText = parseJsonBody((passed as { data: { jsonUtf8: Uint8Array } }).data) as Record<string, unknown>;
    expect({ ...fromText, printedAt: null }).toEqual({ ...data, printedAt: null });

    const res = await fetch(`${app.url}/api/filings.data`, {
      method: 'POST',
      headers: { authorization: `Bearer ${app.token}`, 'x-session': session, 'content-type': 'application/json' },
      body: JSON.stringify({ input: request }),
    });
    const body = (await res.json()) as { ok: boolean; data: Record<string, unknown> };
    expect(body.ok).toBe(true);
    expect({ ...body.data, printedAt: null }).toEqual({ ...data, printedAt: null });
  });

  it('leaves other results alone: a light read is not JSON bytes, and neither is an object that merely looks like it', async () => {
    const passed = await createDispatcher(app.runtime, methods, { jsonBody: true })('residents.list', {}, session);
    expect(passed.ok && isJsonBody(passed.data)).toBe(false);
    expect(isJsonBody({ jsonUtf8: new Uint8Array(1), other: 2 })).toBe(false);
    expect(isJsonBody({ jsonUtf8: '{}' })).toBe(false);
  });
});
