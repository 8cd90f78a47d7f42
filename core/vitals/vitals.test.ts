import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { directTransport, setUpHome, snapshot, type Transport } from '../../tests/helpers/app.ts';
import { admitInput, idNumber, TEST_PASSWORD } from '../../tests/helpers/fixtures.ts';
import type { MethodInput } from '../api/methods.ts';
import { trendSvg } from './trendSvg.ts';
import { vitalsTimeline } from './timeline.ts';
import { latestVitals } from './latest.ts';

let t: Transport;
let home: Awaited<ReturnType<typeof setUpHome>>;
let nurse: string;
let people: { id: number; name: string; bed: string }[];

const YESTERDAY = '2026-11-22';
const bed = (label: string) => home.beds.find((b) => b.label === label)!.bedId;

beforeEach(async () => {
  t = await directTransport();
  home = await setUpHome(t);
  people = [];
  for (const [label, name] of [['101-1', '王建国'], ['101-2', '李桂兰'], ['102-1', '张秀英']] as const) {
    const r = await home.call('residents.admit', admitInput(bed(label), { name, idNumber: idNumber('1940-01-01', name === '王建国') }));
    people.push({ id: r.id, name, bed: label });
  }
  await home.addStaff({ username: 'nurse1', displayName: '护士乙', role: 'nurse' });
  const signIn = await t.raw('auth.signIn', { username: 'nurse1', password: TEST_PASSWORD });
  nurse = (signIn.body as { data: { sessionId: string } }).data.sessionId;
});
afterEach(() => t.close());

type Round = MethodInput<'vitals.saveRound'>;
type Row = Round['rows'][number];
const row = (i: number, values: Partial<Row> = {}): Row => ({ residentId: people[i]!.id, sbp: 128, dbp: 78, pulse: 72, temp: 36.5, ...values });
const round = (rows: Row[], extra: Partial<Round> = {}): Round => ({ floor: 1, date: YESTERDAY, shift: 'am', time: '08:00', rows, ...extra });

async function asNurse(method: string, input: unknown) {
  return (await t.raw(method, input, nurse)).body;
}
async function ok<T = Record<string, unknown>>(method: string, input: unknown): Promise<T> {
  const body = await asNurse(method, input);
  if (!body.ok) throw new Error(`${method}: ${body.error.message}`);
  return body.data as T;
}
/** A refusal that leaves every table exactly as it was. */
async function refused(method: string, input: unknown) {
  const before = snapshot(t.runtime);
  const body = await asNurse(method, input);
  expect(body.ok, JSON.stringify(body)).toBe(false);
  expect(snapshot(t.runtime)).toBe(before);
  return body.ok ? null! : body.error;
}
const count = (sql: string) => t.runtime.db.prepare(sql).pluck().get() as number;

