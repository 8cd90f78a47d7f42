import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { directTransport, httpTransport, setUpHome, snapshot, type Transport } from '../helpers/app.ts';
import { admitInput, idNumber, TEMPORARY_PASSWORD } from '../helpers/fixtures.ts';
import { ERROR_STATUS } from '../../core/shared/errors.ts';

/**
 * One suite, two transports: whatever the dispatcher answers directly, the loopback HTTP transport
 * answers the same, with the HTTP status of the error code.
 */
describe.each([
  ['direct', () => directTransport()],
  ['http', () => httpTransport()],
])('the API contract over %s', (name, make) => {
  let t: Transport;
  let home: Awaited<ReturnType<typeof setUpHome>>;
  beforeAll(async () => {
    t = await make();
    home = await setUpHome(t);
  });
  afterAll(() => t.close());

  /** `session` null: call without one. */
  async function expectRefused(method: string, input: unknown, code: keyof typeof ERROR_STATUS, session: string | null = home.session) {
    const before = snapshot(t.runtime);
    const { status, body } = await t.raw(method, input, session ?? undefined);
    expect(body.ok).toBe(false);
    expect(body.ok ? null : body.error.code).toBe(code);
    if (name === 'http') expect(status).toBe(ERROR_STATUS[code]);
    expect(snapshot(t.runtime)).toBe(before);
    return body.ok ? null! : body.error;
  }

  it('admits, lists and reads back a resident with the same shapes', async () => {
    const r = await home.call('residents.admit', admitInput(home.beds[0]!.bedId, { name: '契约甲' }));
    const list = await home.call('residents.list', { q: '契约甲' });
    expect(list).toMatchObject({ total: 1, rows: [{ id: r.id, name: '契约甲', bedLabel: '101-1' }] });
    expect(await home.call('residents.get', { id: r.id })).toMatchObject({ id: r.id, emergencyContacts: [{ name: '张伟' }] });
  });

  it('refuses empty required fields', async () => {
    const e = await expectRefused('residents.admit', admitInput(home.beds[1]!.bedId, { name: '   ' }), 'VALIDATION');
    expect(e).toMatchObject({ field: 'name', message: '请填写姓名' });
  });

  it('refuses 10,000-character strings in every text field', async () => {
    const long = '长'.repeat(10_000);
    for (const field of ['name', 'idNumber', 'phone', 'notes']) {
      const e = await expectRefused('residents.admit', admitInput(home.beds[1]!.bedId, { [field]: long }), 'VALIDATION');
      expect(e.field).toBe(field);
    }
    await expectRefused('residents.list', { q: long }, 'VALIDATION');
  });

  it('refuses wrong types and unknown fields', async () => {
    await expectRefused('residents.admit', { ...admitInput(home.beds[1]!.bedId), bedId: '1' }, 'VALIDATION');
    await expectRefused('residents.admit', { ...admitInput(home.beds[1]!.bedId), emergencyContacts: 'x' }, 'VALIDATION');
    await expectRefused('residents.admit', { ...admitInput(home.beds[1]!.bedId), isAdmin: true }, 'VALIDATION');
    await expectRefused('residents.admit', [1, 2, 3], 'VALIDATION');
    await expectRefused('residents.list', { limit: 10_000 }, 'VALIDATION');
  });

  it('refuses bad vital signs with the row and field named, and writes nothing', async () => {
    const a = await home.call('residents.admit', admitInput(home.beds[6]!.bedId, { name: '体征甲', idNumber: idNumber() }));
    const b = await home.call('residents.admit', admitInput(home.beds[7]!.bedId, { name: '体征乙', idNumber: idNumber() }));
    const row = (residentId: number, values: Record<string, unknown> = {}) => ({ residentId, sbp: 128, dbp: 78, pulse: 72, temp: 36.5, ...values });
    const round = (rows: unknown[], extra: Record<string, unknown> = {}) => ({ floor: 1, date: '2026-11-22', shift: 'am', time: '08:00', rows, ...extra });
    // One bad row refuses the whole round: the good row is not saved either.
    expect(await expectRefused('vitals.saveRound', round([row(a.id), row(b.id, { sbp: 400 })]), 'VALIDATION')).toMatchObject({
      field: 'rows.1.sbp',
      message: '104-2床 体征乙：收缩压 400 mmHg 不可能，请核对（应在 40–300 mmHg 之间）。整张测量表未保存。',
    });
    expect(await expectRefused('vitals.saveRound', round([row(a.id, { temp: 50 })]), 'VALIDATION')).toMatchObject({ field: 'rows.0.temp' });
    expect(await expectRefused('vitals.saveRound', round([row(a.id)], { date: '2026-11-24' }), 'VALIDATION')).toMatchObject({ field: 'date' });
    expect(await expectRefused('vitals.saveRound', round([row(a.id)], { date: '2026-10-31' }), 'VALIDATION')).toMatchObject({
      field: 'rows.0.residentId',
      message: expect.stringContaining('早于入住日期 2026-11-01'),
    });
    expect(await expectRefused('vitals.saveRound', round([row(a.id, { note: '长'.repeat(10_000) })]), 'VALIDATION')).toMatchObject({ field: 'rows.0.note' });
    expect(await expectRefused('vitals.saveRound', round([row(a.id, { sbp: '128' })]), 'VALIDATION')).toMatchObject({ field: 'rows.0.sbp' });
    // A resident who has left: only a late entry with a reason, never after the day they left.
    await home.call('residents.leave', { id: b.id, kind: 'discharged', date: '2026-11-21', reason: '家属接回' });
    const single = { residentId: b.id, date: '2026-11-20', time: '09:00', pulse: 70 };
    expect(await expectRefused('vitals.record', single, 'VALIDATION')).toMatchObject({ field: 'lateReason' });
    expect(await expectRefused('vitals.record', { ...single, date: '2026-11-22', lateReason: '补录' }, 'VALIDATION')).toMatchObject({ field: 'date' });
    await home.call('vitals.record', { ...single, lateReason: '纸质记录补录' });
  });

  it('refuses bad health-record input with a field-named zh-CN error and writes nothing (issue #8)', async () => {
    const r = await home.call('residents.admit', admitInput(home.beds[8]!.bedId, { name: '契约乙', idNumber: idNumber('1940-02-02', true) }));
    const answers = Object.fromEntries(['sensory', 'moisture', 'activity', 'mobility', 'nutrition', 'friction'].map((k) => [k, 2]));
    const braden = { residentId: r.id, scale: 'braden', assessedOn: '2026-11-10', assessors: ['护士甲'], answers, notes: '', lateReason: '' };
    expect(await expectRefused('assessments.save', { ...braden, answers: { ...answers, sensory: 9 } }, 'VALIDATION')).toMatchObject({ field: 'answers.sensory' });
    expect(await expectRefused('assessments.save', { ...braden, answers: { ...answers, nutrition: undefined } }, 'VALIDATION')).toMatchObject({ field: 'answers.nutrition' });
    expect(await expectRefused('assessments.save', { ...braden, assessedOn: '2099-01-01' }, 'VALIDATION')).toMatchObject({ field: 'assessedOn' });
    expect(await expectRefused('assessments.save', { ...braden, notes: '长'.repeat(10_000) }, 'VALIDATION')).toMatchObject({ field: 'notes' });
    const allergy = { id: null, residentId: r.id, category: 'drug', substance: '青霉素', reaction: '', severity: 'severe', recordedOn: '2026-11-02', notes: '', lateReason: '' };
    expect(await expectRefused('records.saveAllergy', { ...allergy, reaction: '长'.repeat(10_000) }, 'VALIDATION')).toMatchObject({ field: 'reaction' });
    expect(await expectRefused('records.saveAllergy', { ...allergy, recordedOn: '2026-10-01' }, 'VALIDATION')).toMatchObject({ field: 'recordedOn' });
    await home.call('residents.leave', { id: r.id, kind: 'discharged', date: '2026-11-15', reason: '回家' });
    expect(await expectRefused('records.saveAllergy', allergy, 'VALIDATION')).toMatchObject({ field: 'lateReason' });
    expect(await expectRefused('assessments.score', { scale: 'morse', answers: {} }, 'VALIDATION')).toMatchObject({ field: expect.stringMatching(/^answers\./) });
    // The 健康档案摘要 filing: the resident is required and must exist; a refusal prints and records nothing.
    expect(await expectRefused('filings.data', { kind: 'health-record', input: {} }, 'VALIDATION')).toMatchObject({ field: 'input.residentId', message: '请选择老人' });
    expect(await expectRefused('filings.pdf', { kind: 'health-record', input: { residentId: 'x' } }, 'VALIDATION')).toMatchObject({ field: 'input.residentId' });
    expect(await expectRefused('filings.data', { kind: 'health-record', input: { residentId: 999_999 } }, 'NOT_FOUND')).toMatchObject({ message: expect.stringContaining('这位老人') });
  });

  it('refuses an unknown method', async () => {
    await expectRefused('residents.drop', {}, 'UNKNOWN_METHOD');
  });

  it('refuses a duplicate ID in residence and an occupied bed, with nothing written', async () => {
    const id = idNumber();
    await home.call('residents.admit', admitInput(home.beds[2]!.bedId, { idNumber: id }));
    expect(await expectRefused('residents.admit', admitInput(home.beds[3]!.bedId, { idNumber: id }), 'CONFLICT')).toMatchObject({ field: 'idNumber' });
    expect(await expectRefused('residents.admit', admitInput(home.beds[2]!.bedId, { idNumber: idNumber() }), 'CONFLICT')).toMatchObject({ field: 'bedId' });
  });

  it('lets a temporary password do nothing but change itself (403 PASSWORD_CHANGE_REQUIRED)', async () => {
    await home.call('users.create', { username: 'temp1', displayName: '新护士', role: 'nurse', password: TEMPORARY_PASSWORD, passwordConfirm: TEMPORARY_PASSWORD });
    const { body } = await t.raw('auth.signIn', { username: 'temp1', password: TEMPORARY_PASSWORD });
    const session = (body as { data: { sessionId: string } }).data.sessionId;
    const e = await expectRefused('residents.list', {}, 'PASSWORD_CHANGE_REQUIRED', session);
    expect(e.message).toContain('请先设置您自己的密码');
  });

  it('refuses calls without a session and with a made-up one', async () => {
    await expectRefused('residents.list', {}, 'UNAUTHENTICATED', null);
    await expectRefused('residents.list', {}, 'UNAUTHENTICATED', 'not-a-session');
  });
});

