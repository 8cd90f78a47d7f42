import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { client, directTransport, setUpHome, type Transport } from '../../tests/helpers/app.ts';
import { admitInput, idNumber, TEST_PASSWORD } from '../../tests/helpers/fixtures.ts';
import type { MethodInput } from '../api/methods.ts';
import { GBT42195 } from '../assessments/scales/gbt42195.data.ts';
import { answersWithTotal } from '../assessments/scales/testing.ts';
import { sampleExam } from '../demo/examSample.ts';
import { seededRandom } from '../demo/random.ts';
import type { DistrictPack } from './filings.ts';

// The test's clock is 2026-11-23; the period is 2026Q3 (1 July – 30 September), a hand-built home around its edges.
let t: Transport;
let home: Awaited<ReturnType<typeof setUpHome>>;
let doctor: ReturnType<typeof client>;
let doctorId: number;
const ids: Record<string, number> = {};

const bed = (label: string) => home.beds.find((b) => b.label === label)!.bedId;
const pack = async (period: string) => (await home.call('filings.data', { kind: 'district-pack', input: { period } })) as unknown as DistrictPack;
const section = (p: DistrictPack, key: string) => p.sections.find((s) => s.key === key)!;
const figure = (p: DistrictPack, key: string, label: string) => {
  const f = section(p, key).figures.find((x) => x.label === label);
  if (!f) throw new Error(`no figure ${label} in ${key}`);
  return f;
};
const trace = (p: DistrictPack, key: string) => p.traces.find((x) => x.key === key)!;

const encounter = (residentId: number, date: string, over: Partial<MethodInput<'encounters.save'>> = {}): MethodInput<'encounters.save'> => ({
  residentId,
  kind: 'visit',
  date,
  time: '09:30',
  doctorId,
  complaint: '头晕',
  diagnoses: [{ code: 'I10', name: '特发性（原发性）高血压' }],
  fees: [{ itemCode: 'M001', name: '诊查费', category: 'medical', insured: true, quantity: 1, unitPrice: 6 }],
  ...over,
});

const ability = (residentId: number, assessedOn: string): MethodInput<'assessments.save'> => ({
  residentId,
  scale: 'gbt42195',
  assessedOn,
  reason: 'routine',
  assessors: ['护士甲', '护士乙'],
  answers: answersWithTotal(GBT42195, 75),
  context: { coma: false, diagnoses: [], riskEvents: {} },
  notes: '',
});

beforeEach(async () => {
  t = await directTransport();
  home = await setUpHome(t);
  doctorId = (await home.addStaff({ username: 'doc', displayName: '陈志远', role: 'doctor' })).id;
  const session = ((await t.raw('auth.signIn', { username: 'doc', password: TEST_PASSWORD })).body as { data: { sessionId: string } }).data.sessionId;
  doctor = client(t, () => session);
  const admit = async (b: string, name: string, born: string) =>
    (ids[name] = (await home.call('residents.admit', admitInput(bed(b), { name, admissionDate: '2026-01-05', idNumber: idNumber(born, false) }))).id);
  await admit('101-1', '末日满寿', '1961-09-30'); // 65 on the period's last day
  await admit('101-2', '次日满寿', '1961-10-01'); // 65 the day after
  await admit('102-1', '八十老人', '1946-03-02');
  await admit('102-2', '九十老人', '1936-05-06');
});
afterEach(() => t.close());

