import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { directTransport, setUpHome, snapshot, type Transport } from '../../tests/helpers/app.ts';
import type { MethodInput } from '../api/methods.ts';

let t: Transport;
let home: Awaited<ReturnType<typeof setUpHome>>;

beforeEach(async () => {
  t = await directTransport();
  home = await setUpHome(t, { beds: false });
});
afterEach(() => t.close());

async function refused(method: string, input: unknown, session = home.session) {
  const before = snapshot(t.runtime);
  const { body } = await t.raw(method, input, session);
  expect(body.ok, JSON.stringify(body)).toBe(false);
  expect(snapshot(t.runtime)).toBe(before);
  return body.ok ? null! : body.error;
}

let licence = 100_000;
function staffIn(over: Partial<MethodInput<'clinic.saveStaff'>> = {}): MethodInput<'clinic.saveStaff'> {
  return {
    name: '陈医生',
    profession: 'physician',
    licenceNo: `1103201000${licence++}`,
    category: '临床',
    scope: '全科医学专业',
    practiceSite: 'primary',
    registeredOn: '2015-07-01',
    issuedOn: '2020-01-01',
    expiresOn: null,
    joinedOn: '2021-01-01',
    ...over,
  };
}

const profile: MethodInput<'clinic.saveProfile'> = {
  type: '医务室',
  name: '测试医务室',
  filingKind: '备案凭证',
  filingNo: '测卫医备 001',
  filingDate: '2021-01-01',
  openedOn: '2021-02-01',
  subjects: ['全科', '内科'],
  medicalAlliance: '测试医联体',
  areasSeparated: true,
};

const finding = async (rule: string) => (await home.call('policy.check', {})).findings.filter((f) => f.rule === rule);

describe('医务室信息', () => {
  it('records the clinic once and corrects it, each change one audit row in words', async () => {
    const saved = await home.call('clinic.saveProfile', profile);
    expect(saved).toMatchObject({ type: '医务室', subjects: ['全科', '内科'], areasSeparated: true });
    await home.call('clinic.saveProfile', { ...profile, medicalAlliance: '' });
    const rows = t.runtime.db.prepare(`SELECT summary, after_json FROM audit_log WHERE entity = 'clinic' ORDER BY id`).all() as { summary: string }[];
    expect(rows.map((r) => r.summary)).toEqual(['登记医务室信息：测试医务室（医务室）', '修改医务室信息：测试医务室（医务室）']);
    const log = await home.call('audit.list', { entity: 'clinic' });
    expect(log.rows[0]!.changes).toEqual([{ label: '所属医联体', before: '测试医联体', after: null }]);
  });

  it('refuses a formal operation before the filing, and dates in the future, writing nothing', async () => {
    expect(await refused('clinic.saveProfile', { ...profile, openedOn: '2020-12-31' })).toMatchObject({ field: 'openedOn', message: '正式运营日期不能早于备案或发证日期' });
    expect(await refused('clinic.saveProfile', { ...profile, filingDate: '2026-11-24', openedOn: null })).toMatchObject({ field: 'filingDate' });
    expect(await refused('clinic.saveProfile', { ...profile, subjects: ['牙科'] })).toMatchObject({ field: 'subjects.0', message: '请从列表中选择诊疗科目' });
  });

  it('a room under the standard is a violation that turns ok once its area is corrected', async () => {
    await home.call('clinic.saveProfile', profile);
    await home.call('clinic.saveRoom', { kind: 'treatment', name: '101', areaM2: 12 });
    const small = await home.call('clinic.saveRoom', { kind: 'disposal', name: '102', areaM2: 8.46 });
    expect(small.areaM2).toBe(8.5);
    expect((await finding('clinicRooms')).map((f) => f.status)).toEqual(['violation']);
    await home.call('clinic.saveRoom', { id: small.id, kind: 'disposal', name: '102', areaM2: 10.2 });
    expect((await finding('clinicRooms')).map((f) => f.status)).toEqual(['ok']);
  });

  it('deletes a room softly and restores it; a deleted room is not counted', async () => {
    await home.call('clinic.saveProfile', profile);
    await home.call('clinic.saveRoom', { kind: 'treatment', name: '101', areaM2: 12 });
    const d = await home.call('clinic.saveRoom', { kind: 'disposal', name: '102', areaM2: 10 });
    await home.call('clinic.removeRoom', { id: d.id, reason: '录入错误' });
    expect((await finding('clinicRooms'))[0]!.looked).toContain('应设处置室');
    expect(await refused('clinic.saveRoom', { id: d.id, kind: 'disposal', name: '102', areaM2: 11 })).toMatchObject({ code: 'CONFLICT' });
    await home.call('clinic.restoreRoom', { id: d.id });
    expect((await finding('clinicRooms'))[0]!.status).toBe('ok');
    expect(await refused('clinic.saveRoom', { kind: 'disposal', name: '103', areaM2: 0 })).toMatchObject({ field: 'areaM2', message: '面积应大于 0' });
  });

  it('refuses an agreement that ends before it starts', async () => {
    const e = await refused('clinic.saveAgreement', { kind: 'lab', partner: '检验所', signedOn: '2026-01-01', startsOn: '2026-01-01', endsOn: '2025-12-31' });
    expect(e).toMatchObject({ field: 'endsOn', message: '截止日期不能早于起始日期' });
  });
});

