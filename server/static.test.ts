import { mkdtempSync, mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { request } from 'node:http';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startHttpServer, type RunningServer } from './http.ts';
import { CSP } from '../core/system/csp.ts';

const root = mkdtempSync(join(tmpdir(), 'ylywt-static-'));
let server: RunningServer;
beforeAll(async () => {
  mkdirSync(join(root, 'renderer', 'assets'), { recursive: true });
  writeFileSync(join(root, 'renderer', 'index.html'), '<!doctype html><title>app</title>');
  writeFileSync(join(root, 'renderer', 'assets', 'a.js'), 'export {}');
  writeFileSync(join(root, 'secret.txt'), 'outside');
  server = await startHttpServer({ dispatch: async () => ({ ok: true, data: null }), token: 't', staticDir: join(root, 'renderer') });
});
afterAll(async () => {
  await server.close();
  rmSync(root, { recursive: true, force: true });
});

/** A raw GET, so the path reaches the server exactly as written (fetch would normalise '..'). */
const get = (path: string) =>
  new Promise<{ status: number; headers: Record<string, unknown>; body: string }>((resolve, reject) => {
    const req = request({ host: '127.0.0.1', port: server.port, path, headers: { host: `127.0.0.1:${server.port}` } }, (res) => {
      let body = '';
      res.on('data', (d: Buffer) => (body += d.toString()));
      res.on('end', () => resolve({ status: res.statusCode ?? 0, headers: res.headers, body }));
    });
    req.on('error', reject);
    req.end();
  });

describe('the renderer files in web mode', () => {
  it('serves the app with its Content-Security-Policy and the right types', async () => {
    const index = await get('/');
    expect(index).toMatchObject({ status: 200, headers: { 'content-security-policy': CSP, 'cache-control': 'no-store' } });
    expect((await get('/assets/a.js')).headers['content-type']).toBe('text/javascript; charset=utf-8');
  });

  it.each(['/../secret.txt', '/%2e%2e/secret.txt', '/assets/..%2f..%2fsecret.txt', '/..%5csecret.txt', '/a%00.js', '/%E0%A4%A'])('never serves %s', async (path) => {
    const r = await get(path);
    expect([400, 404]).toContain(r.status);
    expect(r.body).not.toContain('outside');
  });
});
