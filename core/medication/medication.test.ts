import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { client, directTransport, setUpHome, snapshot, type Transport } from '../../tests/helpers/app.ts';
import { admitInput, idNumber, TEST_PASSWORD } from '../../tests/helpers/fixtures.ts';
import type { MethodInput } from '../api/methods.ts';

let t: Transport;
let home: Awaited<ReturnType<typeof setUpHome>>;
const sessions: Record<string, string> = {};
let as: Record<'doctor' | 'nurse' | 'caregiver', ReturnType<typeof client>>;
let zhang: number;
let li: number;

async function signIn(username: string, displayName: string, role: 'doctor' | 'nurse' | 'caregiver') {
  await home.addStaff({ username, displayName, role });
  const { body } = await t.raw('auth.signIn', { username, password: TEST_PASSWORD });
  sessions[role] = (body as { data: { sessionId: string } }).data.sessionId;
  return client(t, () => sessions[role]);
}

beforeEach(async () => {
  t = await directTransport();
  home = await setUpHome(t);
  as = { doctor: await signIn('doc', '陈志远', 'doctor'), nurse: await signIn('hushi', '王丽', 'nurse'), caregiver: await signIn('huli', '赵芳', 'caregiver') };
  zhang = (await home.call('residents.admit', admitInput(home.beds[0]!.bedId, { name: '张秀英', admissionDate: '2026-10-01' }))).id;
  li = (await home.call('residents.admit', admitInput(home.beds[1]!.bedId, { name: '李建国', admissionDate: '2026-10-01', idNumber: idNumber('1944-03-02', true) }))).id;
});
afterEach(() => t.close());

const order = (over: Partial<MethodInput<'medication.prescribe'>> = {}): MethodInput<'medication.prescribe'> => ({
  residentId: zhang,
  drugCode: 'D004',
  drugName: '苯磺酸氨氯地平片',
  dose: '5mg',
  route: '口服',
  frequency: 'bid',
  times: ['08:00', '17:00'],
  longTerm: true,
  startDate: '2026-11-01',
  startTime: '08:00',
  ...over,
});

async function refused(role: string, method: string, input: unknown) {
  const before = snapshot(t.runtime);
  const { body } = await t.raw(method, input, sessions[role]);
  expect(body.ok, JSON.stringify(body)).toBe(false);
  expect(snapshot(t.runtime)).toBe(before);
  return body.ok ? null! : body.error;
}

const given = (orderId: number, dueTime: string, givenTime = dueTime) => ({ orderId, dueDate: '2026-11-20', dueTime, status: 'given' as const, givenTime });

describe('医嘱', () => {
  it('the doctor prescribes; the catalogue fills generic name, class and spec; audited in words', async () => {
    const o = await as.doctor('medication.prescribe', order());
    expect(o).toMatchObject({ prescriber: '陈志远', genericName: '氨氯地平', drugClass: '二氢吡啶类钙通道阻滞剂', spec: '5mg', startAt: '2026-11-01 08:00', stopAt: null });
    const log = await home.call('audit.list', { entity: 'medicationOrder' });
    expect(log.rows[0]!.summary).toBe('开具长期医嘱：张秀英 苯磺酸氨氯地平片 5mg 口服');
  });

  it('a nurse only transcribes another hospital’s prescription; a caregiver never writes orders', async () => {
    expect(await refused('nurse', 'medication.prescribe', order())).toMatchObject({ code: 'FORBIDDEN', field: 'source' });
    const o = await as.nurse('medication.prescribe', order({ source: 'external', prescriber: '鼓楼医院 刘医生' }));
    expect(o.prescriber).toBe('鼓楼医院 刘医生');
    expect(await refused('caregiver', 'medication.prescribe', order())).toMatchObject({ code: 'FORBIDDEN' });
    expect(await refused('caregiver', 'medication.stop', { id: o.id, date: '2026-11-21', time: '08:00', reason: '血压平稳' })).toMatchObject({ code: 'FORBIDDEN' });
  });

  it('refuses bad orders naming the field, writing nothing', async () => {
    expect(await refused('doctor', 'medication.prescribe', order({ times: ['08:00', '08:00'] }))).toMatchObject({ field: 'times' });
    expect(await refused('doctor', 'medication.prescribe', order({ longTerm: false }))).toMatchObject({ field: 'frequency' });
    expect(await refused('doctor', 'medication.prescribe', order({ stopDate: '2026-10-31' }))).toMatchObject({ field: 'stopDate' });
    expect(await refused('doctor', 'medication.prescribe', order({ drugCode: 'X1' }))).toMatchObject({ field: 'drugCode' });
    expect(await refused('doctor', 'medication.prescribe', order({ startDate: '2026-09-30' }))).toMatchObject({ field: 'startDate', message: expect.stringContaining('不在院') });
  });
});

