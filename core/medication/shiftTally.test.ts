import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { client, directTransport, setUpHome, type Transport } from '../../tests/helpers/app.ts';
import { admitInput, idNumber, TEST_PASSWORD } from '../../tests/helpers/fixtures.ts';
import type { MethodInput } from '../api/methods.ts';
import type { Db } from '../../db/open.ts';
import { openDatabase } from '../../db/open.ts';
import { loadMigrations, migrate } from '../../db/migrate.ts';
import { doseGaps } from './unrecorded.ts';

/**
 * medication_shift_tally (0018) counts the doses recorded per resident and shift, kept by triggers; the 总览's 漏记给药
 * and the self-inspection subtract it from the doses due. It must always equal its defining view.
 */
const tally = (db: Db) => db.prepare('SELECT * FROM medication_shift_tally WHERE doses <> 0 OR not_given <> 0 ORDER BY 1, 2, 3').all();
const source = (db: Db) => db.prepare('SELECT * FROM medication_shift_tally_source ORDER BY 1, 2, 3').all();

let t: Transport;
let home: Awaited<ReturnType<typeof setUpHome>>;
let nurse: ReturnType<typeof client>;
let doctor: ReturnType<typeof client>;
let zhang: number;
let li: number;

async function signIn(username: string, role: 'doctor' | 'nurse') {
  await home.addStaff({ username, displayName: username, role });
  const { body } = await t.raw('auth.signIn', { username, password: TEST_PASSWORD });
  const id = (body as { data: { sessionId: string } }).data.sessionId;
  return client(t, () => id);
}

