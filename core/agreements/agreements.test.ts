import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { directTransport, setUpHome, snapshot, type Transport } from '../../tests/helpers/app.ts';
import { admitInput, institutionInput } from '../../tests/helpers/fixtures.ts';
import { composeCreditCode } from '../shared/creditCode.ts';

let t: Transport;
let home: Awaited<ReturnType<typeof setUpHome>>;
const bed = (label: string) => home.beds.find((b) => b.label === label)!.bedId;

beforeEach(async () => {
  t = await directTransport();
  home = await setUpHome(t);
});
afterEach(() => t.close());

const CENTRE_CODE = composeCreditCode('12320102466000001');

// The fixtures' clock: 2026-11-23 09:00 in Beijing.
const agreementInput = (overrides: Record<string, unknown> = {}) => ({
  partnerName: '玄武区梅园社区卫生服务中心',
  partnerCreditCode: CENTRE_CODE,
  partnerAddress: '南京市玄武区梅园新村 18 号',
  partnerContact: '王主任',
  partnerPhone: '025-84561234',
  startsOn: '2026-01-01',
  endsOn: '2026-12-31',
  services: [
    { service: 'health_management', way: '上门巡诊', times: 1, per: 'week' },
    { service: 'health_education', way: '集中讲座', times: 1, per: 'month' },
  ],
  feeYuan: 0,
  feePayer: 'public',
  homeDuties: '提供诊室和老人健康资料，安排护士陪同',
  partnerDuties: '按约定频次派医务人员上门，提供健康管理等服务',
  insurer: '中国人保南京分公司',
  policyNo: 'PICC-2026-001',
  insuranceExpiresOn: '2026-12-31',
  ...overrides,
});

async function refused(method: string, input: unknown) {
  const before = snapshot(t.runtime);
  const { body } = await t.raw(method, input, home.session);
  expect(body.ok, JSON.stringify(body)).toBe(false);
  expect(snapshot(t.runtime)).toBe(before);
  return body.ok ? null! : body.error;
}

const visitInput = (agreementId: number, serviceIds: number[], residents: number[], overrides: Record<string, unknown> = {}) => ({
  agreementId,
  visitOn: '2026-11-18',
  startsAt: '09:00',
  endsAt: '11:00',
  staff: [{ name: '李医生', role: '全科医师', licenceNo: '110320100012345' }],
  serviceIds,
  residents: residents.map((residentId) => ({ residentId, note: '血压平稳', systolic: 132, diastolic: 80, pulse: 72 })),
  ...overrides,
});

describe('签约协议', () => {
  it('records an agreement with its services and frequency, and audits it in words', async () => {
    const a = await home.call('agreements.create', agreementInput() as never);
    expect(a).toMatchObject({ state: 'current', feePayer: 'public' });
    expect(a.services.map((s) => [s.name, s.times, s.per])).toEqual([
      ['健康管理', 1, 'week'],
      ['健康教育', 1, 'month'],
    ]);
    const audit = (await home.call('audit.list', { entity: 'agreement' })).rows[0]!;
    expect(audit.summary).toBe('新增签约协议：玄武区梅园社区卫生服务中心（2026-01-01 至 2026-12-31）');
    expect(audit.changes).toContainEqual({ label: '约定服务', before: null, after: ['健康管理：每周 1 次（上门巡诊）', '健康教育：每月 1 次（集中讲座）'] });
  });

  it('refuses an agreement ending before it starts, and a bad credit code, writing nothing', async () => {
    expect(await refused('agreements.create', agreementInput({ endsOn: '2025-12-31' }))).toMatchObject({ field: 'endsOn', message: '协议结束日期不能早于开始日期' });
    expect(await refused('agreements.create', agreementInput({ partnerCreditCode: '12320102466000002' }))).toMatchObject({ field: 'partnerCreditCode' });
  });

  it('refuses a second agreement with the same partner whose term overlaps; a renewal from the next day is fine', async () => {
    await home.call('agreements.create', agreementInput() as never);
    expect(await refused('agreements.create', agreementInput({ startsOn: '2026-12-31', endsOn: '2027-12-30' }))).toMatchObject({
      code: 'CONFLICT',
      field: 'startsOn',
      message: '与同一签约机构的另一份协议（2026-01-01 至 2026-12-31）期限重叠；续签的协议请从上一份结束的次日开始',
    });
    const renewal = await home.call('agreements.create', agreementInput({ startsOn: '2027-01-01', endsOn: '2027-12-31' }) as never);
    expect(renewal.state).toBe('upcoming');
  });

  it('refuses a scan that does not exist', async () => {
    expect(await refused('agreements.create', agreementInput({ attachmentId: 999 }))).toMatchObject({ field: 'attachmentId' });
  });

  it('shows a missing scan in words instead of failing', async () => {
    const a = await home.call('agreements.create', agreementInput() as never);
    t.runtime.db.pragma('foreign_keys = OFF');
    t.runtime.db.prepare('UPDATE agreements SET attachment_id = 77 WHERE id = ?').run(a.id);
    t.runtime.db.pragma('foreign_keys = ON');
    expect((await home.call('agreements.get', { id: a.id })).attachment).toMatchObject({ id: 77, status: 'missing' });
  });
});

