import { fork, type ChildProcess } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildElectron } from '../../scripts/build-electron.ts';
import type { FromHost, ToHost } from '../../electron/host-protocol.ts';
import { DEMO_PASSWORD, DEMO_USERS } from '../../core/demo/accounts.ts';

/**
 * Electron cannot run here, but its utility process is Node: this runs the bundled core-host.mjs under
 * Node with a stand-in for process.parentPort, so the bundle itself (data files beside it, external
 * better-sqlite3, the require banner, demo seeding, the print round trip) is exercised for real.
 */
let out: string;
let shim: string;
const children: ChildProcess[] = [];

const SHIM = `
import { pathToFileURL } from 'node:url';
const [bundle, ...args] = JSON.parse(process.env.HOST_ARGV);
process.parentPort = {
  postMessage: (message) => process.send(message),
  on(event, listener) {
    if (event === 'message') process.on('message', (data) => listener({ data }));
    return this;
  },
};
process.argv = [process.execPath, bundle, ...args];
await import(pathToFileURL(bundle).href);
`;

beforeAll(async () => {
  out = mkdtempSync(join(tmpdir(), 'ylywt-host-'));
  await buildElectron(join(out, 'dist-electron'));
  // The packaged layout: app/dist-electron beside app/node_modules, where better-sqlite3 is found.
  symlinkSync(fileURLToPath(new URL('../../node_modules', import.meta.url)), join(out, 'node_modules'), 'junction');
  shim = join(out, 'fake-utility-process.mjs');
  writeFileSync(shim, SHIM);
}, 120_000);

afterAll(() => {
  for (const child of children) child.kill();
  rmSync(out, { recursive: true, force: true });
});

function startHost(dataDir: string, mode: 'demo' | 'real') {
  const child = fork(shim, [], {
    serialization: 'advanced',
    stdio: ['ignore', 'ignore', 'pipe', 'ipc'],
    env: { ...process.env, HOST_ARGV: JSON.stringify([join(out, 'dist-electron', 'core-host.mjs'), '--data-dir', dataDir, '--mode', mode]) },
  });
  children.push(child);
  let stderr = '';
  child.stderr?.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
  const next = (predicate: (m: FromHost) => boolean) =>
    new Promise<FromHost>((resolve, reject) => {
      const onMessage = (m: FromHost) => {
        if (!predicate(m)) return;
        child.off('message', onMessage);
        resolve(m);
      };
      child.on('message', onMessage);
      child.once('exit', (code) => reject(new Error(`host exited ${code}: ${stderr}`)));
    });
  let id = 0;
  const call = async (method: string, input: unknown, sessionId?: string) => {
    const callId = ++id;
    const reply = next((m) => m.type === 'result' && m.id === callId);
    child.send({ type: 'call', id: callId, method, input, sessionId } satisfies ToHost);
    return ((await reply) as Extract<FromHost, { type: 'result' }>).result;
  };
  const exited = new Promise<number | null>((resolve) => child.once('exit', (code) => resolve(code)));
  return { child, next, call, exited, stderr: () => stderr };
}

describe('the bundled core host under Node', () => {
  it('opens and seeds demo data, answers calls, prints through main, and stops cleanly', async () => {
    const host = startHost(join(out, 'demo'), 'demo');
    expect(await host.next((m) => m.type === 'ready' || m.type === 'fatal')).toEqual({ type: 'ready' });

    const status = await host.call('auth.status', {});
    expect(status).toMatchObject({ ok: true, data: { mode: 'demo', setupNeeded: false } });

    const profiles = await host.call('policy.profiles', {});
    expect(profiles.ok && (profiles.data as unknown[]).length).toBeGreaterThan(0);

    const unknown = await host.call('no.such', {});
    expect(unknown).toMatchObject({ ok: false, error: { code: 'UNKNOWN_METHOD' } });

    const signIn = await host.call('auth.signIn', { username: DEMO_USERS[0]!.username, password: DEMO_PASSWORD });
    expect(signIn.ok).toBe(true);
    const sessionId = (signIn as { data: { sessionId: string } }).data.sessionId;

    // filings.pdf: the host asks main to print into a file of the exports folder; main writes it and says so.
    const request = { kind: 'roster', input: {} };
    const printAsked = host.next((m) => m.type === 'print');
    const pdfReply = host.call('filings.pdf', request, sessionId);
    const print = (await printAsked) as Extract<FromHost, { type: 'print' }>;
    expect(print).toMatchObject({ type: 'print', sessionId, dialog: false, request: { kind: 'roster' }, outFile: expect.stringMatching(/exports[\\/][0-9a-f]{32}\.pdf$/) });
    writeFileSync(print.outFile!, '%PDF-1.7 test');
    host.child.send({ type: 'printed', id: print.id, saved: true } satisfies ToHost);
    const pdf = await pdfReply;
    expect(pdf).toMatchObject({ ok: true, data: { fileName: expect.stringMatching(/^住养老人名册-.+\.pdf$/), bytes: 13 } });
    const fileId = (pdf as { data: { fileId: string } }).data.fileId;
    expect(readFileSync(join(dirname(print.outFile!), fileId), 'utf8')).toBe('%PDF-1.7 test');

    host.child.send({ type: 'shutdown' } satisfies ToHost);
    expect(await host.exited).toBe(0);
  }, 60_000);

  it('reports a data file it cannot open as fatal, in words a person can act on', async () => {
    const dataDir = join(out, 'damaged');
    mkdirSync(dataDir, { recursive: true });
    writeFileSync(join(dataDir, 'ylywt.sqlite'), 'this is not a database, just some text '.repeat(200));
    const host = startHost(dataDir, 'real');
    const first = await host.next((m) => m.type === 'ready' || m.type === 'fatal');
    expect(first.type).toBe('fatal');
    expect((first as { message: string }).message).toMatch(/数据文件|损坏|备份/);
    host.child.kill();
  }, 60_000);
});