describe('the loopback HTTP transport', () => {
  let t: Awaited<ReturnType<typeof httpTransport>>;
  beforeAll(async () => {
    t = await httpTransport();
    await setUpHome(t, { beds: false });
  });
  afterAll(() => t.close());

  const post = (path: string, init: { headers?: Record<string, string>; body?: string } = {}) =>
    fetch(`${t.url}${path}`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', authorization: `Bearer ${t.token}`, ...init.headers },
      body: init.body ?? JSON.stringify({ input: {} }),
    });

  it('answers 401 without the launch token or with a wrong one', async () => {
    const none = await fetch(`${t.url}/api/policy.profiles`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: '{}' });
    expect(none.status).toBe(401);
    expect(await none.json()).toMatchObject({ ok: false, error: { code: 'BAD_TOKEN' } });
    expect((await post('/api/policy.profiles', { headers: { authorization: 'Bearer wrong' } })).status).toBe(401);
    expect((await post('/api/policy.profiles')).status).toBe(200);
  });

  it('answers 403 to a foreign Host (DNS rebinding) or Origin (another site), before anything else', async () => {
    const http = await import('node:http');
    const request = (headers: Record<string, string>) =>
      new Promise<number>((resolve, reject) => {
        const url = new URL(`${t.url}/api/policy.profiles`);
        const req = http.request({ host: url.hostname, port: url.port, path: url.pathname, method: 'POST', headers: { 'content-type': 'application/json', authorization: `Bearer ${t.token}`, ...headers } }, (res) => {
          res.resume();
          resolve(res.statusCode ?? 0);
        });
        req.on('error', reject);
        req.end('{}');
      });
    expect(await request({ host: 'evil.example:80' })).toBe(403);
    expect(await request({ origin: 'http://evil.example' })).toBe(403);
    expect(await request({ origin: t.url })).toBe(200);
    expect(await request({ host: `localhost:${new URL(t.url).port}` })).toBe(200);
  });

  it('answers 400 to bad JSON, a non-object body, a non-JSON type and GET; 413 to a huge body', async () => {
    expect((await post('/api/policy.profiles', { body: '{"input":' })).status).toBe(400);
    expect((await post('/api/policy.profiles', { body: '[1]' })).status).toBe(400);
    expect((await post('/api/policy.profiles', { headers: { 'content-type': 'text/plain' } })).status).toBe(400);
    expect((await fetch(`${t.url}/api/policy.profiles`, { headers: { authorization: `Bearer ${t.token}` } })).status).toBe(400);
    const huge = await post('/api/auth.signIn', { body: JSON.stringify({ input: { username: 'x', password: 'y'.repeat(2_000_000) } }) });
    expect(huge.status).toBe(413);
    expect(await huge.json()).toMatchObject({ error: { code: 'TOO_LARGE' } });
  });

  it('answers 400 with UNKNOWN_METHOD for an unknown method and never returns a stack trace', async () => {
    const res = await post('/api/constructor');
    expect(res.status).toBe(400);
    const text = await res.text();
    expect(text).toContain('UNKNOWN_METHOD');
    expect(text).not.toMatch(/at .+\.ts:\d+/);
  });

  it('serves a file the core made at GET /files/:id with the launch token only, and nothing else from there', async () => {
    const { writeFileSync, mkdirSync } = await import('node:fs');
    const { join } = await import('node:path');
    const { newExportFile } = await import('../../core/shared/exports.ts');
    mkdirSync(t.runtime.exportsDir, { recursive: true });
    const file = newExportFile(t.runtime.exportsDir, 'pdf');
    writeFileSync(file.path, '%PDF-1.7 测试');
    const get = (path: string, headers: Record<string, string> = { authorization: `Bearer ${t.token}` }) => fetch(`${t.url}${path}`, { headers });
    const ok = await get(`/files/${file.fileId}`);
    expect(ok.status).toBe(200);
    expect(ok.headers.get('content-type')).toBe('application/pdf');
    expect(await ok.text()).toBe('%PDF-1.7 测试');
    expect((await get(`/files/${file.fileId}`, {})).status).toBe(401);
    expect((await get('/files/0123456789abcdef0123456789abcdef.pdf')).status).toBe(404);
    for (const bad of ['..%2fylywt.sqlite', 'ylywt.sqlite', `${file.fileId.slice(0, -4)}.sqlite`]) expect((await get(`/files/${bad}`)).status, bad).toBe(404);
    expect(join(t.runtime.exportsDir, file.fileId)).toBe(file.path);
  });

  it('treats only application/json as JSON (not application/jsonx)', async () => {
    expect((await post('/api/policy.profiles', { headers: { 'content-type': 'application/jsonx' } })).status).toBe(400);
    expect((await post('/api/policy.profiles', { headers: { 'content-type': 'application/json; charset=utf-8' } })).status).toBe(200);
  });
});