describe('本班给药（eMAR）', () => {
  let amlo: number;
  let metf: number;
  beforeEach(async () => {
    amlo = (await as.doctor('medication.prescribe', order())).id;
    metf = (await as.doctor('medication.prescribe', order({ residentId: li, drugCode: 'D010', drugName: '盐酸二甲双胍缓释片', dose: '0.5g', frequency: 'tid', times: ['08:00', '12:00', '17:00'] }))).id;
  });

  it('lists a floor’s doses due in a shift, by bed, for caregivers too', async () => {
    const due = await as.caregiver('medication.due', { floor: 1, date: '2026-11-20', shift: 'day' });
    expect(due.map((r) => [r.name, r.doses.map((d) => `${d.drugName} ${d.dueTime}`)])).toEqual([
      ['张秀英', ['苯磺酸氨氯地平片 08:00']],
      ['李建国', ['盐酸二甲双胍缓释片 08:00', '盐酸二甲双胍缓释片 12:00']],
    ]);
    expect(await as.caregiver('medication.due', { floor: 2, date: '2026-11-20', shift: 'day' })).toEqual([]);
  });

  it('saves a whole floor in one audited change; the missed and late doses show on the report', async () => {
    const saved = await as.caregiver('medication.recordShift', {
      floor: 1,
      date: '2026-11-20',
      shift: 'day',
      rows: [given(amlo, '08:00'), given(metf, '08:00', '09:30'), { orderId: metf, dueDate: '2026-11-20', dueTime: '12:00', status: 'missed', givenTime: null, reason: '外出复诊未归' }],
    });
    expect(saved).toMatchObject({ given: 2, missed: 1, late: 1 });
    const due = await as.nurse('medication.due', { floor: 1, date: '2026-11-20', shift: 'day' });
    expect(due[1]!.doses.map((d) => [d.status, d.recordedBy])).toEqual([
      ['given', '赵芳'],
      ['missed', '赵芳'],
    ]);
    const log = await home.call('audit.list', { entity: 'medicationRound' });
    expect(log.rows).toHaveLength(1);
    expect(log.rows[0]!.summary).toBe('记录给药：1 楼 2026-11-20 白班，3 次');
    expect(log.rows[0]!.changes.find((c) => c.label === '未给药及迟给')!.after).toEqual([
      '李建国 盐酸二甲双胍缓释片 08:00：迟给，09:30 给药',
      '李建国 盐酸二甲双胍缓释片 12:00：漏给（外出复诊未归）',
    ]);
    const report = await as.nurse('medication.exceptions', { date: '2026-11-20', shift: 'day', floor: 1 });
    expect(report.rows.map((r) => [r.residentName, r.dueTime, r.kind])).toEqual([
      ['李建国', '08:00', 'late'],
      ['李建国', '12:00', 'missed'],
    ]);
    // The evening shift is over by the test's clock (23 Nov): what nobody recorded is on the report as 未记录.
    const evening = await as.nurse('medication.exceptions', { date: '2026-11-20', shift: 'evening', floor: null });
    expect(evening.rows.map((r) => [r.residentName, r.kind])).toEqual([
      ['张秀英', 'unrecorded'],
      ['李建国', 'unrecorded'],
    ]);
  });

  it('one bad row refuses the whole save, naming the row; nothing is written', async () => {
    const rows = [given(amlo, '08:00'), { orderId: metf, dueDate: '2026-11-20', dueTime: '12:00', status: 'missed' as const, givenTime: null, reason: '' }];
    expect(await refused('nurse', 'medication.recordShift', { floor: 1, date: '2026-11-20', shift: 'day', rows })).toMatchObject({
      code: 'VALIDATION',
      field: 'rows.1.reason',
      message: '第 2 行（李建国 盐酸二甲双胍缓释片 12:00）：漏给请填写原因',
    });
    expect(
      await refused('nurse', 'medication.recordShift', { floor: 1, date: '2026-11-20', shift: 'day', rows: [{ ...given(amlo, '08:00'), givenTime: null }] }),
    ).toMatchObject({ field: 'rows.0.givenTime' });
    expect(await refused('nurse', 'medication.recordShift', { floor: 1, date: '2026-11-20', shift: 'day', rows: [given(amlo, '17:00')] })).toMatchObject({
      field: 'rows.0.orderId',
      message: expect.stringContaining('没有 17:00 的给药'),
    });
    expect(await refused('nurse', 'medication.recordShift', { floor: 2, date: '2026-11-20', shift: 'day', rows: [given(amlo, '08:00')] })).toMatchObject({
      message: expect.stringContaining('不住在 2 楼'),
    });
  });

  it('refuses a dose for a stopped order and for a resident who has left', async () => {
    await as.doctor('medication.stop', { id: amlo, date: '2026-11-19', time: '12:00', reason: '血压偏低' });
    expect(await refused('nurse', 'medication.recordShift', { floor: 1, date: '2026-11-20', shift: 'day', rows: [given(amlo, '08:00')] })).toMatchObject({
      field: 'rows.0.orderId',
      message: '第 1 行（张秀英 苯磺酸氨氯地平片 08:00）：医嘱已于 2026-11-19 12:00 停止（血压偏低），不能再记录给药',
    });
    await home.call('residents.leave', { id: li, kind: 'discharged', date: '2026-11-20', reason: '回家休养' });
    expect(await refused('nurse', 'medication.recordShift', { floor: 1, date: '2026-11-20', shift: 'day', rows: [given(metf, '08:00')] })).toMatchObject({
      message: '第 1 行（李建国 盐酸二甲双胍缓释片 08:00）：李建国 已于 2026-11-20 离院，不能记录给药',
    });
    expect(await as.nurse('medication.due', { floor: 1, date: '2026-11-20', shift: 'day' })).toEqual([]);
  });

  it('a stop after doses already recorded is refused; the MAR shows the month as a grid', async () => {
    await as.nurse('medication.recordShift', {
      floor: 1,
      date: '2026-11-20',
      shift: 'day',
      rows: [given(amlo, '08:00'), { orderId: metf, dueDate: '2026-11-20', dueTime: '08:00', status: 'refused', givenTime: null, reason: '老人拒服' }],
    });
    expect(await refused('doctor', 'medication.stop', { id: amlo, date: '2026-11-20', time: '07:00', reason: '停药' })).toMatchObject({ field: 'date' });
    const mar = await as.nurse('medication.mar', { residentId: li, month: '2026-11' });
    expect(mar.lines.map((l) => l.time)).toEqual(['08:00', '12:00', '17:00']);
    expect(mar.lines[0]!.marks[19]).toBe('拒');
    expect(mar.lines[0]!.marks[0]).toBe('—');
    expect(mar.notes).toEqual([{ date: '2026-11-20', time: '08:00', drugName: '盐酸二甲双胍缓释片', mark: '拒', text: '老人拒服（王丽）' }]);
    // The test's clock is 23 Nov 01:00: the 22 days before are due, the rest of the month is left blank.
    expect(mar.totals).toMatchObject({ due: 22 * 3, refused: 1, given: 0, unrecorded: 22 * 3 - 1 });
    expect(mar.lines[0]!.marks[22]).toBe('');
  });
});
