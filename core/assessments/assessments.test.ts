import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { directTransport, setUpHome, snapshot, type Transport } from '../../tests/helpers/app.ts';
import { admitInput, idNumber } from '../../tests/helpers/fixtures.ts';
import { GBT42195 } from './scales/gbt42195.data.ts';
import { BRADEN } from './scales/braden.ts';
import { MORSE } from './scales/morse.ts';
import { answersWithTotal } from './scales/testing.ts';
import type { AbilityInput } from './schema.ts';

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

const none: AbilityInput['context'] = { coma: false, diagnoses: [], riskEvents: {} };
const ability = (residentId: number, total: number, over: Partial<AbilityInput> = {}): AbilityInput => ({
  residentId,
  scale: 'gbt42195',
  assessedOn: '2026-11-10',
  reason: 'first',
  assessors: ['护士甲', '护士乙'],
  answers: answersWithTotal(GBT42195, total),
  context: none,
  notes: '',
  lateReason: '',
  ...over,
});
const rosterRow = async (id: number) => (await home.call('residents.list', { status: 'all' })).rows.find((r) => r.id === id)!;

describe('能力等级 on the roster follows the latest ability assessment', () => {
  it('is 未评估 on admission, then the final level of the latest assessment, and falls back when that one is removed', async () => {
    const r = await home.call('residents.admit', admitInput(bed('101-1')));
    expect(await rosterRow(r.id)).toMatchObject({ careLevel: null, careLevelSource: null });

    await home.call('assessments.save', ability(r.id, 75));
    expect(await rosterRow(r.id)).toMatchObject({ careLevel: 1, careLevelSource: 'assessment' });

    const later = await home.call('assessments.save', ability(r.id, 40, { assessedOn: '2026-11-20', reason: 'immediate' }));
    expect(later).toMatchObject({ total: 40, levelLabel: '重度失能' });
    expect(await rosterRow(r.id)).toMatchObject({ careLevel: 3 });
    expect((await home.call('residents.list', { careLevel: 3 })).rows.map((x) => x.id)).toEqual([r.id]);

    await home.call('assessments.remove', { id: later.id, reason: '录错老人' });
    expect(await rosterRow(r.id)).toMatchObject({ careLevel: 1 });
  });

  it('takes an external level brought at admission (外部评估) until the home assesses', async () => {
    const r = await home.call(
      'residents.admit',
      admitInput(bed('101-1'), { externalAssessment: { assessedOn: '2026-09-01', source: '区长护险评估中心', level: 2 } }),
    );
    expect(await rosterRow(r.id)).toMatchObject({ careLevel: 2, careLevelSource: 'external' });
    await home.call('assessments.save', ability(r.id, 90));
    expect(await rosterRow(r.id)).toMatchObject({ careLevel: 0, careLevelSource: 'assessment' });
  });
});

describe('assessments.score: the same function the save uses', () => {
  it('returns domain totals, total, preliminary and final level with reasons', async () => {
    const scored = await home.call('assessments.score', { scale: 'gbt42195', answers: answersWithTotal(GBT42195, 75), context: none });
    expect(scored.complete).toBe(true);
    if (!scored.complete) return;
    expect(scored.result.total).toBe(75);
    expect(scored.result.parts).toHaveLength(4);
    expect(scored.result.level.label).toBe('轻度失能');
  });

  it('scores a form being filled (partial) without a level, naming the items still open', async () => {
    const answers: Record<string, string | number> = { ...answersWithTotal(BRADEN, 12) };
    delete answers.sensory;
    const scored = await home.call('assessments.score', { scale: 'braden', answers, partial: true });
    expect(scored).toMatchObject({ complete: false, missing: ['sensory'] });
  });
});