describe('来访记录与服务到位', () => {
  let agreement: Awaited<ReturnType<typeof createAgreement>>;
  let residents: number[];
  const createAgreement = () => home.call('agreements.create', agreementInput() as never);

  beforeEach(async () => {
    agreement = await createAgreement();
    residents = [];
    for (const label of ['101-1', '101-2', '102-1']) {
      residents.push((await home.call('residents.admit', admitInput(bed(label), { admissionDate: '2026-06-01' }))).id);
    }
  });

  it('records a visit of several residents as one audited change', async () => {
    const v = await home.call('agreements.recordVisit', visitInput(agreement.id, [agreement.services[0]!.id], residents) as never);
    expect(v).toMatchObject({ counted: true, unplanned: false, residentCount: 3, signedOffByName: '院长甲' });
    expect(v.residents.map((r) => r.systolic)).toEqual([132, 132, 132]);
    const audit = await home.call('audit.list', { entity: 'centreVisit' });
    expect(audit.rows).toHaveLength(1);
    expect(audit.rows[0]!.summary).toBe('登记来访：玄武区梅园社区卫生服务中心 2026-11-18 09:00，诊视 3 位老人');
    expect((await home.call('agreements.staffSeen', {}))[0]).toEqual({ name: '李医生', role: '全科医师', licenceNo: '110320100012345' });
  });

  it('refuses a visit outside the term unless marked unplanned, which is kept but not counted', async () => {
    const out = visitInput(agreement.id, [agreement.services[0]!.id], [], { visitOn: '2025-12-30' });
    expect(await refused('agreements.recordVisit', out)).toMatchObject({ field: 'visitOn' });
    const v = await home.call('agreements.recordVisit', { ...out, unplanned: true } as never);
    expect(v).toMatchObject({ unplanned: true, counted: false });
    const list = await home.call('agreements.visits', { unplannedOnly: true });
    expect(list.rows.map((r) => r.id)).toEqual([v.id]);
  });

  it('refuses a resident not in residence that day, naming them, writing nothing', async () => {
    const late = (await home.call('residents.admit', admitInput(bed('103-1'), { name: '晚来者', admissionDate: '2026-11-20' }))).id;
    const error = await refused('agreements.recordVisit', visitInput(agreement.id, [agreement.services[0]!.id], [residents[0]!, late]));
    expect(error).toMatchObject({ field: 'residents.1.residentId', message: '晚来者 2026-11-20 才入住，2026-11-18 不在院，不能列入这次来访' });
  });

  it('refuses a visit in the future, a service of another agreement, and a resident listed twice', async () => {
    expect(await refused('agreements.recordVisit', visitInput(agreement.id, [agreement.services[0]!.id], [], { visitOn: '2026-11-24' }))).toMatchObject({ field: 'visitOn' });
    expect(await refused('agreements.recordVisit', visitInput(agreement.id, [999], []))).toMatchObject({ field: 'serviceIds.0' });
    expect(await refused('agreements.recordVisit', visitInput(agreement.id, [agreement.services[0]!.id], [residents[0]!, residents[0]!]))).toMatchObject({
      field: 'residents.1.residentId',
    });
  });

  it('counts delivered against agreed per month, up to today, with the gaps in words', async () => {
    const weekly = agreement.services[0];
    for (const day of ['2026-11-02', '2026-11-09', '2026-11-16']) {
      await home.call('agreements.recordVisit', visitInput(agreement.id, [weekly!.id], [], { visitOn: day }) as never);
    }
    const f = await home.call('agreements.fulfilment', { id: agreement.id, grain: 'month', from: '2026-11-01', to: '2026-11-30' });
    // Counted to today (23 November): 23/7 → 3 weekly visits owed, 1 × 23/30 → 0 talks owed.
    expect(f.counted).toEqual({ from: '2026-11-01', to: '2026-11-23' });
    expect(f.periods[0]!.services.map((s) => [s.agreed, s.delivered, s.gap])).toEqual([
      [3, 3, 0],
      [0, 0, 0],
    ]);
    const october = await home.call('agreements.fulfilment', { id: agreement.id, grain: 'month', from: '2026-10-01', to: '2026-10-31' });
    expect(october.gapLines).toEqual(['2026年10月：健康管理约定 4 次，实际 0 次，少 4 次。', '2026年10月：健康教育约定 1 次，实际 0 次，少 1 次。']);
    expect(october.minimum).toBeNull();
  });

  it('applies the region profile’s weekly minimum (长宁: weekly, 004 第4条)', async () => {
    await home.call('institution.update', institutionInput({ regionCode: 'changning' }) as never);
    const f = await home.call('agreements.fulfilment', { id: agreement.id, grain: 'week', from: '2026-11-09', to: '2026-11-15' });
    expect(f.minimum).toMatchObject({ perWeek: 1, profile: expect.stringContaining('长宁') });
    expect(f.minimum!.cite).toContain('第4条');
    expect(f.periods[0]!.visits).toEqual({ delivered: 0, minimum: 1, gap: 1 });
  });

  it('stops counting a visit when a term change leaves it outside, and refuses dropping a service a visit delivered', async () => {
    const v = await home.call('agreements.recordVisit', visitInput(agreement.id, [agreement.services[1]!.id], [], { visitOn: '2026-11-18' }) as never);
    const services = agreement.services.map((s) => ({ id: s.id, service: s.service, name: s.name, way: s.way, times: s.times, per: s.per }));
    await home.call('agreements.update', { ...agreementInput({ endsOn: '2026-11-10', insuranceExpiresOn: '2026-11-10' }), id: agreement.id, services } as never);
    expect((await home.call('agreements.visit', { id: v.id })).counted).toBe(false);
    expect(await refused('agreements.update', { ...agreementInput(), id: agreement.id, services: [services[0]] })).toMatchObject({
      code: 'CONFLICT',
      message: expect.stringContaining('“健康教育”已有来访记录'),
    });
  });

  it('puts the renewal, the staff insurance and last month’s gaps on the 总览, and the centre into the district pack', async () => {
    await home.call('agreements.update', {
      ...agreementInput({ insuranceExpiresOn: '2026-12-10' }),
      id: agreement.id,
      services: agreement.services.map((s) => ({ id: s.id, service: s.service, name: s.name, way: s.way, times: s.times, per: s.per })),
    } as never);
    const rows = await home.call('deadlines.list', { days: 60 });
    const kinds = rows.map((r) => [r.kind, r.due]);
    expect(kinds).toContainEqual(['签约协议续签', '2026-12-31']);
    expect(kinds).toContainEqual(['来访人员责任险到期', '2026-12-10']);
    const gap = rows.find((r) => r.kind === '服务未到位')!;
    expect(gap).toMatchObject({ due: '2026-11-01', urgency: 'overdue', title: '玄武区梅园社区卫生服务中心 2026年10月', link: '/centre?tab=fulfilment' });
    expect(gap.todo).toContain('健康管理约定 4 次，实际 0 次，少 4 次。');
    const pack = await home.call('filings.data', { kind: 'district-pack', input: { period: '2026Q3' } });
    const section = (pack as unknown as { sections: { key: string; figures: { label: string; value: unknown }[]; notes: string[] }[] }).sections.find((x) => x.key === 'centre')!;
    expect(section.figures).toContainEqual(expect.objectContaining({ label: '在履行的签约协议', value: 1 }));
    expect(section.notes).toContain('玄武区梅园社区卫生服务中心：2026年9月：健康管理约定 4 次，实际 0 次，少 4 次。');
  });

  it('家庭病床: visits while open against 南京’s two a week, pro-rated and rounded down; closing before opening refused', async () => {
    await home.call('institution.update', institutionInput({ regionCode: 'nanjing' }) as never);
    const open = { residentId: residents[0]!, agreementId: agreement.id, openedOn: '2026-11-02', reason: '脑梗后遗症，鼻饲护理', doctor: '李医生' };
    const bed = await home.call('agreements.openHomeBed', open);
    expect(await refused('agreements.openHomeBed', { ...open, openedOn: '2026-11-03' })).toMatchObject({ code: 'CONFLICT', field: 'residentId' });
    for (const day of ['2026-11-05', '2026-11-12']) {
      await home.call('agreements.recordVisit', visitInput(agreement.id, [agreement.services[0]!.id], [residents[0]!], { visitOn: day }) as never);
    }
    const list = await home.call('agreements.homeBeds', {});
    // 2 November to today (23 November): 22 days × 2 / 7 = 6.3 → 6 owed.
    expect(list.rows[0]).toMatchObject({ id: bed.id, visits: 2, expected: 6, gap: 4, lastVisitOn: '2026-11-12' });
    expect(list.rule).toMatchObject({ perWeek: 2, cite: expect.stringContaining('三（二）') });
    expect(await refused('agreements.closeHomeBed', { id: bed.id, closedOn: '2026-11-01', closeReason: '好转' })).toMatchObject({ field: 'closedOn' });
    const closed = await home.call('agreements.closeHomeBed', { id: bed.id, closedOn: '2026-11-08', closeReason: '好转撤床' });
    // Closed on the 8th: 7 days owe 2; the visit of the 12th came after.
    expect(closed).toMatchObject({ visits: 1, expected: 2, gap: 1 });
  });
});