describe('人员与执照', () => {
  it('registers a physician, computes years of practice and days left, and links their account', async () => {
    const doctor = await home.addStaff({ username: 'doc', displayName: '陈志远', role: 'doctor' });
    const s = await home.call('clinic.saveStaff', staffIn({ name: '陈志远', userId: doctor.id, expiresOn: '2027-01-22' }));
    expect(s).toMatchObject({ yearsOfPractice: 11, daysLeft: 60, userName: '陈志远' });
    expect(await home.call('clinic.licenceAlerts', {})).toMatchObject([{ id: s.id, daysLeft: 60 }]);
    const e = await refused('clinic.saveStaff', staffIn({ name: '另一人', userId: doctor.id }));
    expect(e).toMatchObject({ code: 'CONFLICT', field: 'userId', message: expect.stringContaining('已关联到医务人员 陈志远') });
  });

  it('refuses a licence expiry before (or on) its issue date, naming the field', async () => {
    for (const expiresOn of ['2019-12-31', '2020-01-01']) {
      expect(await refused('clinic.saveStaff', staffIn({ expiresOn }))).toMatchObject({ code: 'VALIDATION', field: 'expiresOn', message: '有效期至不能早于或等于发证日期，请核对证书' });
    }
  });

  it('refuses the same licence number on two staff members, even typed in full width', async () => {
    const first = await home.call('clinic.saveStaff', staffIn({ name: '甲', licenceNo: 'A1234567' }));
    const e = await refused('clinic.saveStaff', staffIn({ name: '乙', licenceNo: 'ａ１２３４５６７' }));
    expect(e).toMatchObject({ code: 'CONFLICT', field: 'licenceNo', message: expect.stringContaining('已登记在 甲 名下') });
    await home.call('clinic.staffLeave', { id: first.id, date: '2026-11-01' });
    expect(await refused('clinic.saveStaff', staffIn({ name: '乙', licenceNo: 'A1234567' }))).toMatchObject({ message: expect.stringContaining('已离职') });
  });

  it('asks a 多点执业 physician for their 主执业机构, and refuses dates in the future', async () => {
    expect(await refused('clinic.saveStaff', staffIn({ practiceSite: 'multi' }))).toMatchObject({ field: 'primarySiteName' });
    expect(await refused('clinic.saveStaff', staffIn({ joinedOn: '2026-11-24' }))).toMatchObject({ field: 'joinedOn', message: '到岗日期不能晚于今天（2026-11-23）' });
    expect(await refused('clinic.saveStaff', staffIn({ registeredOn: '2020-06-01' }))).toMatchObject({ field: 'registeredOn' });
  });

  it('staff who leave no longer count; returning, they do again; deleted and restored likewise', async () => {
    await home.call('clinic.saveProfile', profile);
    const doctor = await home.call('clinic.saveStaff', staffIn());
    await home.call('clinic.saveStaff', staffIn({ name: '护士甲', profession: 'nurse' }));
    const status = async () => (await finding('clinicMinimumStaff'))[0]!.status;
    expect(await status()).toBe('ok');
    await home.call('clinic.staffLeave', { id: doctor.id, date: '2026-11-20' });
    expect(await status()).toBe('violation');
    await home.call('clinic.staffReturn', { id: doctor.id });
    expect(await status()).toBe('ok');
    await home.call('clinic.removeStaff', { id: doctor.id, reason: '重复录入' });
    expect(await status()).toBe('violation');
    expect(await home.call('clinic.staffList', { status: 'deleted' })).toMatchObject([{ id: doctor.id }]);
    await home.call('clinic.restoreStaff', { id: doctor.id });
    expect(await status()).toBe('ok');
    const history = (await home.call('clinic.staffGet', { id: doctor.id })).history.map((h) => h.summary);
    expect(history[0]).toBe('恢复医务人员记录：陈医生（执业医师）');
  });

  it('a physician 4 years into practice does not meet the 医务室 standard; at 5 years they do', async () => {
    await home.call('clinic.saveProfile', profile);
    await home.call('clinic.saveStaff', staffIn({ name: '护士甲', profession: 'nurse' }));
    const young = await home.call('clinic.saveStaff', staffIn({ registeredOn: '2021-11-24', issuedOn: '2022-01-01', joinedOn: '2022-01-01' }));
    expect(young.yearsOfPractice).toBe(4);
    expect((await finding('clinicMinimumStaff'))[0]!.status).toBe('violation');
    await home.call('clinic.saveStaff', staffIn({ id: young.id, registeredOn: '2021-11-23', issuedOn: '2022-01-01', joinedOn: '2022-01-01', licenceNo: young.licenceNo }));
    expect((await finding('clinicMinimumStaff'))[0]!.status).toBe('ok');
  });

  it('lists by search, profession and expiry', async () => {
    await home.call('clinic.saveStaff', staffIn({ name: '王医生', expiresOn: '2030-01-01' }));
    await home.call('clinic.saveStaff', staffIn({ name: '李护士', profession: 'nurse', expiresOn: '2027-01-01' }));
    expect((await home.call('clinic.staffList', { sort: 'expiresOn' })).map((s) => s.name)).toEqual(['李护士', '王医生']);
    expect((await home.call('clinic.staffList', { profession: 'nurse' })).map((s) => s.name)).toEqual(['李护士']);
    expect((await home.call('clinic.staffList', { q: '王' })).map((s) => s.name)).toEqual(['王医生']);
  });

  it('caregivers and clerks may not change clinic records', async () => {
    await home.addStaff({ username: 'hly', displayName: '护理员甲', role: 'caregiver' });
    const { body } = await t.raw('auth.signIn', { username: 'hly', password: 'mima123456' });
    const session = (body as { data: { sessionId: string } }).data.sessionId;
    expect(await refused('clinic.saveStaff', staffIn(), session)).toMatchObject({ code: 'FORBIDDEN' });
    expect(await refused('clinic.get', {}, session)).toMatchObject({ code: 'FORBIDDEN' });
    expect(await refused('policy.check', {}, session)).toMatchObject({ code: 'FORBIDDEN' });
  });
});