describe('区级报送材料：卫健部分', () => {
  it('counts encounters on the first and last day of the period and not the day after; referrals by kind', async () => {
    await doctor('encounters.save', encounter(ids['末日满寿']!, '2026-07-01'));
    await doctor('encounters.save', encounter(ids['末日满寿']!, '2026-09-30', { kind: 'round', time: '15:00' }));
    await doctor('encounters.save', encounter(ids['八十老人']!, '2026-09-30', { referral: { kind: 'emergency', to: '市第一医院', reason: '胸痛' } }));
    await doctor('encounters.save', encounter(ids['八十老人']!, '2026-10-01', { kind: 'infusion' }));
    const p = await pack('2026Q3');
    expect(figure(p, 'health-commission', '门诊人次').value).toBe(2);
    expect(figure(p, 'health-commission', '床边巡诊人次').value).toBe(1);
    expect(figure(p, 'health-commission', '输液人次').value).toBe(0);
    expect(figure(p, 'health-commission', '转诊次数').value).toBe(1);
    expect(figure(p, 'health-commission', '就诊老人数').value).toBe(2);
    expect(trace(p, 'health-commission:seen').rows).toEqual([
      ['101-1', '末日满寿', 1, 1, 0, 0],
      ['102-1', '八十老人', 1, 0, 0, 1],
    ]);
    expect(trace(p, 'health-commission:referrals').rows).toEqual([['2026-09-30', '102-1', '八十老人', '急诊转诊', '市第一医院', '胸痛']]);
    const ws = section(p, 'health-commission').tables.find((x) => x.title.startsWith('卫统1-3表'))!;
    expect(ws.rows).toContainEqual(['诊疗人次数（人次）', 3]);
    expect(ws.rows).toContainEqual(['其中 出诊人次数（床边巡诊）（人次）', 1]);
  });

  it('the 65+ of 老年人健康管理率 are counted on the last day; an exam the day after does not count', async () => {
    const exam = (residentId: number, examOn: string) => sampleExam(seededRandom(residentId), residentId, examOn, '李医生');
    await home.call('exams.save', exam(ids['八十老人']!, '2026-07-01'));
    await home.call('exams.save', exam(ids['末日满寿']!, '2026-10-01'));
    await home.call('exams.save', exam(ids['九十老人']!, '2026-03-15'));
    const p = await pack('2026Q3');
    expect(figure(p, 'health-commission', '65 周岁及以上在院老人').value).toBe(3);
    expect(figure(p, 'health-commission', '其中已做年度体检').value).toBe(2);
    const rate = figure(p, 'health-commission', '老年人健康管理率');
    expect(rate).toMatchObject({ value: '66.7%', unverified: true });
    expect(figure(p, 'health-commission', '本期年度体检人数').value).toBe(1);
    expect(trace(p, 'health-commission:aged65').rows.map((r) => [r[1], r[2], r[3]])).toEqual([
      ['末日满寿', 65, '未体检'],
      ['八十老人', 80, '2026-07-01'],
      ['九十老人', 90, '2026-03-15'],
    ]);
    const tcm = section(p, 'health-commission').tables.find((x) => x.title.startsWith('本期年度体检的中医体质'))!;
    expect(tcm.rows.reduce((s, r) => s + Number(r[1]), 0)).toBe(1);
  });

  it('licences expired and expiring within 60 days of the period end; batches expired and within 90 days, at the edge', async () => {
    const staff = (name: string, licenceNo: string, expiresOn: string) =>
      home.call('clinic.saveStaff', {
        name,
        profession: 'nurse',
        licenceNo,
        category: '护士',
        scope: '护理',
        practiceSite: 'primary',
        registeredOn: '2015-07-01',
        issuedOn: '2020-01-01',
        expiresOn,
        joinedOn: '2021-01-01',
      });
    await staff('已过期', '201501000001', '2026-09-29');
    await staff('六十天', '201501000002', '2026-11-29');
    await staff('六十一天', '201501000003', '2026-11-30');
    const receive = (batchNo: string, expiresOn: string) =>
      doctor('stock.receive', { name: '呋塞米片', spec: '20mg×100片', unit: '瓶', batchNo, expiresOn, quantity: 4, supplier: '南京医药', receivedOn: '2026-09-01' });
    await receive('EDGE', '2026-12-29'); // 90 days after 30 September
    await receive('PAST', '2026-12-30');
    const p = await pack('2026Q3');
    expect(figure(p, 'health-commission', '在职医务人员').value).toBe(3);
    expect(figure(p, 'health-commission', '执业证书已过期').value).toBe(1);
    expect(figure(p, 'health-commission', '执业证书 60 天内到期').value).toBe(1);
    expect(figure(p, 'health-commission', '期末近效期药品批次（90 天内）')).toMatchObject({ value: 1, unverified: true });
    expect(trace(p, 'health-commission:batches').rows).toEqual([['呋塞米片 20mg×100片', 'EDGE', '2026-12-29', '4 瓶', '90 天后到期']]);
  });

  it('summarises the waste register: entries of the period by category, handed over by its end, still stored', async () => {
    const waste = (producedOn: string, weightKg: number) => doctor('infection.recordWaste', { producedOn, kind: 'infectious', weightKg, packages: 1, packedBy: '王丽' });
    const a = await waste('2026-07-01', 1.5);
    const b = await waste('2026-09-30', 0.25);
    await waste('2026-10-01', 2);
    const hand = { receiver: '南京汇和环境工程技术有限公司', manifestNo: 'JS-1', handedBy: '王丽', receivedBy: '李强' };
    await doctor('infection.handOver', { ids: [a.id], handedOverOn: '2026-07-02', ...hand });
    await doctor('infection.handOver', { ids: [b.id], handedOverOn: '2026-10-01', ...hand, manifestNo: 'JS-2' });
    const p = await pack('2026Q3');
    expect(figure(p, 'health-commission', '本期医疗废物登记').value).toBe(2);
    expect(figure(p, 'health-commission', '本期医疗废物重量').value).toBe('1.75');
    expect(figure(p, 'health-commission', '其中已交接处置').value).toBe(1);
    expect(figure(p, 'health-commission', '期末仍暂存').value).toBe(1);
  });
});