describe('refusals: a clear zh-CN error and nothing written', () => {
  let residentId: number;
  beforeEach(async () => {
    residentId = (await home.call('residents.admit', admitInput(bed('101-1'), { admissionDate: '2026-11-01' }))).id;
  });

  it('refuses an unanswered item, naming it', async () => {
    const answers: Record<string, string | number> = { ...answersWithTotal(GBT42195, 75) };
    delete answers['B.2.3'];
    expect(await refused('assessments.save', ability(residentId, 75, { answers }))).toMatchObject({ field: 'answers.B.2.3', message: expect.stringContaining('不能空项') });
  });

  it('refuses an option not in the item\'s list', async () => {
    const answers = { ...answersWithTotal(GBT42195, 75), 'B.1.1': 'zzz' };
    expect(await refused('assessments.save', ability(residentId, 75, { answers }))).toMatchObject({ field: 'answers.B.1.1', message: expect.stringContaining('不在选项中') });
  });

  it.each([
    ['2026-10-31', '不能早于入住日期'],
    ['2026-11-24', '不能晚于今天'],
  ])('refuses an assessment dated %s', async (assessedOn, message) => {
    expect(await refused('assessments.save', ability(residentId, 75, { assessedOn }))).toMatchObject({ field: 'assessedOn', message: expect.stringContaining(message) });
  });

  it('refuses one assessor only (the profile asks for two) and a 10,000-character note', async () => {
    expect(await refused('assessments.save', ability(residentId, 75, { assessors: ['护士甲', '护士甲'] }))).toMatchObject({ field: 'assessors' });
    expect(await refused('assessments.save', ability(residentId, 75, { notes: 'x'.repeat(10_000) }))).toMatchObject({ field: 'notes' });
  });

  it('takes a record for a resident who left only as a late entry with a reason, dated before the leaving', async () => {
    await home.call('residents.leave', { id: residentId, kind: 'discharged', date: '2026-11-15', reason: '回家' });
    expect(await refused('assessments.save', ability(residentId, 75))).toMatchObject({ field: 'lateReason', message: expect.stringContaining('补记') });
    expect(await refused('assessments.save', ability(residentId, 75, { assessedOn: '2026-11-20', lateReason: '纸质记录补录' }))).toMatchObject({ field: 'assessedOn' });
    const late = await home.call('assessments.save', ability(residentId, 75, { lateReason: '纸质记录补录' }));
    expect(late.lateReason).toBe('纸质记录补录');
  });
});

describe("the nurse's lists", () => {
  it('lists residents at high pressure-injury or fall risk, and the required assessments never done or overdue', async () => {
    const a = (await home.call('residents.admit', admitInput(bed('101-1'), { name: '王建国', idNumber: idNumber('1938-07-09', true) }))).id;
    const b = (await home.call('residents.admit', admitInput(bed('101-2'), { name: '李桂兰', idNumber: idNumber('1940-01-01', false) }))).id;
    const common = { assessedOn: '2026-11-10', assessors: ['护士甲'], notes: '', lateReason: '' };
    await home.call('assessments.save', { ...common, residentId: a, scale: 'braden', answers: answersWithTotal(BRADEN, 11) });
    await home.call('assessments.save', { ...common, residentId: b, scale: 'braden', answers: answersWithTotal(BRADEN, 20) });
    await home.call('assessments.save', { ...common, residentId: b, scale: 'morse', answers: answersWithTotal(MORSE, 60) });

    const high = await home.call('assessments.highRisk', {});
    expect(high.rows.map((r) => [r.name, r.braden?.levelLabel ?? null, r.morse?.levelLabel ?? null])).toEqual([
      ['王建国', expect.any(String), null],
      ['李桂兰', null, expect.any(String)],
    ]);
    expect(high.counts).toEqual({ pressure: 1, fall: 1 });

    const due = await home.call('assessments.due', {});
    const never = due.rows.filter((r) => r.status === 'never').map((r) => `${r.name}:${r.track}`);
    expect(never.sort()).toEqual(['李桂兰:ability', '王建国:ability', '王建国:morse'].sort());
    // Braden 高危 is re-assessed within days: by today it is overdue or due.
    expect(due.rows.some((r) => r.name === '王建国' && r.track === 'braden' && ['overdue', 'due', 'soon'].includes(r.status))).toBe(true);
  });
});