describe('医务人员执业证书登记表', () => {
  it('lists licences with their state, the soonest-expiring marked', async () => {
    await home.call('clinic.saveProfile', profile);
    await home.call('clinic.saveStaff', staffIn({ name: '陈医生' }));
    await home.call('clinic.saveStaff', staffIn({ name: '孙护士', profession: 'nurse', issuedOn: '2021-12-20', expiresOn: '2026-12-19' }));
    const data = (await home.call('filings.data', { kind: 'licences', input: {} })) as unknown as { rows: { name: string; state: string }[]; summary: { soon: number } };
    expect(data.rows.map((r) => [r.name, r.state])).toEqual([
      ['陈医生', '长期有效'],
      ['孙护士', '26 天后到期'],
    ]);
    expect(data.summary.soon).toBe(1);
  });

  it('the compliance report groups findings by reviewer with their clause', async () => {
    await t.runtime.db.prepare('UPDATE institution SET region_code = ?, licensed_beds = ?').run('changning', 100);
    const data = (await home.call('filings.data', { kind: 'compliance', input: { scope: 'problems' } })) as unknown as {
      groups: { authority: string; findings: { rule: string; cite: string; status: string }[] }[];
    };
    expect(data.groups[0]!.authority).toBe('民政');
    expect(data.groups[0]!.findings[0]).toMatchObject({ rule: 'clinicByBeds', status: 'violation' });
    expect(data.groups[0]!.findings[0]!.cite).toMatch(/长民〔2025〕2号.*第1条/);
  });
});
