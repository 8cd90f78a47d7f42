import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { z } from 'zod';
import { createRuntime, type Runtime } from '../system/runtime.ts';
import { createDispatcher, type Dispatch } from './dispatch.ts';
import { method } from './define.ts';
import { methods } from './methods.ts';
import { stmt } from '../shared/statements.ts';
import { fixedClock, institutionInput, TEST_PASSWORD } from '../../tests/helpers/fixtures.ts';
import { addStaff } from '../../tests/helpers/staff.ts';

let runtime: Runtime;
let now = fixedClock();
let logged: unknown[] = [];

const bedCount = () => runtime.db.prepare('SELECT count(*) FROM beds').pluck().get();
const auditCount = () => runtime.db.prepare('SELECT count(*) FROM audit_log').pluck().get();

// Test-only methods next to the real ones, to prove what the dispatcher guarantees for every write.
const probes = {
  'probe.throwAfterInsert': method({
    kind: 'write',
    access: 'public',
    input: z.object({}).strict(),
    handler: (ctx) => {
      stmt(ctx.db, `INSERT INTO beds (floor, room, bed_no, created_at) VALUES (1, '901', '1', 'x')`).run();
      ctx.audit({ entity: 'bed', entityId: null, summary: 'probe' });
      throw new Error('disk on fire');
    },
  }),
  'probe.forgetsAudit': method({
    kind: 'write',
    access: 'public',
    input: z.object({}).strict(),
    handler: (ctx) => stmt(ctx.db, `INSERT INTO beds (floor, room, bed_no, created_at) VALUES (1, '902', '1', 'x')`).run(),
  }),
};

let dispatch: Dispatch;
beforeEach(() => {
  now = fixedClock();
  logged = [];
  runtime = createRuntime({ dataDir: null, mode: 'real', clock: () => now, log: (m, e) => logged.push([m, e]) });
  dispatch = createDispatcher(runtime, { ...methods, ...probes });
});
afterEach(() => runtime.db.close());

describe('the dispatcher', () => {
  it('rolls back everything a write did when it fails, audit row included, and hides the stack', async () => {
    const r = await dispatch('probe.throwAfterInsert', {});
    expect(r).toMatchObject({ ok: false, error: { code: 'INTERNAL', message: expect.stringMatching(/程序内部出错（编号 [0-9a-f]{6}），数据未改动/) } });
    expect(JSON.stringify(r)).not.toContain('disk on fire');
    expect(bedCount()).toBe(0);
    expect(auditCount()).toBe(0);
    expect(logged).toHaveLength(1);
  });

  it('refuses and rolls back a write that records no audit row', async () => {
    const r = await dispatch('probe.forgetsAudit', {});
    expect(r).toMatchObject({ ok: false, error: { code: 'INTERNAL' } });
    expect(bedCount()).toBe(0);
  });

  it.each(['nope', '__proto__', 'constructor', 'toString', 'residents', ''])('answers UNKNOWN_METHOD for %j', async (name) => {
    expect(await dispatch(name, {})).toMatchObject({ ok: false, error: { code: 'UNKNOWN_METHOD' } });
  });

  it('asks for sign-in, then refuses roles without the right, then locks after the idle time', async () => {
    expect(await dispatch('residents.list', {})).toMatchObject({ ok: false, error: { code: 'UNAUTHENTICATED' } });
    const setup = await dispatch('auth.setup', {
      institution: institutionInput({ idleLockMinutes: 10 }),
      director: { username: 'director', displayName: '院长甲', password: TEST_PASSWORD, passwordConfirm: TEST_PASSWORD },
    });
    const session = (setup as { data: { sessionId: string } }).data.sessionId;
    await addStaff(dispatch, session, { username: 'nurse', displayName: '护士乙', role: 'nurse' });
    const nurse = ((await dispatch('auth.signIn', { username: 'nurse', password: TEST_PASSWORD })) as { data: { sessionId: string } }).data.sessionId;
    expect(await dispatch('audit.list', {}, nurse)).toMatchObject({ ok: false, error: { code: 'FORBIDDEN' } });
    expect(await dispatch('residents.list', {}, nurse)).toMatchObject({ ok: true });

    now = new Date(now.getTime() + 10 * 60_000);
    expect(await dispatch('residents.list', {}, nurse)).toMatchObject({ ok: true });
    now = new Date(now.getTime() + 10 * 60_000 + 1);
    expect(await dispatch('residents.list', {}, nurse)).toMatchObject({ ok: false, error: { code: 'SESSION_EXPIRED' } });
    expect(await dispatch('residents.list', {}, nurse)).toMatchObject({ ok: false, error: { code: 'UNAUTHENTICATED' } });
  });

  it('ends a session after one shift (12 hours) even when it was never idle, saying to sign in again', async () => {
    const setup = await dispatch('auth.setup', {
      institution: institutionInput({ idleLockMinutes: 240 }),
      director: { username: 'director', displayName: '院长甲', password: TEST_PASSWORD, passwordConfirm: TEST_PASSWORD },
    });
    const session = (setup as { data: { sessionId: string } }).data.sessionId;
    const start = now.getTime();
    for (const hours of [3, 6, 9, 12]) {
      now = new Date(start + hours * 3_600_000);
      expect(await dispatch('residents.list', {}, session), `${hours} 小时`).toMatchObject({ ok: true });
    }
    now = new Date(start + 12 * 3_600_000 + 60_000);
    expect(await dispatch('residents.list', {}, session)).toMatchObject({
      ok: false,
      error: { code: 'SESSION_EXPIRED', message: expect.stringMatching(/12 小时.*请重新登录/) },
    });
    expect(await dispatch('residents.list', {}, session)).toMatchObject({ ok: false, error: { code: 'UNAUTHENTICATED' } });
  });

  it('names unknown fields and wrong types in Chinese', async () => {
    expect(await dispatch('policy.profiles', { extra: 1 })).toMatchObject({ ok: false, error: { code: 'VALIDATION', message: '不认识的字段：extra' } });
    expect(await dispatch('auth.signIn', { username: 5, password: 'x' })).toMatchObject({ ok: false, error: { field: 'username', message: '登录名应为文字' } });
    expect(await dispatch('auth.signIn', null)).toMatchObject({ ok: false, error: { code: 'VALIDATION' } });
  });
});
