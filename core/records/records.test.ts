import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { directTransport, setUpHome, snapshot, type Transport } from '../../tests/helpers/app.ts';
import { admitInput } from '../../tests/helpers/fixtures.ts';
import { activeAllergies, allergySummaries, hospitalStays } from './queries.ts';
import type { AllergyInput, ConditionInput, VaccinationInput } from './schema.ts';

let t: Transport;
let home: Awaited<ReturnType<typeof setUpHome>>;
let residentId: number;
const bed = (label: string) => home.beds.find((b) => b.label === label)!.bedId;

beforeEach(async () => {
  t = await directTransport();
  home = await setUpHome(t);
  residentId = (await home.call('residents.admit', admitInput(bed('101-1'), { admissionDate: '2026-11-01' }))).id;
});
afterEach(() => t.close());

async function refused(method: string, input: unknown) {
  const before = snapshot(t.runtime);
  const { body } = await t.raw(method, input, home.session);
  expect(body.ok, JSON.stringify(body)).toBe(false);
  expect(snapshot(t.runtime)).toBe(before);
  return body.ok ? null! : body.error;
}

const allergy = (over: Record<string, unknown> = {}): AllergyInput => ({
  id: null, residentId, category: 'drug', substance: '青霉素', reaction: '皮疹', severity: 'severe', recordedOn: '2026-11-02', notes: '', lateReason: '', ...over,
} as AllergyInput);
const referral = (over: Record<string, unknown> = {}) => ({
  id: null, residentId, referredOn: '2026-11-20', hospital: '区人民医院', partner: true, department: '呼吸科', reason: '发热三天，肺部感染待排', urgent: true, admitted: true, notes: '', lateReason: '', ...over,
});

describe('allergies', () => {
  it('publishes activeAllergies with the agreed shape, the most severe first, and who has allergies for the red tag', async () => {
    await home.call('records.saveAllergy', allergy({ category: 'food', substance: '海鲜', reaction: '', severity: 'mild' }));
    await home.call('records.saveAllergy', allergy());
    expect(activeAllergies(t.runtime.db, residentId)).toEqual([
      { id: expect.any(Number), category: 'drug', substance: '青霉素', reaction: '皮疹', severity: 'severe' },
      { id: expect.any(Number), category: 'food', substance: '海鲜', reaction: '', severity: 'mild' },
    ]);
    expect(allergySummaries(t.runtime.db).get(residentId)).toEqual(['海鲜', '青霉素']);
    // The red tag wherever the resident appears: the roster page, the drawer, the bed map.
    expect((await home.call('residents.list', {})).rows.find((r) => r.id === residentId)!.tags.allergies).toEqual(['海鲜', '青霉素']);
    expect((await home.call('residents.get', { id: residentId })).tags.allergies).toEqual(['海鲜', '青霉素']);
    const beds = (await home.call('beds.map', { floor: null })).beds;
    expect(beds.find((b) => b.occupant?.residentId === residentId)!.occupant!.tags.allergies).toEqual(['海鲜', '青霉素']);
  });

  it('drops a removed allergy from the tag and can restore it', async () => {
    const a = await home.call('records.saveAllergy', allergy());
    await home.call('records.remove', { kind: 'allergy', id: a.id, reason: '录错老人' });
    expect(activeAllergies(t.runtime.db, residentId)).toEqual([]);
    await home.call('records.restore', { kind: 'allergy', id: a.id });
    expect(activeAllergies(t.runtime.db, residentId)).toHaveLength(1);
  });

  it.each([
    [{ substance: '' }, 'substance', '请填写过敏物'],
    [{ severity: 'deadly' }, 'severity', '请选择严重程度'],
    [{ notes: 'x'.repeat(10_000) }, 'notes', '不能超过'],
    [{ recordedOn: '2026-11-24' }, 'recordedOn', '不能晚于今天'],
    [{ recordedOn: '2026-10-01' }, 'recordedOn', '不能早于入住日期'],
  ])('refuses %j with a zh-CN message, writing nothing', async (over, field, message) => {
    expect(await refused('records.saveAllergy', allergy(over))).toMatchObject({ field, message: expect.stringContaining(message) });
  });

  it('refuses the same substance twice', async () => {
    await home.call('records.saveAllergy', allergy());
    expect(await refused('records.saveAllergy', allergy({ severity: 'mild' }))).toMatchObject({ code: 'CONFLICT', field: 'substance' });
  });
});

describe('chronic conditions from the shipped ICD-10 list', () => {
  it('finds a diagnosis by code or name and refuses a code not in the list', async () => {
    expect((await home.call('records.icd10', { q: 'I10' }))[0]).toMatchObject({ code: 'I10', name: '原发性高血压' });
    expect((await home.call('records.icd10', { q: '高血压' })).length).toBeGreaterThan(0);
    const condition: ConditionInput = { id: null, residentId, icd10: 'X99.9', name: '自编', diagnosedOn: null, status: 'active', resolvedOn: null, recordedOn: '2026-11-02', notes: '', lateReason: '' };
    expect(await refused('records.saveCondition', condition)).toMatchObject({ field: 'icd10' });
    await home.call('records.saveCondition', { ...condition, icd10: '', name: '老年性白内障术后' });
  });
});

