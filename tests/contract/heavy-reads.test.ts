import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startWebApp, type WebApp } from '../../server/app.ts';
import { firstActiveDirector, getUser } from '../../core/users/queries.ts';
import { composeIdNumber } from '../../core/shared/idcard.ts';
import { fixedClock } from '../helpers/fixtures.ts';

/**
 * Heavy reads (a filing's data, an Excel file) run in a worker on their own read-only connection. They must
 * answer exactly as the same handler run inline, refuse the same way, and see what was just written.
 */
describe('heavy reads in the worker', () => {
  let dir: string;
  let worker: WebApp;
  let session: string;
  beforeAll(async () => {
    dir = mkdtempSync(join(tmpdir(), 'ylywt-heavy-'));
    worker = await startWebApp({ dataDir: dir, mode: 'demo', backups: false, chromium: null, staticDir: null, clock: fixedClock, log: () => undefined });
    session = worker.runtime.sessions.create(getUser(worker.runtime.db, firstActiveDirector(worker.runtime.db)!)).id;
  });
  afterAll(async () => {
    await worker.close();
    rmSync(dir, { recursive: true, force: true });
  });

  it('runs in a worker where there is a data folder', () => {
    expect(worker.runtime.heavy).not.toBeNull();
  });

  it('answers as the handler run inline on the same data', async () => {
    const request = { kind: 'roster', input: { status: 'all' } };
    const viaWorker = await worker.dispatch('filings.data', request, session);
    const heavy = worker.runtime.heavy;
    worker.runtime.heavy = null;
    try {
      const inline = await worker.dispatch('filings.data', request, session);
      expect(viaWorker).toEqual(inline);
      expect(viaWorker).toMatchObject({ ok: true, data: { title: '住养老人名册', rows: expect.any(Array) } });
    } finally {
      worker.runtime.heavy = heavy;
    }
  });

  it('refuses in the worker as inline: bad input by field, a post without the right', async () => {
    expect(await worker.dispatch('filings.data', { kind: 'roster', input: { floor: 100 } }, session)).toMatchObject({
      ok: false,
      error: { code: 'VALIDATION', field: 'input.floor' },
    });
    const caregiver = worker.runtime.sessions.create({ id: 999, displayName: '护理员', role: 'caregiver', mustChangePassword: false }).id;
    expect(await worker.dispatch('filings.data', { kind: 'roster', input: {} }, caregiver)).toMatchObject({ ok: false, error: { code: 'FORBIDDEN' } });
  });

  it('sees a write committed just before (WAL: the worker reads the latest commit)', async () => {
    const before = (await worker.dispatch('filings.data', { kind: 'roster', input: {} }, session)) as { data: { rows: unknown[] } };
    const bed = worker.runtime.db
      .prepare(`SELECT id FROM beds WHERE active = 1 AND id NOT IN (SELECT bed_id FROM residents WHERE status = 'in_residence' AND deleted_at IS NULL) LIMIT 1`)
      .pluck()
      .get() as number;
    const admitted = await worker.dispatch(
      'residents.admit',
      {
        name: '刚入住',
        idNumber: composeIdNumber('110101', '1930-01-01', 13),
        admissionDate: '2026-11-01',
        paymentType: 'self',
        emergencyContacts: [{ name: '家属', relation: '儿子', phone: '13912345678' }],
        bedId: bed,
      },
      session,
    );
    expect(admitted.ok, JSON.stringify(admitted)).toBe(true);
    const after = (await worker.dispatch('filings.data', { kind: 'roster', input: {} }, session)) as { data: { rows: { name: string }[] } };
    expect(after.data.rows.length).toBe(before.data.rows.length + 1);
    expect(after.data.rows.map((r) => r.name)).toContain('刚入住');
  });
});