describe('一轮测量: one transaction, one audited change', () => {
  it('saves every row of the round with one audit row that counts them and names the abnormal values', async () => {
    const saved = await ok<{ roundId: number; measured: number; abnormal: { text: string }[] }>(
      'vitals.saveRound',
      round([row(0), row(1, { sbp: 182, dbp: 96 }), row(2, { sbp: null, dbp: null, pulse: null, temp: null, absence: 'hospital' })]),
    );
    expect(saved).toMatchObject({ measured: 2, absent: 1, created: true });
    expect(saved.abnormal.map((a) => a.text)).toEqual(['101-2床 李桂兰：血压 182/96 mmHg（3级高血压）']);
    expect(count('SELECT count(*) FROM vital_signs')).toBe(3);
    const audit = t.runtime.db.prepare(`SELECT * FROM audit_log WHERE action = 'vitals.saveRound'`).all() as Record<string, string>[];
    expect(audit).toHaveLength(1);
    expect(audit[0]).toMatchObject({ entity: 'vitalRound', user_role: 'nurse', summary: '1楼 2026-11-22 上午测量：测量 2 人，外出/住院/拒测 1 人，异常 1 人（101-2床 李桂兰：血压 182/96 mmHg（3级高血压））' });
    expect(JSON.parse(audit[0]!.after_json!)).toMatchObject({ measured: 2, absent: ['102-1床 张秀英：住院'] });
  });

  it('refuses the whole round when one row is bad, naming its bed, name and field; nothing is written', async () => {
    const error = await refused('vitals.saveRound', round([row(0), row(1, { sbp: 400 }), row(2)]));
    expect(error).toEqual({ code: 'VALIDATION', field: 'rows.1.sbp', message: '101-2床 李桂兰：收缩压 400 mmHg 不可能，请核对（应在 40–300 mmHg 之间）。整张测量表未保存。' });
    const temp = await refused('vitals.saveRound', round([row(0, { temp: 50 }), row(1, { pulse: 300 })]));
    expect(temp).toMatchObject({ field: 'rows.0.temp', message: expect.stringMatching(/^101-1床 王建国：体温 50 ℃ 不可能.*（另有 1 处有误）。整张测量表未保存。$/) });
    expect(count('SELECT count(*) FROM vital_signs') + count('SELECT count(*) FROM vital_rounds')).toBe(0);
  });

  it('asks before saving unusual values, then saves and flags them', async () => {
    const asked = await refused('vitals.saveRound', round([row(0, { sbp: 230, dbp: 120 })]));
    expect(asked).toMatchObject({ code: 'CONFLICT', field: 'confirmUnusual', message: expect.stringContaining('101-1床 王建国 收缩压 230 mmHg（常见范围 70–220）') });
    const saved = await ok<{ abnormal: { text: string }[] }>('vitals.saveRound', round([row(0, { sbp: 230, dbp: 120 })], { confirmUnusual: true }));
    expect(saved.abnormal[0]!.text).toContain('3级高血压');
  });

  it.each([
    [{ date: '2026-11-24' }, 'date', '测量日期不能晚于今天'],
    [{ date: '2026-11-23', time: '23:59' }, 'time', '还没到，不能录入将来的测量'],
    [{ date: '2026-10-31' }, 'rows.0.residentId', '101-1床 王建国：测量日期 2026-10-31 早于入住日期 2026-11-01'],
    [{ time: '8点' }, 'time', '测量时间格式应为“时:分”'],
    [{ rows: [] }, 'rows', '测量表是空的'],
  ])('refuses %j', async (extra, field, message) => {
    const error = await refused('vitals.saveRound', round([row(0)], extra as Partial<Round>));
    expect(error.field).toBe(field);
    expect(error.message).toContain(message);
  });

  it('refuses a 10,000-character note, a resident twice, and numbers beside 外出/住院', async () => {
    expect(await refused('vitals.saveRound', round([row(0, { note: '长'.repeat(10_000) })]))).toMatchObject({ field: 'rows.0.note', message: '备注不能超过 200 个字' });
    expect((await refused('vitals.saveRound', round([row(0), row(0)]))).message).toContain('101-1床 王建国 在表中出现了两次（第 1 行和第 2 行）');
    expect(await refused('vitals.saveRound', round([row(0, { absence: 'out' })]))).toMatchObject({ field: 'rows.0.absence', message: expect.stringContaining('已标为“外出”') });
  });

  it('records a resident who has left only as a late entry with a reason, and not after they left', async () => {
    await home.call('residents.leave', { id: people[1]!.id, kind: 'discharged', date: YESTERDAY, reason: '家属接回' });
    const noReason = await refused('vitals.saveRound', round([row(0), row(1)]));
    expect(noReason).toMatchObject({ field: 'lateReason', message: expect.stringContaining('101-2床 李桂兰 已于 2026-11-22 离院：补录离院老人的测量，请填写补录原因') });
    await ok('vitals.saveRound', round([row(0), row(1)], { lateReason: '纸质测量表今天才交回' }));
    expect(count(`SELECT count(*) FROM vital_signs WHERE late_reason = '纸质测量表今天才交回'`)).toBe(1);
    const after = await refused('vitals.saveRound', round([row(1)], { date: '2026-11-23', time: '00:30', lateReason: '补录' }));
    expect(after.message).toContain('已于 2026-11-22 离院，不能录入此后的测量');
  });

  it('lets only those who record vitals save a round', async () => {
    await home.addStaff({ username: 'carer', displayName: '护理员丙', role: 'caregiver' });
    const s = (await t.raw('auth.signIn', { username: 'carer', password: TEST_PASSWORD })).body as { data: { sessionId: string } };
    const before = snapshot(t.runtime);
    const { body } = await t.raw('vitals.saveRound', round([row(0)]), s.data.sessionId);
    expect(body.ok ? null : body.error.code).toBe('FORBIDDEN');
    expect(snapshot(t.runtime)).toBe(before);
    expect((await t.raw('vitals.abnormal', {}, s.data.sessionId)).body.ok).toBe(true);
  });
});