describe('referrals 双向转诊', () => {
  it('shows a hospital stay (住院中, the bed kept) while the referral is open, and closes it on return', async () => {
    const out = await home.call('records.referOut', referral());
    expect(hospitalStays(t.runtime.db).get(residentId)).toMatchObject({ hospital: '区人民医院', since: '2026-11-20' });
    expect((await home.call('residents.list', {})).rows.find((r) => r.id === residentId)!.tags.hospital).toMatchObject({ hospital: '区人民医院' });
    expect((await home.call('records.openReferrals', {})).rows).toMatchObject([{ name: expect.any(String), hospital: '区人民医院', partner: true, daysAway: 3 }]);
    expect(await refused('records.referOut', referral({ hospital: '市中心医院' }))).toMatchObject({ code: 'CONFLICT' });
    expect(await refused('records.referBack', { id: out.id, returnedOn: '2026-11-19', outcome: 'returned', dischargeDiagnosis: '', dischargeSummary: '', newOrders: '' })).toMatchObject({ field: 'returnedOn' });
    await home.call('records.referBack', { id: out.id, returnedOn: '2026-11-22', outcome: 'returned', dischargeDiagnosis: '社区获得性肺炎', dischargeSummary: '抗感染治疗后好转出院', newOrders: '阿莫西林 0.5g 每日三次 × 5 天' });
    expect(hospitalStays(t.runtime.db).has(residentId)).toBe(false);
    expect((await home.call('records.openReferrals', {})).total).toBe(0);
    expect((await home.call('residents.get', { id: residentId })).bedLabel).toBe('101-1');
  });
});

describe('vaccinations and hospice', () => {
  it('records a vaccination with its consent, refusing consent after the injection', async () => {
    const v: VaccinationInput = { id: null, residentId, vaccine: 'influenza', vaccineName: '', dose: '1 剂', givenOn: '2026-11-05', institution: '社区卫生服务中心', batchNo: '', consentBy: '张伟', consentRelation: '儿子', consentOn: '2026-11-06', notes: '', lateReason: '' };
    expect(await refused('records.saveVaccination', v)).toMatchObject({ field: 'consentOn' });
    expect(await home.call('records.saveVaccination', { ...v, consentOn: '2026-11-04' })).toMatchObject({ vaccineName: '流感疫苗' });
  });

  it('keeps one hospice period open at a time', async () => {
    await home.call('records.startHospice', { residentId, startedOn: '2026-11-10', notes: '', lateReason: '' });
    expect(await refused('records.startHospice', { residentId, startedOn: '2026-11-11', notes: '', lateReason: '' })).toMatchObject({ code: 'CONFLICT' });
    expect((await home.call('records.get', { residentId })).hospice).toMatchObject({ startedOn: '2026-11-10' });
  });
});

describe('the timeline', () => {
  it('merges the entries of every source, newest first, in pages of whole days', async () => {
    await home.call('records.saveAllergy', allergy({ recordedOn: '2026-11-02' }));
    await home.call('records.saveHistory', { id: null, residentId, kind: 'surgery', description: '阑尾切除术', whenText: '1980 年', relation: '', recordedOn: '2026-11-03', lateReason: '' });
    await home.call('records.referOut', referral());
    await home.call('assessments.recordExternal', { residentId, assessedOn: '2026-11-01', level: 2, source: '区长护险评估中心', notes: '', lateReason: '' });
    const all = await home.call('records.timeline', { residentId });
    expect(all.entries.map((e) => [e.date, e.source])).toEqual([
      ['2026-11-20', 'referral'],
      ['2026-11-03', 'history'],
      ['2026-11-02', 'allergy'],
      ['2026-11-01', 'assessment'],
    ]);
    const first = await home.call('records.timeline', { residentId, limit: 2 });
    expect(first.entries).toHaveLength(2);
    expect(first.next).toBe('2026-11-03');
    const second = await home.call('records.timeline', { residentId, limit: 2, before: first.next });
    expect(second.entries.map((e) => e.date)).toEqual(['2026-11-02', '2026-11-01']);
    expect(second.next).toBeNull();
  });
});

describe('the health-record filing (健康档案摘要)', () => {
  it('prints the allergies in force with the severe first, leaves out removed ones, and says what the record lacks', async () => {
    await home.call('records.saveAllergy', allergy({ category: 'food', substance: '海鲜', reaction: '', severity: 'mild' }));
    await home.call('records.saveAllergy', allergy());
    const gone = await home.call('records.saveAllergy', allergy({ substance: '磺胺', severity: 'moderate' }));
    await home.call('records.remove', { kind: 'allergy', id: gone.id, reason: '录错老人' });
    const data = (await home.call('filings.data', { kind: 'health-record', input: { residentId } })) as unknown as {
      title: string;
      resident: { name: string; level: string };
      familyDoctor: string;
      allergies: { substance: string; severe: boolean }[];
      assessments: unknown[];
      exam: unknown;
      latest: unknown[];
      charts: { title: string; count: number; svg: string | null }[];
    };
    expect(data.title).toBe('健康档案摘要');
    expect(data.resident.level).toBe('未评估');
    expect(data.familyDoctor).toBe('未签约');
    expect(data.allergies.map((a) => [a.substance, a.severe])).toEqual([
      ['青霉素', true],
      ['海鲜', false],
    ]);
    expect(data.assessments).toEqual([]);
    expect(data.exam).toBeNull();
    expect(data.latest).toEqual([]);
    // Blood pressure, pulse and temperature over 90 days; with no readings, no chart is drawn.
    expect(data.charts.map((c) => [c.title.slice(0, 2), c.count, c.svg])).toEqual([
      ['血压', 0, null],
      ['脉搏', 0, null],
      ['体温', 0, null],
    ]);
  });
});
