import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { directTransport, setUpHome, type Transport } from '../../tests/helpers/app.ts';
import { admitInput, TEST_PASSWORD } from '../../tests/helpers/fixtures.ts';
import type { Db } from '../../db/open.ts';
import { defineDeadlineSource } from './define.ts';
import { listDeadlines } from './list.ts';

describe('期限的紧急程度', () => {
  // A source that is due on the days given, seen by nurses only.
  const source = (days: string[]) =>
    defineDeadlineSource({
      key: 't',
      roles: ['nurse'],
      read: () => days.map((due, id) => ({ id, kind: '测试', due, title: due, todo: '', link: '/' })),
    });
  const db = {} as Db;
  const today = '2026-11-23';

  it('is overdue the day after, today on the day, within the week up to 7 days ahead, later beyond', () => {
    const rows = listDeadlines(db, [source(['2026-12-01', '2026-11-30', '2026-11-24', '2026-11-23', '2026-11-22'])], 'nurse', today, 30);
    expect(rows.map((r) => [r.due, r.urgency, r.daysLeft])).toEqual([
      ['2026-11-22', 'overdue', -1],
      ['2026-11-23', 'today', 0],
      ['2026-11-24', 'week', 1],
      ['2026-11-30', 'week', 7],
      ['2026-12-01', 'later', 8],
    ]);
  });

  it('leaves out what is due after the horizon, and sources the post does not see', () => {
    expect(listDeadlines(db, [source(['2026-11-30', '2026-12-01'])], 'nurse', today, 7).map((r) => r.due)).toEqual(['2026-11-30']);
    expect(listDeadlines(db, [source(['2026-11-22'])], 'caregiver', today, 30)).toEqual([]);
  });
});

describe('意外事件的期限', () => {
  let t: Transport;
  let home: Awaited<ReturnType<typeof setUpHome>>;
  beforeEach(async () => {
    t = await directTransport();
    home = await setUpHome(t);
  });
  afterEach(() => t.close());

  it('a family not told is due the day it happened; a follow-up a week after; both leave the list when done', async () => {
    const bedId = home.beds.find((b) => b.label === '101-1')!.bedId;
    const residentId = (await home.call('residents.admit', admitInput(bedId, { name: '跌倒者', admissionDate: '2026-09-01' }))).id;
    const i = await home.call('incidents.report', {
      residentId,
      kind: 'fall',
      occurredAt: '2026-11-20T06:40',
      place: '卫生间',
      witnesses: '',
      description: '滑倒',
      injury: 'none',
      actions: '扶起',
      familyNotifiedAt: null,
      familyNotifiedWhom: '',
      followUp: '',
      lateReason: '',
    });
    // Only the incident's deadlines: the resident, never assessed, is also due an ability assessment (sources.test.ts).
    const list = async () => (await home.call('deadlines.list', {})).filter((d) => d.key.startsWith('incident')).map((d) => [d.kind, d.due, d.urgency, d.link]);
    expect(await list()).toEqual([
      ['通知家属', '2026-11-20', 'overdue', `/incidents?id=${i.id}`],
      ['意外事件随访', '2026-11-27', 'week', `/incidents?id=${i.id}`],
    ]);
    // A caregiver reports incidents but does not run follow-ups: she sees only the family call.
    await home.addStaff({ username: 'carer1', displayName: '护理员甲', role: 'caregiver' });
    const { body: signIn } = await t.raw('auth.signIn', { username: 'carer1', password: TEST_PASSWORD });
    const { body } = await t.raw('deadlines.list', {}, signIn.ok ? (signIn.data as { sessionId: string }).sessionId : undefined);
    expect(body.ok ? (body.data as { kind: string; key: string }[]).filter((d) => d.key.startsWith('incident')).map((d) => d.kind) : body).toEqual(['通知家属']);
    await home.call('incidents.notifyFamily', { id: i.id, familyNotifiedAt: '2026-11-20T07:30', familyNotifiedWhom: '儿子' });
    await home.call('incidents.closeFollowUp', { id: i.id, closedOn: '2026-11-22', followUp: '加防滑垫' });
    expect(await list()).toEqual([]);
  });
});