const order = (residentId: number, over: Partial<MethodInput<'medication.prescribe'>> = {}): MethodInput<'medication.prescribe'> => ({
  residentId,
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
const given = (orderId: number, dueDate: string, dueTime: string) => ({ orderId, dueDate, dueTime, status: 'given' as const, givenTime: dueTime });
const missed = (orderId: number, dueDate: string, dueTime: string) => ({ orderId, dueDate, dueTime, status: 'missed' as const, givenTime: null, reason: '外出复诊未归' });

beforeEach(async () => {
  t = await directTransport();
  home = await setUpHome(t);
  doctor = await signIn('doc', 'doctor');
  nurse = await signIn('hushi', 'nurse');
  zhang = (await home.call('residents.admit', admitInput(home.beds[0]!.bedId, { name: '张秀英', admissionDate: '2026-10-01' }))).id;
  li = (await home.call('residents.admit', admitInput(home.beds[1]!.bedId, { name: '李建国', admissionDate: '2026-10-01', idNumber: idNumber('1944-03-02', true) }))).id;
});
afterEach(() => t.close());

describe('the per-shift tally of recorded doses', () => {
  it('follows every save, correction and removal of a dose, and equals its view', async () => {
    const a = await doctor('medication.prescribe', order(zhang));
    const b = await doctor('medication.prescribe', order(li, { times: ['08:00'], frequency: 'qd' }));
    const db = t.runtime.db;
    await nurse('medication.recordShift', { floor: 1, date: '2026-11-21', shift: 'day', rows: [given(a.id, '2026-11-21', '08:00'), missed(b.id, '2026-11-21', '08:00')] });
    await nurse('medication.recordShift', { floor: 1, date: '2026-11-21', shift: 'evening', rows: [missed(a.id, '2026-11-21', '17:00')] });
    expect(tally(db)).toEqual([
      { shift_date: '2026-11-21', shift: 'day', resident_id: zhang, doses: 1, not_given: 0 },
      { shift_date: '2026-11-21', shift: 'day', resident_id: li, doses: 1, not_given: 1 },
      { shift_date: '2026-11-21', shift: 'evening', resident_id: zhang, doses: 1, not_given: 1 },
    ]);
    // A correction: the missed dose was given after all. Still one dose; no longer a not-given one.
    await nurse('medication.recordShift', { floor: 1, date: '2026-11-21', shift: 'day', rows: [given(b.id, '2026-11-21', '08:00')] });
    expect(tally(db)).toContainEqual({ shift_date: '2026-11-21', shift: 'day', resident_id: li, doses: 1, not_given: 0 });
    expect(tally(db)).toEqual(source(db));
    // No screen removes a dose; a repair by hand must still keep the count.
    db.prepare(`DELETE FROM medication_administrations WHERE order_id = ? AND due_date = '2026-11-21' AND due_time = '17:00'`).run(a.id);
    expect(tally(db)).toEqual(source(db));
    expect(tally(db)).toHaveLength(2);
  });

  it('is filled by the migration from the doses already recorded', () => {
    const all = loadMigrations();
    const at = all.findIndex((m) => m.name === 'dose-tally-open-incidents');
    expect(at).toBeGreaterThan(0);
    const db = openDatabase(':memory:');
    migrate(db, all.slice(0, at));
    const now = '2026-01-01T00:00:00Z';
    db.prepare(`INSERT INTO beds (id, floor, room, bed_no, created_at) VALUES (1, 1, '101', '1', ?)`).run(now);
    db.prepare(
      `INSERT INTO residents (id, name, name_pinyin, name_initials, sex, id_number, birth_date, admission_date, bed_id, payment_type, status, created_at, updated_at)
       VALUES (7, '张秀英', '', '', '女', '110105194001010020', '1940-01-01', '2025-03-04', 1, 'self', 'in_residence', ?, ?)`,
    ).run(now, now);
    db.prepare(
      `INSERT INTO medication_orders (id, resident_id, source, prescriber, drug_name, generic_name, drug_class, spec, dose, route, frequency, times, long_term, start_at, notes, created_at, updated_at)
       VALUES (3, 7, 'clinic', '陈志远', '苯磺酸氨氯地平片', '氨氯地平', '', '5mg', '5mg', '口服', 'bid', '08:00,17:00', 1, '2025-03-04 08:00', '', ?, ?)`,
    ).run(now, now);
    db.prepare(`INSERT INTO medication_rounds (id, date, shift, floor, recorded_at, recorder_name) VALUES (1, '2025-03-05', 'day', 1, ?, '王丽'), (2, '2025-03-05', 'evening', 1, ?, '王丽')`).run(now, now);
    db.prepare(
      `INSERT INTO medication_administrations (order_id, due_date, due_time, status, given_time, reason, round_id)
       VALUES (3, '2025-03-05', '08:00', 'given', '08:05', NULL, 1), (3, '2025-03-05', '17:00', 'refused', NULL, '拒服', 2)`,
    ).run();
    migrate(db, all);
    expect(tally(db)).toEqual([
      { shift_date: '2025-03-05', shift: 'day', resident_id: 7, doses: 1, not_given: 0 },
      { shift_date: '2025-03-05', shift: 'evening', resident_id: 7, doses: 1, not_given: 1 },
    ]);
  });
});

describe('doses nobody recorded (doseGaps)', () => {
  it('counts due − recorded per resident and finished shift, for whole-window orders and for ones that start inside it', async () => {
    const a = await doctor('medication.prescribe', order(zhang));
    // Li's order starts on the 21st at noon: the 21st's 08:00 dose was never due.
    const b = await doctor('medication.prescribe', order(li, { startDate: '2026-11-21', startTime: '12:00' }));
    await nurse('medication.recordShift', { floor: 1, date: '2026-11-21', shift: 'day', rows: [given(a.id, '2026-11-21', '08:00')] });
    await nurse('medication.recordShift', { floor: 1, date: '2026-11-21', shift: 'evening', rows: [given(a.id, '2026-11-21', '17:00'), missed(b.id, '2026-11-21', '17:00')] });
    await nurse('medication.recordShift', { floor: 1, date: '2026-11-22', shift: 'day', rows: [given(a.id, '2026-11-22', '08:00')] });
    const db = t.runtime.db;
    // At 09:00 on the 23rd: the 21st's and 22nd's shifts are over; the 22nd's evening has 2 doses due and none recorded.
    const gaps = doseGaps(db, '2026-11-21', '2026-11-22', '2026-11-23 09:00', 5);
    expect(gaps).toMatchObject({ due: 7, withReason: 1, count: 3, residents: 2 });
    expect(gaps.shifts).toEqual([
      { floor: 1, date: '2026-11-22', shift: 'day', doses: 1, residents: 1 },
      { floor: 1, date: '2026-11-22', shift: 'evening', doses: 2, residents: 2 },
    ]);
    expect(gaps.first.map((d) => `${d.residentName} ${d.dueDate} ${d.dueTime} ${d.shift}`)).toEqual([
      '张秀英 2026-11-22 17:00 evening',
      '李建国 2026-11-22 08:00 day',
      '李建国 2026-11-22 17:00 evening',
    ]);
    // Before the evening shift is over only the day shift counts; with no finished shift nothing is due.
    expect(doseGaps(db, '2026-11-22', '2026-11-22', '2026-11-22 22:59').shifts).toEqual([{ floor: 1, date: '2026-11-22', shift: 'day', doses: 1, residents: 1 }]);
    expect(doseGaps(db, '2026-11-23', '2026-11-23', '2026-11-23 09:00')).toMatchObject({ due: 0, count: 0, shifts: [] });
  });

  it('stops counting on the day a resident leaves', async () => {
    await doctor('medication.prescribe', order(zhang));
    await home.call('residents.leave', { id: zhang, kind: 'discharged', date: '2026-11-22', reason: '回家' } as MethodInput<'residents.leave'>);
    const gaps = doseGaps(t.runtime.db, '2026-11-21', '2026-11-22', '2026-11-23 09:00');
    expect(gaps).toMatchObject({ due: 2, count: 2, residents: 1 });
    expect(gaps.shifts.map((s) => `${s.date} ${s.shift}`)).toEqual(['2026-11-21 day', '2026-11-21 evening']);
  });
});
