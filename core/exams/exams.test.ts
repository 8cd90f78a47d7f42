import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { directTransport, setUpHome, snapshot, type Transport } from '../../tests/helpers/app.ts';
import { admitInput, idNumber } from '../../tests/helpers/fixtures.ts';
import { seededRandom } from '../demo/random.ts';
import { sampleExam } from '../demo/examSample.ts';
import { examWindowStart } from './queries.ts';

let t: Transport;
let home: Awaited<ReturnType<typeof setUpHome>>;
const bed = (label: string) => home.beds.find((b) => b.label === label)!.bedId;

beforeEach(async () => {
  t = await directTransport();
  home = await setUpHome(t);
});
afterEach(() => t.close());

async function refused(method: string, input: unknown) {
  const before = snapshot(t.runtime);
  const { body } = await t.raw(method, input, home.session);
  expect(body.ok, JSON.stringify(body)).toBe(false);
  expect(snapshot(t.runtime)).toBe(before);
  return body.ok ? null! : body.error;
}

const exam = (residentId: number, examOn = '2026-11-10') => sampleExam(seededRandom(7), residentId, examOn, '李医生');

describe('the annual exam of residents aged 65+', () => {
  it('lists those 65+ without this year\'s exam and the completion rate; 64-year-olds are not due', async () => {
    const a = (await home.call('residents.admit', admitInput(bed('101-1'), { name: '王建国', idNumber: idNumber('1938-07-09', true), admissionDate: '2026-01-05' }))).id;
    const b = (await home.call('residents.admit', admitInput(bed('101-2'), { name: '李桂兰', idNumber: idNumber('1961-11-23', false) }))).id;
    await home.call('residents.admit', admitInput(bed('102-1'), { name: '赵德明', idNumber: idNumber('1961-11-24', true) }));
    let due = await home.call('exams.due', {});
    expect(due).toMatchObject({ eligible: 2, done: 0, rate: 0, total: 2, since: '2026-01-01' });
    expect(due.period).toMatchObject({ mode: 'calendar-year', unverified: true });

    // An exam this calendar year takes the resident off the list.
    await home.call('exams.save', { ...exam(a, '2026-01-10') });
    due = await home.call('exams.due', {});
    expect(due).toMatchObject({ eligible: 2, done: 1, rate: 50, total: 1 });
    expect(due.rows.map((r) => r.residentId)).toEqual([b]);
  });

  it('scores the 生活自理能力 table and the 33 TCM questions on save, one exam a year', async () => {
    const a = (await home.call('residents.admit', admitInput(bed('101-1'), { idNumber: idNumber('1938-07-09', true) }))).id;
    const saved = await home.call('exams.save', exam(a));
    expect(saved.selfcare.total).toBeGreaterThanOrEqual(0);
    expect(saved.tcm.result.level.label).toEqual(expect.any(String));
    expect(await refused('exams.save', exam(a, '2026-11-12'))).toMatchObject({ code: 'CONFLICT', field: 'examOn' });
    const timeline = await home.call('records.timeline', { residentId: a });
    expect(timeline.entries.map((e) => e.source)).toContain('exam');
  });

  it('refuses a missing TCM answer and an exam dated in the future, writing nothing', async () => {
    const a = (await home.call('residents.admit', admitInput(bed('101-1'), { idNumber: idNumber('1938-07-09', true) }))).id;
    const input = exam(a);
    const answers: Record<string, string | number> = { ...input.tcm.answers };
    delete answers.Q9;
    expect(await refused('exams.save', { ...input, tcm: { ...input.tcm, answers } })).toMatchObject({ field: 'tcm.answers.Q9' });
    expect(await refused('exams.save', exam(a, '2026-11-24'))).toMatchObject({ field: 'examOn', message: expect.stringContaining('不能晚于今天') });
  });

  it('counts “this year” by the profile\'s reading: the calendar year, or 12 months back', () => {
    expect(examWindowStart('calendar-year', '2026-11-23')).toBe('2026-01-01');
    expect(examWindowStart('rolling-12-months', '2026-11-23')).toBe('2025-11-24');
  });
});
