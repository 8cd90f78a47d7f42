import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { client, directTransport, setUpHome, type Transport } from '../../tests/helpers/app.ts';
import { admitInput, idNumber, TEST_PASSWORD } from '../../tests/helpers/fixtures.ts';
import type { MethodInput } from '../api/methods.ts';
import { findProfile } from '../policy/queries.ts';
import type { RecordEnv } from './define.ts';
import { wasteRegister, wasteRegisterCurrent } from './records/wasteRegister.ts';
import { disinfectionLog } from './records/disinfectionLog.ts';
import { marWindow } from './records/missedDoses.ts';
import { prescriberProblem } from './records/prescriptions.ts';
import { lastFourWeeks } from './records/centreAgreement.ts';
import { PAPER_RECORDS, RECORD_CHECKS } from './registry.ts';
import type { InspectionItem } from './schema.ts';

// The fixed clock of the tests: 2026-11-23 (tests/helpers/fixtures.ts).
const TODAY = '2026-11-23';

let t: Transport;
let home: Awaited<ReturnType<typeof setUpHome>>;
let doctor: ReturnType<typeof client>;
let doctorUserId: number;
let nurse: ReturnType<typeof client>;

beforeEach(async () => {
  t = await directTransport();
  home = await setUpHome(t);
  const account = await home.addStaff({ username: 'doc', displayName: '陈志远', role: 'doctor' });
  doctorUserId = (account as { id: number }).id;
  const { body } = await t.raw('auth.signIn', { username: 'doc', password: TEST_PASSWORD });
  const session = (body as { data: { sessionId: string } }).data.sessionId;
  doctor = client(t, () => session);
  await home.addStaff({ username: 'hushi', displayName: '王丽', role: 'nurse' });
  const signed = await t.raw('auth.signIn', { username: 'hushi', password: TEST_PASSWORD });
  const nurseSession = (signed.body as { data: { sessionId: string } }).data.sessionId;
  nurse = client(t, () => nurseSession);
});
afterEach(() => t.close());

const run = async () => (await home.call('inspection.run', {})).items;
const item = (items: InspectionItem[], key: string) => items.find((i) => i.key === `record:${key}`)!;

const admit = (bed: number, name: string, born: string) =>
  home.call('residents.admit', admitInput(home.beds[bed]!.bedId, { name, admissionDate: '2026-01-05', idNumber: idNumber(born, bed % 2 === 0) }));

const staff = (over: Partial<MethodInput<'clinic.saveStaff'>>): MethodInput<'clinic.saveStaff'> => ({
  name: '陈志远',
  profession: 'physician',
  licenceNo: '110320000012345',
  practiceSite: 'primary',
  registeredOn: '2010-07-01',
  issuedOn: '2021-12-20',
  expiresOn: null,
  joinedOn: '2022-01-01',
  ...over,
});

describe('the self-inspection', () => {
  it('runs every rule of the checker and every record check of the checklist, and lists the paper records', async () => {
    const r = await home.call('inspection.run', {});
    const rules = await home.call('policy.check', {});
    expect(r.items.filter((i) => i.source === 'rule')).toHaveLength(rules.findings.length);
    expect(r.items.filter((i) => i.source === 'record').map((i) => i.key).sort()).toEqual(RECORD_CHECKS.map((c) => `record:${c.key}`).sort());
    expect(r.paper).toEqual(PAPER_RECORDS);
    // 不符合 first, whatever the reviewer.
    const order = ['fail', 'attention', 'unknown', 'pass', 'na'];
    const ranks = r.items.map((i) => order.indexOf(i.status));
    expect(ranks).toEqual([...ranks].sort((a, b) => a - b));
  });

  it('no agreement with the community health centre on file is 不符合, linking to where it is recorded', async () => {
    expect(item(await run(), 'centreAgreement')).toMatchObject({ status: 'fail', authority: '卫健', summary: '没有登记与社区卫生服务中心的签约协议', link: '#/centre' });
  });

  it('judges 服务到位 over the last four whole weeks, Monday to Sunday', () => {
    // 2026-11-23 is a Monday: the four weeks before it.
    expect(lastFourWeeks(TODAY)).toEqual({ from: '2026-10-26', to: '2026-11-22' });
    expect(lastFourWeeks('2026-11-29')).toEqual({ from: '2026-10-26', to: '2026-11-22' });
  });
});

