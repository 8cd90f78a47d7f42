import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { client, directTransport, setUpHome, snapshot, type Transport } from '../../tests/helpers/app.ts';
import { admitInput, TEST_PASSWORD } from '../../tests/helpers/fixtures.ts';

let t: Transport;
let home: Awaited<ReturnType<typeof setUpHome>>;
let nurse: ReturnType<typeof client>;
let session: string;

beforeEach(async () => {
  t = await directTransport();
  home = await setUpHome(t);
  await home.addStaff({ username: 'hushi', displayName: '王丽', role: 'nurse' });
  session = ((await t.raw('auth.signIn', { username: 'hushi', password: TEST_PASSWORD })).body as { data: { sessionId: string } }).data.sessionId;
  nurse = client(t, () => session);
});
afterEach(() => t.close());

async function refused(method: string, input: unknown) {
  const before = snapshot(t.runtime);
  const { body } = await t.raw(method, input, session);
  expect(body.ok, JSON.stringify(body)).toBe(false);
  expect(snapshot(t.runtime)).toBe(before);
  return body.ok ? null! : body.error;
}

const waste = (producedOn: string) => ({ producedOn, kind: 'infectious' as const, weightKg: 1.25, packages: 2, packedBy: '王丽' });
const hand = (ids: number[], handedOverOn: string) => ({ ids, handedOverOn, receiver: '南京汇和环境工程技术有限公司', manifestNo: 'JS2026-1122-01', handedBy: '王丽', receivedBy: '李强' });
const finding = async () => (await home.call('policy.check', {})).findings.find((f) => f.rule === 'medicalWasteStorage')!;

// The test's clock is 2026-11-23; the national profile allows 2 days of storage (医疗废物管理条例 第十七条).
describe('医疗废物登记', () => {
  it('stored within 2 days is ok; 3 days is a violation linking to the entry; the handover signs it off', async () => {
    expect((await finding()).status).toBe('missing_data');
    const a = await nurse('infection.recordWaste', waste('2026-11-21'));
    expect(a).toMatchObject({ weightG: 1250, days: 2, handedOverOn: null });
    expect((await finding()).status).toBe('ok');
    const b = await nurse('infection.recordWaste', waste('2026-11-20'));
    const f = await finding();
    expect([f.status, f.looked, f.link]).toEqual(['violation', '2026-11-20 产生的感染性废物至今未交接，已贮存 3 天，超过 2 天。', `#/clinic/waste?id=${b.id}`]);
    expect(await nurse('infection.handOver', hand([a.id, b.id], '2026-11-22'))).toEqual({ handedOver: 2, weightG: 2500 });
    expect((await finding()).status).toBe('ok');
    const log = await home.call('audit.list', { entity: 'wasteEntry' });
    expect(log.rows[0]!.summary).toBe('医疗废物交接：2 批 2.50 千克，交 南京汇和环境工程技术有限公司（联单 JS2026-1122-01）');
  });

  it('refuses a weight of 0, a handover before the waste was produced or twice, a missing signature', async () => {
    expect(await refused('infection.recordWaste', { ...waste('2026-11-22'), weightKg: 0 })).toMatchObject({ field: 'weightKg', message: '重量须大于 0' });
    const a = await nurse('infection.recordWaste', waste('2026-11-22'));
    expect(await refused('infection.handOver', hand([a.id], '2026-11-21'))).toMatchObject({ field: 'handedOverOn' });
    expect(await refused('infection.handOver', { ...hand([a.id], '2026-11-22'), receivedBy: '' })).toMatchObject({ field: 'receivedBy' });
    await nurse('infection.handOver', hand([a.id], '2026-11-22'));
    expect(await refused('infection.handOver', hand([a.id], '2026-11-23'))).toMatchObject({ code: 'CONFLICT' });
  });
});

describe('消毒与感染病例', () => {
  it('a case with contact isolation, closed with its outcome; the checker shows the registers', async () => {
    const residentId = (await home.call('residents.admit', admitInput(home.beds[0]!.bedId, { name: '张秀英', admissionDate: '2026-10-01' }))).id;
    await nurse('infection.recordDisinfection', { date: '2026-11-22', area: '一楼走廊及扶手', method: '擦拭', agent: '含氯消毒剂 500mg/L', byName: '王丽' });
    expect(await refused('infection.saveCase', { residentId, onsetOn: '2026-11-20', infection: '诺如病毒感染性腹泻', isolation: 'contact' })).toMatchObject({ field: 'isolatedFrom' });
    const c = await nurse('infection.saveCase', { residentId, onsetOn: '2026-11-20', infection: '诺如病毒感染性腹泻', isolation: 'contact', isolatedFrom: '2026-11-20' });
    expect((await nurse('infection.closeCase', { id: c.id, closedOn: '2026-11-23', outcome: '痊愈' })).isolatedTo).toBe('2026-11-23');
    expect(await nurse('infection.cases', {})).toHaveLength(1);
    expect(await refused('infection.closeCase', { id: c.id, closedOn: '2026-11-23', outcome: '痊愈' })).toMatchObject({ code: 'CONFLICT' });
  });
});