describe('区级报送材料：民政部分的评估', () => {
  it('counts ability assessments done in the period and those overdue at its end under the 6-month interval', async () => {
    await home.call('assessments.save', ability(ids['末日满寿']!, '2026-07-01'));
    await home.call('assessments.save', ability(ids['八十老人']!, '2026-03-30')); // due 2026-09-30: overdue at the end
    await home.call('assessments.save', ability(ids['九十老人']!, '2026-04-01')); // due 2026-10-01: not yet
    await home.call('assessments.save', ability(ids['次日满寿']!, '2026-10-01')); // after the period: never assessed by its end
    const p = await pack('2026Q3');
    expect(figure(p, 'civil-affairs', '本期完成老年人能力评估').value).toBe(1);
    expect(figure(p, 'civil-affairs', '期末能力评估逾期人数')).toMatchObject({ value: 2, unverified: true });
    expect(figure(p, 'civil-affairs', '其中入住后从未评估').value).toBe(1);
    expect(trace(p, 'civil-affairs:overdue').rows.map((r) => [r[1], r[3], r[4]])).toEqual([
      ['次日满寿', '从未评估', '入院时'],
      ['八十老人', '2026-03-30', '2026-09-30'],
    ]);
  });
});

describe('区级报送材料：医保部分', () => {
  it('splits medical (insured and self-paid) from care items, and names a care item billed to the fund', async () => {
    await doctor(
      'encounters.save',
      encounter(ids['末日满寿']!, '2026-08-10', {
        fees: [
          { itemCode: 'M001', name: '诊查费', category: 'medical', insured: true, quantity: 1, unitPrice: 6 },
          { itemCode: 'M025', name: '药品费', category: 'medical', insured: false, quantity: 1, unitPrice: 23.5 },
          { itemCode: 'C002', name: '协助洗浴', category: 'care', insured: false, quantity: 2, unitPrice: 30 },
        ],
      }),
    );
    // Typed in by hand as a medical line and billed to the fund: a care item in the catalogue.
    await doctor(
      'encounters.save',
      encounter(ids['八十老人']!, '2026-09-30', { fees: [{ itemCode: null, name: '协助洗浴', category: 'medical', insured: true, quantity: 1, unitPrice: 30 }] }),
    );
    await doctor('encounters.save', encounter(ids['八十老人']!, '2026-10-01'));
    const p = await pack('2026Q3');
    expect(figure(p, 'insurance-billing', '医疗项目收费').value).toBe('59.50');
    expect(figure(p, 'insurance-billing', '其中记入医保').value).toBe('36.00');
    expect(figure(p, 'insurance-billing', '其中自费').value).toBe('23.50');
    expect(figure(p, 'insurance-billing', '生活照护项目收费').value).toBe('60.00');
    expect(figure(p, 'insurance-billing', '生活照护项目记入医保').value).toBe(1);
    expect(trace(p, 'insurance-billing:care-to-fund').rows).toEqual([['2026-09-30', '102-1', '八十老人', '协助洗浴', '医疗项目', '30.00', expect.any(Number)]]);
    expect(section(p, 'insurance-billing').notes.find((n) => n.startsWith('违规'))).toMatch(/^违规：本期有 1 条生活照护项目记入医保，合计 30\.00 元（2026-09-30 八十老人 协助洗浴）/);
  });

  it('an empty period says so in each section rather than printing blank tables', async () => {
    const p = await pack('2026-02');
    expect(p.sections.map((s) => s.key)).toEqual(['civil-affairs', 'health-commission', 'centre', 'medical-insurance', 'insurance-billing']);
    expect(section(p, 'health-commission').notes).toContain('本期没有诊疗记录，诊疗各项均为 0。');
    expect(section(p, 'insurance-billing').notes).toContain('本期没有收费记录，以上各项均为 0。');
  });
});
