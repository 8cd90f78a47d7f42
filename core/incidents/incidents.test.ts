import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { directTransport, setUpHome, snapshot, type Transport } from '../../tests/helpers/app.ts';
import { admitInput, TEST_PASSWORD } from '../../tests/helpers/fixtures.ts';
import { addStaff } from '../../tests/helpers/staff.ts';
import { careRiskEvents } from './queries.ts';

let t: Transport;
let home: Awaited<ReturnType<typeof setUpHome>>;
let residentId: number;
const bed = (label: string) => home.beds.find((b) => b.label === label)!.bedId;

beforeEach(async () => {
  t = await directTransport();
  home = await setUpHome(t);
  residentId = (await home.call('residents.admit', admitInput(bed('101-1'), { name: '跌倒者', admissionDate: '2026-09-01' }))).id;
});
afterEach(() => t.close());

// The fixtures' clock: 2026-11-23 09:00 in Beijing.
const fall = (overrides: Record<string, unknown> = {}) => ({
  residentId,
  kind: 'fall',
  occurredAt: '2026-11-20T06:40',
  place: '卫生间',
  witnesses: '护理员 张桂芬',
  description: '起夜时在卫生间滑倒，右髋着地',
  injury: 'minor',
  actions: '扶起，测血压，右髋冰敷，医生查看无骨折迹象',
  familyNotifiedAt: null,
  familyNotifiedWhom: '',
  followUp: '',
  lateReason: '',
  ...overrides,
});

async function refused(method: string, input: unknown, session = home.session) {
  const before = snapshot(t.runtime);
  const { body } = await t.raw(method, input, session);
  expect(body.ok, JSON.stringify(body)).toBe(false);
  expect(snapshot(t.runtime)).toBe(before);
  return body.ok ? null! : body.error;
}