describe('ability assessments current (民政)', () => {
  it('due exactly today is current; due yesterday is overdue and named with its dates', async () => {
    const a = await admit(0, '王淑芬', '1938-04-02');
    // 6-month routine re-assessment (national abilityReassessment): assessed 2026-05-23 → due 2026-11-23, today.
    await home.call('assessments.recordExternal', { residentId: a.id, assessedOn: '2026-05-23', level: 2, source: '区长护险评估', notes: '', lateReason: '' });
    const passing = item(await run(), 'assessmentsCurrent');
    expect(passing.status).toBe('pass');
    expect(passing.unverified).toBe(true);

    const b = await admit(1, '李建国', '1940-03-02');
    await home.call('assessments.recordExternal', { residentId: b.id, assessedOn: '2026-05-22', level: 1, source: '区长护险评估', notes: '', lateReason: '' });
    const failing = item(await run(), 'assessmentsCurrent');
    expect(failing).toMatchObject({ status: 'fail', link: '#/care' });
    expect(failing.summary).toContain('2 位老人中，1 位老人的评估已过期');
    expect(failing.evidence).toEqual([{ text: expect.stringContaining('李建国：上次评估 2026-05-22，应于 2026-11-22 前复评'), link: `#/residents/${b.id}/record` }]);
  });

  it('a resident never assessed is 不符合', async () => {
    const a = await admit(0, '王淑芬', '1938-04-02');
    const f = item(await run(), 'assessmentsCurrent');
    expect(f.status).toBe('fail');
    expect(f.evidence[0]).toEqual({ text: expect.stringContaining('王淑芬：2026-01-05 入住，尚无能力评估'), link: `#/residents/${a.id}/record` });
  });
});

describe('MAR against orders (卫健)', () => {
  const window = marWindow(TODAY, 7);

  async function prescribeAndRecord(skip: string | null, missedWithReason: string | null) {
    await home.call('clinic.saveStaff', staff({ userId: doctorUserId }));
    const a = await admit(0, '张秀英', '1940-03-02');
    const order = await doctor('medication.prescribe', {
      residentId: a.id,
      drugCode: 'D004',
      drugName: '苯磺酸氨氯地平片',
      dose: '5mg',
      route: '口服',
      frequency: 'qd',
      times: ['08:00'],
      longTerm: true,
      startDate: '2026-11-10',
      startTime: '08:00',
    });
    for (let d = window.from; d <= window.to; d = dayAfter(d)) {
      if (d === skip) continue;
      const row =
        d === missedWithReason
          ? { orderId: order.id, dueDate: d, dueTime: '08:00', status: 'missed' as const, givenTime: null, reason: '外出就医未返' }
          : { orderId: order.id, dueDate: d, dueTime: '08:00', status: 'given' as const, givenTime: '08:05' };
      await nurse('medication.recordShift', { floor: 1, date: d, shift: 'day', rows: [row] });
    }
    return a;
  }

  it('looks at the 7 days before today (today’s shifts may still be under way)', () => {
    expect(window).toEqual({ from: '2026-11-16', to: '2026-11-22' });
  });

  it('a dose marked missed with its reason is recorded: 符合, counted in the summary', async () => {
    await prescribeAndRecord(null, '2026-11-20');
    const f = item(await run(), 'missedDoses');
    expect(f.status).toBe('pass');
    expect(f.summary).toContain('应给 7 次，均有给药记录；另有 1 次未给药已记录原因');
  });

  it('a dose with no record and no reason is a finding naming the resident, drug and time', async () => {
    await prescribeAndRecord('2026-11-21', null);
    const f = item(await run(), 'missedDoses');
    expect(f).toMatchObject({ status: 'fail', link: '#/medication?tab=report', more: 0 });
    expect(f.summary).toContain('1 位老人共 1 次既无给药记录也无未给原因');
    expect(f.evidence.map((e) => e.text)).toEqual([expect.stringContaining('张秀英：苯磺酸氨氯地平片 2026-11-21 08:00 无给药记录')]);
  });

  it('prescriptions: an order by a doctor on the clinic staff with a licence in force passes; off the staff it fails', async () => {
    await prescribeAndRecord(null, null);
    expect(item(await run(), 'prescriptions').status).toBe('pass');
    const [row] = (await home.call('clinic.staffList', { q: '', profession: null, status: 'active', sort: 'profession' })) as { id: number }[];
    await home.call('clinic.removeStaff', { id: row!.id, reason: '登记错误' });
    const f = item(await run(), 'prescriptions');
    expect(f.status).toBe('fail');
    expect(f.evidence[0]!.text).toContain('陈志远 开具的 1 条医嘱：开具人未登记在医务室的医务人员中');
  });
});

