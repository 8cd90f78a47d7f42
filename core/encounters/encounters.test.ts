import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { client, directTransport, setUpHome, snapshot, type Transport } from '../../tests/helpers/app.ts';
import { admitInput, TEST_PASSWORD } from '../../tests/helpers/fixtures.ts';
import type { MethodInput } from '../api/methods.ts';

let t: Transport;
let home: Awaited<ReturnType<typeof setUpHome>>;
let doctorSession: string;
let doctorId: number;
let asDoctor: ReturnType<typeof client>;
let residentId: number;

beforeEach(async () => {
  t = await directTransport();
  home = await setUpHome(t);
  const doctor = await home.addStaff({ username: 'doc', displayName: '陈志远', role: 'doctor' });
  doctorId = doctor.id;
  const { body } = await t.raw('auth.signIn', { username: 'doc', password: TEST_PASSWORD });
  doctorSession = (body as { data: { sessionId: string } }).data.sessionId;
  asDoctor = client(t, () => doctorSession);
  residentId = (await home.call('residents.admit', admitInput(home.beds[0]!.bedId, { name: '张秀英', admissionDate: '2026-10-01' }))).id;
});
afterEach(() => t.close());

const encounter = (over: Partial<MethodInput<'encounters.save'>> = {}): MethodInput<'encounters.save'> => ({
  residentId,
  kind: 'visit',
  date: '2026-11-20',
  time: '09:30',
  doctorId,
  complaint: '头晕两天',
  diagnoses: [{ code: 'I10', name: '特发性（原发性）高血压' }],
  fees: [
    { itemCode: 'M001', name: '诊查费', category: 'medical', insured: true, quantity: 1, unitPrice: 6 },
    { itemCode: 'M025', name: '药品费', category: 'medical', insured: false, quantity: 1, unitPrice: 23.5 },
    { itemCode: 'C002', name: '协助洗浴', category: 'care', insured: false, quantity: 2, unitPrice: 30 },
  ],
  ...over,
});

async function refused(method: string, input: unknown) {
  const before = snapshot(t.runtime);
  const { body } = await t.raw(method, input, doctorSession);
  expect(body.ok, JSON.stringify(body)).toBe(false);
  expect(snapshot(t.runtime)).toBe(before);
  return body.ok ? null! : body.error;
}

const setRegion = (code: string) => t.runtime.db.prepare('UPDATE institution SET region_code = ?').run(code);

