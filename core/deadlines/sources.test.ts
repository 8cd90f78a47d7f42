import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { client, directTransport, setUpHome, type Transport } from '../../tests/helpers/app.ts';
import { admitInput, idNumber, TEST_PASSWORD } from '../../tests/helpers/fixtures.ts';
import type { MethodInput } from '../api/methods.ts';
import type { DeadlineSource } from './define.ts';
import { abilityAssessmentDue } from './sources/assessments.ts';
import { annualExamDue } from './sources/exams.ts';
import { licencesExpiring } from './sources/licences.ts';
import { missedDoses } from './sources/missedDoses.ts';
import { drugsExpiring } from './sources/stock.ts';
import { complianceViolations } from './sources/violations.ts';

// Each deadline source at its boundaries. The test clock's today is 2026-11-23 (tests/helpers/fixtures.ts).
const TODAY = '2026-11-23';

let t: Transport;
let home: Awaited<ReturnType<typeof setUpHome>>;
beforeEach(async () => {
  t = await directTransport();
  home = await setUpHome(t);
});
afterEach(() => t.close());

const read = (source: DeadlineSource, today = TODAY, horizon = '2027-12-31', now = `${today} 09:00`) =>
  source.read(t.runtime.db, today, horizon, now).map((d) => [d.title, d.due]);

async function signIn(username: string, role: 'doctor' | 'nurse' | 'caregiver') {
  await home.addStaff({ username, displayName: username, role });
  const { body } = await t.raw('auth.signIn', { username, password: TEST_PASSWORD });
  const session = (body as { data: { sessionId: string } }).data.sessionId;
  return { call: client(t, () => session), session };
}

let licence = 200_000;
const staff = (name: string, expiresOn: string | null): MethodInput<'clinic.saveStaff'> => ({
  name,
  profession: 'physician',
  licenceNo: `1103201000${licence++}`,
  category: '临床',
  scope: '全科医学专业',
  practiceSite: 'primary',
  registeredOn: '2015-07-01',
  issuedOn: '2020-01-01',
  expiresOn,
  joinedOn: '2021-01-01',
});

describe('执业证书到期', () => {
  it('lists licences expired or expiring within 60 days, due on the expiry day; a caregiver never sees them', async () => {
    for (const [name, on] of [['过期', '2026-11-22'], ['今天', TODAY], ['明天', '2026-11-24'], ['六十天', '2027-01-22'], ['六十一天', '2027-01-23'], ['长期', null]] as const)
      await home.call('clinic.saveStaff', staff(name, on));
    expect(read(licencesExpiring).map(([title, due]) => [title!.slice(0, title!.indexOf('（')), due]).sort((a, b) => a[1]!.localeCompare(b[1]!))).toEqual([
      ['过期', '2026-11-22'],
      ['今天', TODAY],
      ['明天', '2026-11-24'],
      ['六十天', '2027-01-22'],
    ]);
    const byUrgency = (await home.call('deadlines.list', { days: 90 })).filter((d) => d.kind === '执业证书到期').map((d) => [d.urgency, d.link.startsWith('/clinic/staff?id=')]);
    expect(byUrgency).toEqual([
      ['overdue', true],
      ['today', true],
      ['week', true],
      ['later', true],
    ]);
    const carer = await signIn('carer1', 'caregiver');
    const seen = await t.raw('deadlines.list', { days: 90 }, carer.session);
    expect(seen.body.ok && (seen.body.data as { kind: string }[]).some((d) => d.kind === '执业证书到期')).toBe(false);
  });
});

describe('能力评估到期', () => {
  it('a resident never assessed is due on admission; an assessed one on next_due_on, within the horizon only', async () => {
    const never = (await home.call('residents.admit', admitInput(home.beds[0]!.bedId, { name: '未评估', admissionDate: '2026-11-01' }))).id;
    const due = (await home.call('residents.admit', admitInput(home.beds[1]!.bedId, { name: '到期', admissionDate: '2026-01-05', idNumber: idNumber('1940-02-02', true) }))).id;
    // Saving computes the next date from the profile's interval (national: every 6 months).
    await home.call('assessments.recordExternal', { residentId: due, assessedOn: '2026-05-25', level: 2, source: '区评估中心', notes: '', lateReason: '' });
    const db = t.runtime.db;
    const next = db.prepare("SELECT next_due_on FROM assessment_latest WHERE resident_id = ? AND track = 'ability'").pluck().get(due) as string;
    expect(next).toBe('2026-11-25');
    expect(read(abilityAssessmentDue, TODAY, '2026-11-24').map(([, d]) => d)).toEqual(['2026-11-01']);
    expect(read(abilityAssessmentDue, TODAY, '2026-11-25').map(([, d]) => d).sort()).toEqual(['2026-11-01', '2026-11-25']);
    expect(abilityAssessmentDue.read(db, TODAY, '2026-11-25', '').find((d) => d.id === never)!.link).toBe(`/residents/${never}/record`);
  });
});