describe('意外事件：登记、通知家属、随访', () => {
  it('records an incident, lists it, and audits it in words', async () => {
    const i = await home.call('incidents.report', fall() as never);
    expect(i).toMatchObject({ residentName: '跌倒者', bedLabel: '101-1', kind: 'fall', familyNotifiedAt: null, reportedByName: '院长甲' });
    expect((await home.call('incidents.list', { open: 'familyNotNotified' })).rows.map((r) => r.id)).toEqual([i.id]);
    const audit = (await home.call('audit.list', { entity: 'incident' })).rows[0]!;
    expect(audit.summary).toBe('登记意外事件：跌倒者 跌倒（2026-11-20 06:40，卫生间）');
    expect(audit.changes).toContainEqual({ label: '类别', before: null, after: '跌倒' });
    expect(audit.changes).toContainEqual({ label: '伤情', before: null, after: '轻微' });
  });

  it('records the family call once, no earlier than the incident and not in the future', async () => {
    const i = await home.call('incidents.report', fall() as never);
    expect(await refused('incidents.notifyFamily', { id: i.id, familyNotifiedAt: '2026-11-20T06:00', familyNotifiedWhom: '儿子' })).toMatchObject({
      field: 'familyNotifiedAt',
      message: '通知家属的时间不能早于事件发生的时间',
    });
    expect(await refused('incidents.notifyFamily', { id: i.id, familyNotifiedAt: '2026-11-23T10:00', familyNotifiedWhom: '儿子' })).toMatchObject({ field: 'familyNotifiedAt' });
    const done = await home.call('incidents.notifyFamily', { id: i.id, familyNotifiedAt: '2026-11-20T07:05', familyNotifiedWhom: '儿子 王伟' });
    expect(done).toMatchObject({ familyNotifiedAt: '2026-11-20T07:05', familyNotifiedWhom: '儿子 王伟' });
    expect(await refused('incidents.notifyFamily', { id: i.id, familyNotifiedAt: '2026-11-20T08:00', familyNotifiedWhom: '女儿' })).toMatchObject({ code: 'CONFLICT' });
    expect((await home.call('incidents.list', { open: 'familyNotNotified' })).rows).toEqual([]);
  });

  it('closes the follow-up with what was done, not before the incident nor after today', async () => {
    const i = await home.call('incidents.report', fall() as never);
    expect(await refused('incidents.closeFollowUp', { id: i.id, closedOn: '2026-11-19', followUp: '加装扶手' })).toMatchObject({ field: 'closedOn' });
    expect(await refused('incidents.closeFollowUp', { id: i.id, closedOn: '2026-11-24', followUp: '加装扶手' })).toMatchObject({ field: 'closedOn' });
    expect(await home.call('incidents.closeFollowUp', { id: i.id, closedOn: '2026-11-22', followUp: '卫生间加装扶手，夜间留灯' })).toMatchObject({
      followUpClosedOn: '2026-11-22',
    });
  });

  it.each([
    ['a time in the future', { occurredAt: '2026-11-23T09:30' }, 'occurredAt', '不能晚于现在'],
    ['a time before admission', { occurredAt: '2026-08-31T23:59' }, 'occurredAt', '不能早于入住日期（2026-09-01）'],
    ['a time that does not exist', { occurredAt: '2026-11-31T08:00' }, 'occurredAt', '不是一个存在的时间'],
    ['a family told before it happened', { familyNotifiedAt: '2026-11-20T06:00', familyNotifiedWhom: '儿子' }, 'familyNotifiedAt', '不能早于'],
    ['a family told without saying whom', { familyNotifiedAt: '2026-11-20T07:00' }, 'familyNotifiedWhom', '写明通知了谁'],
    ['a 10,000-character account', { description: '经'.repeat(10_000) }, 'description', '不能超过 1000 个字'],
    ['an unknown kind', { kind: 'fire' }, 'kind', '请选择事件类别'],
  ])('refuses %s, naming the field, and writes nothing', async (_what, overrides, field, message) => {
    expect(await refused('incidents.report', fall(overrides))).toMatchObject({ code: 'VALIDATION', field, message: expect.stringContaining(message) });
  });

  it('takes a report for a resident who has left only as a late entry with a reason, and not after they left', async () => {
    await home.call('residents.leave', { id: residentId, kind: 'discharged', date: '2026-11-21', reason: '回家' });
    expect(await refused('incidents.report', fall())).toMatchObject({ field: 'lateReason', message: expect.stringContaining('补记') });
    expect(await refused('incidents.report', fall({ occurredAt: '2026-11-22T08:00', lateReason: '交班时漏记' }))).toMatchObject({ field: 'occurredAt' });
    expect(await home.call('incidents.report', fall({ lateReason: '交班时漏记' }) as never)).toMatchObject({ lateReason: '交班时漏记' });
  });

  it('lets a caregiver report and record the family call, not correct or delete; the director deletes and restores', async () => {
    await addStaff((m, i, s) => t.raw(m, i, s).then((r) => r.body), home.session, { username: 'huli1', displayName: '护理员甲', role: 'caregiver' });
    const session = ((await t.raw('auth.signIn', { username: 'huli1', password: TEST_PASSWORD })).body as { data: { sessionId: string } }).data.sessionId;
    const i = ((await t.raw('incidents.report', fall(), session)).body as { data: { id: number; reportedByName: string } }).data;
    expect(i.reportedByName).toBe('护理员甲');
    expect((await t.raw('incidents.notifyFamily', { id: i.id, familyNotifiedAt: '2026-11-20T07:00', familyNotifiedWhom: '儿子' }, session)).body.ok).toBe(true);
    expect(await refused('incidents.update', { id: i.id, ...fall() }, session)).toMatchObject({ code: 'FORBIDDEN' });
    expect(await refused('incidents.remove', { id: i.id, reason: '登记错了' }, session)).toMatchObject({ code: 'FORBIDDEN' });
    await home.call('incidents.remove', { id: i.id, reason: '登记错了' });
    expect((await home.call('incidents.list', {})).rows).toEqual([]);
    expect((await home.call('incidents.list', { deleted: true })).rows.map((r) => r.id)).toEqual([i.id]);
    await home.call('incidents.restore', { id: i.id });
    expect((await home.call('incidents.list', {})).rows.map((r) => r.id)).toEqual([i.id]);
  });
});

describe('近30天内照护风险事件（GB/T 42195-2022 A.2.14）', () => {
  it('counts by the five types, a fall from bed as a fall and a scald as 其他, over the 30 days up to the assessment day', async () => {
    const at = (occurredAt: string, kind: string) => home.call('incidents.report', fall({ occurredAt, kind }) as never);
    await at('2026-10-23T10:00', 'fall'); // exactly 30 days before 2026-11-22: counts
    await at('2026-10-22T23:59', 'fall'); // 31 days before: does not
    await at('2026-11-01T10:00', 'bed_fall');
    await at('2026-11-02T10:00', 'choking');
    await at('2026-11-03T10:00', 'scald');
    await at('2026-11-22T20:00', 'wandering'); // the assessment day itself counts
    expect(careRiskEvents(t.runtime.db, residentId, '2026-11-22')).toEqual({ fall: 2, wandering: 1, choking: 1, selfHarm: 0, other: 1 });
  });
});