describe('诊疗记录', () => {
  it('records a visit with its fees in 分, split medical and care, audited in words', async () => {
    const { encounter: e, warnings } = await asDoctor('encounters.save', encounter());
    expect(warnings).toEqual([]);
    expect(e).toMatchObject({ residentName: '张秀英', doctorName: '陈志远', medicalFen: 2950, careFen: 6000 });
    expect(e.fees.map((f) => [f.name, f.amountFen, f.insured])).toEqual([
      ['诊查费', 600, true],
      ['药品费', 2350, false],
      ['协助洗浴', 6000, false],
    ]);
    const log = await home.call('audit.list', { entity: 'encounter' });
    expect(log.rows[0]!.summary).toBe('登记门诊：张秀英（2026-11-20 09:30）');
    expect(log.rows[0]!.changes.find((c) => c.label === '收费')!.after).toContain('协助洗浴 ×2 60.00 元（生活照护）');
  });

  it('refuses a care item marked insured, naming the line (002 (十八))', async () => {
    const e = await refused('encounters.save', encounter({ fees: [{ itemCode: 'C002', name: '协助洗浴', category: 'care', insured: true, quantity: 1, unitPrice: 30 }] }));
    expect(e).toMatchObject({ code: 'VALIDATION', field: 'fees.0.insured', message: '生活照护项目不得记入医保（医保只支付医疗服务）' });
  });

  it('refuses a day the resident was not in the home, a day in the future, and a doctor who is not one', async () => {
    expect(await refused('encounters.save', encounter({ date: '2026-09-30' }))).toMatchObject({ field: 'date', message: expect.stringContaining('不在院') });
    expect(await refused('encounters.save', encounter({ date: '2026-11-24' }))).toMatchObject({ field: 'date', message: '诊疗日期不能晚于今天（2026-11-23）' });
    const director = (await home.call('users.list', {})).find((u) => u.role === 'director')!;
    expect(await refused('encounters.save', encounter({ doctorId: director.id }))).toMatchObject({ field: 'doctorId' });
    expect(await refused('encounters.save', encounter({ time: '9:30' }))).toMatchObject({ field: 'time' });
    expect(await refused('encounters.save', encounter({ diagnoses: [{ code: 'X99', name: '不存在' }] }))).toMatchObject({ field: 'diagnoses.0.code' });
  });

  it('Changning: no 上门费 for a bedside round (004 第3条); national: price plus visit fee is allowed', async () => {
    const round = encounter({
      kind: 'round',
      fees: [
        { itemCode: 'M001', name: '诊查费', category: 'medical', insured: true, quantity: 1, unitPrice: 6 },
        { itemCode: 'M002', name: '上门服务费', category: 'medical', insured: false, quantity: 1, unitPrice: 30 },
      ],
    });
    setRegion('changning');
    const e = await refused('encounters.save', round);
    expect(e).toMatchObject({ code: 'VALIDATION', field: 'fees.1.name' });
    expect(e.message).toContain('上海市长宁区规定床边巡诊免收上门费');
    expect(e.message).toContain('第3条');
    // A fee typed in by name is a visit fee too.
    expect(await refused('encounters.save', { ...round, fees: [{ itemCode: null, name: '出诊费', category: 'medical', quantity: 1, unitPrice: 20 }] })).toMatchObject({ field: 'fees.0.name' });
    setRegion('national');
    await expect(asDoctor('encounters.save', round)).resolves.toMatchObject({ encounter: { medicalFen: 3600 } });
    // Recorded under one profile, found under the stricter one.
    setRegion('changning');
    const f = (await home.call('policy.check', {})).findings.filter((x) => x.rule === 'bedsideRoundsPricing');
    expect(f.map((x) => x.status)).toEqual(['violation']);
    expect(f[0]!.link).toMatch(/^#\/encounters\?id=\d+$/);
  });

  it('warns about an item long-term care insurance already covers, and one family-doctor signing may (001 (七))', async () => {
    const ltc = (await home.call('residents.admit', admitInput(home.beds[1]!.bedId, { name: '李长护', paymentType: 'ltci', admissionDate: '2026-10-01' }))).id;
    const fees = [
      { itemCode: 'C003', name: '失禁护理', category: 'care' as const, quantity: 1, unitPrice: 15 },
      { itemCode: 'M023', name: '高血压患者随访', category: 'medical' as const, quantity: 1, unitPrice: 0 },
    ];
    const { warnings } = await asDoctor('encounters.save', encounter({ residentId: ltc, fees }));
    expect(warnings).toHaveLength(2);
    expect(warnings[0]).toContain('“失禁护理”是长护险服务项目');
    expect(warnings[1]).toContain('如该老人已签约家庭医生');
    // The same care item for a resident without 长护险: only the conditional family-doctor warning.
    expect((await asDoctor('encounters.save', encounter({ fees }))).warnings).toHaveLength(1);
  });

  it('Changning: an infusion without an 输液室 is recorded with a warning, and the checker finds it', async () => {
    setRegion('changning');
    const { warnings } = await asDoctor('encounters.save', encounter({ kind: 'infusion' }));
    expect(warnings[0]).toContain('尚未登记输液室');
    await home.call('clinic.saveProfile', { type: '医务室', name: '医务室', filingNo: '1', areasSeparated: true });
    expect((await home.call('policy.check', {})).findings.find((f) => f.rule === 'infusionRoom')!.status).toBe('violation');
    await home.call('clinic.saveRoom', { kind: 'infusion', name: '105 输液室', areaM2: 20 });
    expect((await home.call('policy.check', {})).findings.find((f) => f.rule === 'infusionRoom')!.status).toBe('ok');
  });

  it('deletes an entry made in error softly: it leaves the list and the sums, and comes back on restore', async () => {
    const { encounter: e } = await asDoctor('encounters.save', encounter());
    const range = { from: '2026-11-01', to: '2026-11-30' };
    expect((await home.call('encounters.list', range)).total).toBe(1);
    await asDoctor('encounters.remove', { id: e.id, reason: '重复录入' });
    expect((await home.call('encounters.list', range)).total).toBe(0);
    expect((await home.call('encounters.list', { ...range, deleted: true })).total).toBe(1);
    expect((await home.call('encounters.monthly', { month: '2026-11' })).fees.totalFen).toBe(0);
    await asDoctor('encounters.restore', { id: e.id });
    expect((await home.call('encounters.monthly', { month: '2026-11' })).fees.totalFen).toBe(8950);
  });
});

describe('医务室月报 (clinic-monthly)', () => {
  it('counts encounters, rounds, infusions and referrals by type, and keeps medical and care fees apart', async () => {
    await asDoctor('encounters.save', encounter());
    await asDoctor('encounters.save', encounter({ kind: 'round', date: '2026-11-21', fees: [{ itemCode: 'C003', name: '失禁护理', category: 'care', quantity: 1, unitPrice: 15 }] }));
    await asDoctor('encounters.save', encounter({ kind: 'infusion', date: '2026-11-21', referral: { kind: 'inpatient', to: '鼓楼医院', reason: '肺部感染' }, fees: [] }));
    await asDoctor('encounters.save', encounter({ date: '2026-10-31' }));
    const r = await home.call('encounters.monthly', { month: '2026-11' });
    expect(r.byKind.map((k) => [k.label, k.n])).toEqual([
      ['门诊', 1],
      ['床边巡诊', 1],
      ['输液', 1],
    ]);
    expect(r.referralsByKind).toEqual([
      { label: '急诊转诊', n: 0 },
      { label: '门诊转诊', n: 0 },
      { label: '住院转诊', n: 1 },
    ]);
    // 诊查费 6 (insured) + 药品费 23.50 (self) = 29.50 medical; 协助洗浴 2 × 30 + 失禁护理 15 = 75 care.
    expect(r.fees).toEqual({ medicalFen: 2950, medicalInsuredFen: 600, medicalSelfFen: 2350, careFen: 7500, totalFen: 10450 });
    expect(r.days.find((d) => d.date === '2026-11-21')).toMatchObject({ round: 1, infusion: 1, referrals: 1, careFen: 1500, medicalFen: 0 });
    expect(r.feeItems.find((i) => i.name === '协助洗浴')).toMatchObject({ category: 'care', quantity: 2, fen: 6000 });
    expect(r.diagnoses[0]).toMatchObject({ code: 'I10', n: 3 });
  });

  it('prints with the fee split and the clause behind it', async () => {
    await asDoctor('encounters.save', encounter());
    const data = (await home.call('filings.data', { kind: 'clinic-monthly', input: { month: '2026-11' } })) as unknown as { scope: string; rules: { cite: string }[] };
    expect(data.scope).toBe('2026 年 11 月（2026-11-01 至 2026-11-30）');
    expect(data.rules[0]!.cite).toContain('（十八）');
  });
});