describe('年度体检到期（65 岁及以上）', () => {
  it('lists those 65 today and not those 65 tomorrow, due on 31 December under the calendar year', async () => {
    await home.call('residents.admit', admitInput(home.beds[0]!.bedId, { name: '今天六十五', admissionDate: '2026-01-05', idNumber: idNumber('1961-11-23', true) }));
    await home.call('residents.admit', admitInput(home.beds[1]!.bedId, { name: '明天六十五', admissionDate: '2026-01-05', idNumber: idNumber('1961-11-24', false) }));
    expect(read(annualExamDue).map(([title, due]) => [title!.split(' ')[2], due])).toEqual([['今天六十五（65', '2026-12-31']]);
  });
});

describe('漏记给药', () => {
  it('counts a shift once it is over, due on its day; a recorded dose (given or with a reason) leaves it', async () => {
    const resident = (await home.call('residents.admit', admitInput(home.beds[0]!.bedId, { name: '服药者', admissionDate: '2026-10-01' }))).id;
    const doctor = await signIn('doc', 'doctor');
    const o = await doctor.call('medication.prescribe', {
      residentId: resident,
      drugCode: 'D004',
      drugName: '苯磺酸氨氯地平片',
      dose: '5mg',
      route: '口服',
      frequency: 'bid',
      times: ['08:00', '17:00'],
      longTerm: true,
      startDate: '2026-11-20',
      startTime: '08:00',
    });
    // At 09:00 yesterday's day (08:00) and evening (17:00) shifts are over; today's day shift is not.
    expect(read(missedDoses).map(([, d]) => d)).toEqual(['2026-11-22', '2026-11-22']);
    expect(read(missedDoses, TODAY, TODAY, `${TODAY} 14:59`)).toHaveLength(2);
    expect(read(missedDoses, TODAY, TODAY, `${TODAY} 15:00`).map(([, d]) => d)).toEqual(['2026-11-22', '2026-11-22', TODAY]);
    await doctor.call('medication.recordShift', {
      floor: 1,
      date: '2026-11-22',
      shift: 'day',
      rows: [{ orderId: o.id, dueDate: '2026-11-22', dueTime: '08:00', status: 'missed', givenTime: null, reason: '外出复诊未归' }],
    });
    const left = missedDoses.read(t.runtime.db, TODAY, TODAY, `${TODAY} 09:00`);
    expect(left.map((d) => [d.due, d.link])).toEqual([['2026-11-22', '/medication?tab=report&floor=1&date=2026-11-22&shift=evening']]);
    expect(left[0]!.title).toContain('1 位老人 1 次给药未记录');
  });
});

describe('药品效期', () => {
  it('lists batches expiring within 90 days, due on the expiry day, overdue once expired', async () => {
    const nurse = await signIn('hushi', 'nurse');
    const batch = (batchNo: string, expiresOn: string) =>
      nurse.call('stock.receive', { name: '呋塞米片', spec: '20mg×100片', unit: '瓶', batchNo, expiresOn, quantity: 2, receivedOn: TODAY, supplier: '医药公司', lowLevel: 0 } as MethodInput<'stock.receive'>);
    await batch('F90', '2027-02-21');
    await batch('F91', '2027-02-22');
    expect(read(drugsExpiring).map(([, d]) => d)).toEqual(['2027-02-21']);
    const later = drugsExpiring.read(t.runtime.db, '2027-02-22', '2027-03-01', '2027-02-22 09:00');
    expect(later.map((d) => [d.due, d.todo.startsWith('已过期'), d.link.startsWith('/stock?drug=')])).toEqual([
      ['2027-02-21', true, true],
      ['2027-02-22', false, true],
    ]);
  });
});

describe('合规问题', () => {
  it('lists every violation the rule checker finds, due today, linking to its fix', async () => {
    const check = await home.call('policy.check', {});
    const violations = check.findings.filter((f) => f.status === 'violation');
    const rows = complianceViolations(() => check.findings).read(t.runtime.db, TODAY, TODAY, `${TODAY} 09:00`);
    expect(rows.map((d) => [d.due, d.link])).toEqual(violations.map((f) => [TODAY, f.link ? f.link.slice(1) : '/compliance']));
  });
});