describe('prescriber rules (pure)', () => {
  const base = { source: 'clinic' as const, prescriber: '陈志远', orders: 1, firstOrderId: 1, firstResident: '101-1 张秀英', hasAccount: true };
  const physician = { id: 1, profession: 'physician' as const, leftOn: null, daysLeft: 100, issuedOn: '2021-01-01' };
  it('holds each case at its boundary', () => {
    expect(prescriberProblem({ ...base, staff: physician }, TODAY)).toBeNull();
    expect(prescriberProblem({ ...base, staff: { ...physician, daysLeft: 0 } }, TODAY)).toBeNull();
    expect(prescriberProblem({ ...base, staff: { ...physician, daysLeft: -1 } }, TODAY)?.level).toBe('fail');
    expect(prescriberProblem({ ...base, staff: { ...physician, profession: 'nurse' } }, TODAY)?.why).toBe('开具人不是医师');
    expect(prescriberProblem({ ...base, staff: { ...physician, leftOn: '2026-11-01' } }, TODAY)?.level).toBe('attention');
    expect(prescriberProblem({ ...base, source: 'external', prescriber: '鼓楼医院 李医生', staff: null, hasAccount: false }, TODAY)).toBeNull();
    expect(prescriberProblem({ ...base, source: 'external', prescriber: ' ', staff: null, hasAccount: false }, TODAY)?.why).toBe('医嘱没有开具人');
  });
});

describe('staff licences (卫健)', () => {
  it('a licence expiring today is still in force (需注意); one that expired yesterday is 不符合', async () => {
    await home.call('clinic.saveStaff', staff({ expiresOn: TODAY }));
    const today = item(await run(), 'staffLicences');
    expect(today.status).toBe('attention');
    expect(today.evidence[0]!.text).toContain('执业证书今天到期');

    await home.call('clinic.saveStaff', staff({ name: '孙丽', profession: 'nurse', licenceNo: '201832005678', expiresOn: '2026-11-22' }));
    const expired = item(await run(), 'staffLicences');
    expect(expired.status).toBe('fail');
    expect(expired.evidence[0]).toEqual({ text: '注册护士 孙丽（201832005678）：执业证书已于 2026-11-22 过期', link: expect.stringMatching(/^#\/clinic\/staff\?id=\d+$/) });
  });
});

describe('the medical-waste register (卫健)', () => {
  it('the last entry exactly at the storage limit is current; a day older is not', () => {
    expect(wasteRegisterCurrent('2026-11-21', TODAY, 2)).toBe(true);
    expect(wasteRegisterCurrent('2026-11-20', TODAY, 2)).toBe(false);
    // Counted back from the clinic's last day at work, not from today.
    expect(wasteRegisterCurrent('2026-11-10', '2026-11-12', 2)).toBe(true);
  });

  it('judges the register from the profile’s limit, with its citation and 待核实 state', () => {
    const env: RecordEnv = { today: TODAY, moment: `${TODAY} 09:00`, profile: findProfile('national')! };
    const entry = (producedOn: string) => ({ id: 7, producedOn, kind: 'infectious' as const, weightG: 300, packages: 1, packedBy: '王丽', handedOverOn: producedOn, receiver: '', manifestNo: '', handedBy: '', receivedBy: '', days: 0, notes: '' });
    const facts = (last: string) => ({ hasClinic: true, limit: { value: { maxStorageDays: 2 }, cite: '《医疗废物管理条例》第十七条', unverified: false, note: null }, last: entry(last), lastWorkDay: TODAY, held: [] });
    expect(wasteRegister.judge(facts('2026-11-21'), env).status).toBe('pass');
    const late = wasteRegister.judge(facts('2026-11-20'), env);
    expect(late.status).toBe('fail');
    expect(late.summary).toContain('超过 2 天没有登记');
    expect(late.evidence[0]!.link).toBe('#/clinic/waste?tab=waste&id=7');
  });
});

describe('the disinfection log (卫健)', () => {
  const env: RecordEnv = { today: TODAY, moment: `${TODAY} 09:00`, profile: findProfile('national')! };
  const facts = (date: string | null) => ({
    hasClinic: true,
    windows: { value: { marDays: 7, disinfectionDays: 7 }, cite: '', unverified: true, note: '本软件的取舍' },
    last: date === null ? null : { id: 1, date, area: '治疗室', method: '紫外线照射', agent: '', byName: '王丽', notes: '' },
    openCases: [],
  });
  it('an entry exactly 7 days ago is current; 8 days ago is not; an empty log is not; each carries 待核实', () => {
    expect(disinfectionLog.judge(facts('2026-11-16'), env)).toMatchObject({ status: 'pass', unverified: true });
    const late = disinfectionLog.judge(facts('2026-11-15'), env);
    expect(late.status).toBe('fail');
    expect(late.summary).toContain('已 8 天没有登记（要求 7 天内有登记）');
    expect(disinfectionLog.judge(facts(null), env).status).toBe('fail');
  });
});

function dayAfter(d: string): string {
  const next = new Date(`${d}T00:00:00Z`);
  next.setUTCDate(next.getUTCDate() + 1);
  return next.toISOString().slice(0, 10);
}