describe('更正一轮测量', () => {
  it('rewrites the changed rows, takes back an emptied one, and logs their old and new values', async () => {
    const first = await ok<{ revision: number }>('vitals.saveRound', round([row(0), row(1), row(2)]));
    const again = await refused('vitals.saveRound', round([row(0)]));
    expect(again).toMatchObject({ code: 'CONFLICT', field: 'revision', message: expect.stringContaining('护士乙 保存过') });
    const corrected = await ok<{ changed: number; revision: number }>(
      'vitals.saveRound',
      round([row(0), row(1, { sbp: 138 }), { residentId: people[2]!.id }], { revision: first.revision }),
    );
    expect(corrected).toMatchObject({ changed: 2, revision: 2 });
    expect(count('SELECT count(*) FROM vital_signs WHERE deleted_at IS NOT NULL')).toBe(1);
    const audit = t.runtime.db.prepare(`SELECT summary, before_json, after_json FROM audit_log WHERE action = 'vitals.saveRound' ORDER BY id DESC LIMIT 1`).get() as Record<string, string>;
    expect(audit.summary).toBe('更正 1楼 2026-11-22 上午测量：改动 2 人（101-2床 李桂兰、102-1床 张秀英）');
    expect(JSON.parse(audit.before_json!).readings).toEqual(['101-2床 李桂兰：血压 128/78 脉搏 72 体温 36.5', '102-1床 张秀英：血压 128/78 脉搏 72 体温 36.5']);
    expect(JSON.parse(audit.after_json!).readings).toEqual(['101-2床 李桂兰：血压 138/78 脉搏 72 体温 36.5', '102-1床 张秀英：（已清空）']);
    // A stale revision (another nurse saved meanwhile) is refused; the same rows again change nothing.
    expect(await refused('vitals.saveRound', round([row(0)], { revision: first.revision }))).toMatchObject({ field: 'revision' });
    const before = count('SELECT count(*) FROM audit_log');
    await ok('vitals.saveRound', round([row(0), row(1, { sbp: 138 })], { revision: 2 }));
    expect(count('SELECT count(*) FROM audit_log')).toBe(before);
  });

  it('shows a saved round in the grid of its floor, day and shift', async () => {
    await ok('vitals.saveRound', round([row(0, { temp: 38.6 })]));
    const grid = await ok<{ round: { revision: number; time: string }; rows: { bedLabel: string; reading: { values: { temp: number }; flags: { label: string }[] } | null }[] }>(
      'vitals.round',
      { floor: 1, date: YESTERDAY, shift: 'am' },
    );
    expect(grid.round).toMatchObject({ revision: 1, time: '08:00' });
    expect(grid.rows.map((r) => r.bedLabel)).toEqual(['101-1', '101-2', '102-1']);
    expect(grid.rows[0]!.reading).toMatchObject({ values: { temp: 38.6 }, flags: [{ label: '中等热' }] });
    expect(grid.rows[1]!.reading).toBeNull();
  });
});

describe('单独录入、补录、删除与恢复', () => {
  const reading = (extra: Partial<MethodInput<'vitals.record'>> = {}): MethodInput<'vitals.record'> => ({ residentId: people[0]!.id, date: YESTERDAY, time: '10:15', spo2: 88, ...extra });

  it('records a reading on its own with a height for BMI, and refuses a second one in the same minute', async () => {
    await ok('vitals.record', reading({ spo2: null, height: 160.5, weight: 80 }));
    expect(latestVitals(t.runtime.db, people[0]!.id).bmi).toBe(31.1);
    const twice = await refused('vitals.record', reading());
    expect(twice).toMatchObject({ code: 'CONFLICT', field: 'time' });
    expect((await refused('vitals.record', reading({ spo2: 101, time: '10:16' }))).message).toBe('血氧饱和度 101 % 不可能：血氧饱和度不会超过 100%');
    expect((await refused('vitals.record', reading({ spo2: null, time: '10:17' }))).message).toBe('请至少填写一项数值');
  });

  it('a late entry for a resident who has left needs a reason and a day up to when they left', async () => {
    await home.call('residents.leave', { id: people[0]!.id, kind: 'deceased', date: YESTERDAY, reason: '病故' });
    expect(await refused('vitals.record', reading())).toMatchObject({ field: 'lateReason', message: expect.stringContaining('已于 2026-11-22 去世') });
    await ok('vitals.record', reading({ lateReason: '抢救记录补录' }));
    const audit = t.runtime.db.prepare(`SELECT summary FROM audit_log WHERE action = 'vitals.record'`).pluck().get() as string;
    expect(audit).toBe('补录生命体征：101-1床 王建国（2026-11-22 10:15）血氧 88%；异常：血氧 88%（低氧血症）；补录原因：抢救记录补录');
  });

  it('deletes a reading entered in error (kept, left out of trends) and the director restores it', async () => {
    await ok('vitals.record', reading());
    const takenAt = (await ok<{ rows: { takenAt: number }[] }>('vitals.readings', { residentId: people[0]!.id })).rows[0]!.takenAt;
    expect(await refused('vitals.remove', { residentId: people[0]!.id, takenAt, reason: '' })).toMatchObject({ field: 'reason' });
    await ok('vitals.remove', { residentId: people[0]!.id, takenAt, reason: '录错了老人' });
    const trend = await ok<{ count: number }>('vitals.trend', { residentId: people[0]!.id, measure: 'spo2', range: '7d' });
    expect(trend.count).toBe(0);
    expect((await asNurse('vitals.restore', { residentId: people[0]!.id, takenAt })).ok).toBe(false);
    await home.call('vitals.restore', { residentId: people[0]!.id, takenAt });
    expect((await ok<{ count: number }>('vitals.trend', { residentId: people[0]!.id, measure: 'spo2', range: '7d' })).count).toBe(1);
  });
});

describe('趋势、今日异常、时间线', () => {
  it('trends a measure with its band and abnormal points, lists today’s abnormal readings, and draws the trend as SVG', async () => {
    await ok('vitals.saveRound', round([row(0, { temp: 37.8 }), row(1)]));
    await ok('vitals.saveRound', round([row(0, { temp: 39.4 }), row(1, { sbp: 96, dbp: 58 })], { date: '2026-11-23', time: '00:30' }));
    const trend = await ok<{ series: { points: [number, number, number][] }[]; bands: unknown[]; bandText: string; sources: { unverified: boolean }[] }>('vitals.trend', {
      residentId: people[0]!.id,
      measure: 'temp',
      range: '7d',
    });
    expect(trend.series[0]!.points.map(([, v, level]) => [v, level])).toEqual([[37.8, 1], [39.4, 2]]);
    expect(trend.bands).toEqual([{ series: 'temp', min: 36, max: 37 }]);
    expect(trend.bandText).toBe('正常范围（腋温）36.0–37.0 ℃');
    expect(trend.sources[0]!.unverified).toBe(true);

    const today = await ok<{ rows: { bedLabel: string; level: string; flags: { label: string; value: string }[] }[]; residents: number; measured: number }>('vitals.abnormal', {});
    expect(today.rows.map((r) => [r.bedLabel, r.level, r.flags.map((f) => `${f.label} ${f.value}`)])).toEqual([
      ['101-1', 'severe', ['高热 39.4 ℃']],
      ['101-2', 'mild', ['血压偏低 96/58 mmHg']],
    ]);
    expect(today).toMatchObject({ residents: 2, measured: 2 });

    const svg = trendSvg((await ok('vitals.trend', { residentId: people[0]!.id, measure: 'temp', range: '30d' })) as never);
    expect(svg.startsWith('<svg')).toBe(true);
    expect(svg).toContain('℃');

    const timeline = vitalsTimeline(t.runtime.db, people[0]!.id, YESTERDAY, '2026-11-23');
    expect(timeline.map((e) => [e.date, e.abnormal])).toEqual([
      [YESTERDAY, ['体温 37.8 ℃（低热）']],
      ['2026-11-23', ['体温 39.4 ℃（高热）']],
    ]);
  });
});
