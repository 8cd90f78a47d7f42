import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { directTransport, setUpHome, snapshot, type Transport } from '../../tests/helpers/app.ts';
import { admitInput } from '../../tests/helpers/fixtures.ts';
import { stageUpload } from '../shared/uploads.ts';
import type { MethodInput } from '../api/methods.ts';
import { institutionInput } from '../../tests/helpers/fixtures.ts';
import { addWorkingDays } from './workingDays.ts';

// Tests run on 2026-11-23 (tests/helpers/fixtures.ts).
let t: Transport;
let home: Awaited<ReturnType<typeof setUpHome>>;

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

const PDF = Buffer.from('%PDF-1.4\n1 0 obj<</Type/Catalog>>endobj\ntrailer<</Root 1 0 R>>\n%%EOF\n');
async function scan(name: string) {
  const staged = await stageUpload(t.runtime.uploadsDir, [PDF]);
  if (!('uploadId' in staged)) throw new Error('not staged');
  return (await home.call('attachments.add', { uploadId: staged.uploadId, fileName: name })).id;
}

async function clinicReady(openedOn: string) {
  await home.call('clinic.saveProfile', {
    type: '医务室',
    name: '测试医务室',
    filingKind: '备案凭证',
    filingNo: '测卫医备 001',
    filingDate: openedOn,
    openedOn,
    subjects: ['全科'],
    medicalAlliance: '测试医联体',
    areasSeparated: true,
  } as MethodInput<'clinic.saveProfile'>);
  await home.call('clinic.saveStaff', {
    name: '陈医生',
    profession: 'physician',
    licenceNo: '110320100012345',
    category: '临床',
    scope: '全科医学专业',
    practiceSite: 'primary',
    registeredOn: '2015-07-01',
    issuedOn: '2020-01-01',
    expiresOn: null,
    joinedOn: openedOn,
  } as MethodInput<'clinic.saveStaff'>);
  await home.call('clinic.saveRoom', { kind: 'treatment', name: '治疗室', areaM2: 12 } as MethodInput<'clinic.saveRoom'>);
  await home.call('designation.saveSetup', {
    insurancePrincipal: '院长甲',
    insuranceAdministrator: '文员乙',
    insuranceDepartment: true,
    infoVendor: '某接口',
    infoDeclaredOn: '2026-09-01',
    infoDirectSettlement: true,
    infoNationalCodes: true,
    billingSeparated: true,
    billingNote: '',
  });
  for (const title of ['医保管理制度', '财务制度', '统计信息管理制度', '医疗质量安全核心制度']) await home.call('designation.addRule', { title, version: 'V1', adoptedOn: '2026-08-01' });
}

describe('长护险失能等级', () => {
  it('records a level with its agency and validity, audited; lists it with reminders and eligibility', async () => {
    const resident = await home.call('residents.admit', admitInput(home.beds[0]!.bedId));
    const saved = await home.call('designation.ltcAdd', {
      residentId: resident.id,
      level: 4,
      assessedOn: '2025-01-10',
      agency: '某评估机构',
      validUntil: '2026-12-31',
      benefitFrom: '2025-02-01',
      note: '',
    });
    expect(saved).toMatchObject({ level: 4, residentName: '张秀英' });
    const overview = await home.call('designation.ltcOverview', {});
    expect(overview.rows[0]).toMatchObject({ valid: true, remind: true, eligible: true, daysLeft: 38 });
    expect(overview.benefit.unverified).toBe(true);
    const audit = t.runtime.db.prepare(`SELECT summary FROM audit_log WHERE entity = 'ltcAssessment'`).pluck().all();
    expect(audit).toEqual(['登记长护险失能等级：张秀英 4级 重度失能Ⅱ级（2025-01-10，有效期至 2026-12-31）']);
  });

  it('refuses a level outside 0–5 and a validity before the assessment, writing nothing', async () => {
    const resident = await home.call('residents.admit', admitInput(home.beds[0]!.bedId));
    const base = { residentId: resident.id, level: 3, assessedOn: '2026-01-10', agency: '某评估机构', validUntil: '2027-12-31', benefitFrom: null, note: '' };
    expect((await refused('designation.ltcAdd', { ...base, level: 6 })).message).toBe('失能等级不能大于 5');
    expect((await refused('designation.ltcAdd', { ...base, level: -1 })).message).toBe('失能等级不能小于 0');
    expect(await refused('designation.ltcAdd', { ...base, validUntil: '2026-01-09' })).toMatchObject({ field: 'validUntil', message: '有效期至不能早于评估日期' });
  });
});

describe('定点申请', () => {
  it('refuses to submit before the clinic may apply, with every reason and from when', async () => {
    await clinicReady('2026-09-01');
    const app = await home.call('designation.create', { kind: 'medical', title: '' });
    const error = await refused('designation.submit', { id: app.id, submittedOn: '2026-11-20', acceptedOn: '2026-11-20' });
    expect(error.message).toContain('现在不能提交申请');
    expect(error.message).toContain('最早 2026-12-01 可以申请');
    expect(error.message).toContain('缺少必备材料');
    expect(error.message).toContain('医疗机构执业许可证');
    expect(error.message).toContain('预测性分析报告（尚无诊疗记录）');
  });

  it('refuses an acceptance date in the future and an outcome dated before submission', async () => {
    const app = await home.call('designation.create', { kind: 'ltc', title: '' });
    expect(await refused('designation.submit', { id: app.id, submittedOn: '2026-11-20', acceptedOn: '2026-11-24' })).toMatchObject({
      field: 'acceptedOn',
      message: '受理日期不能晚于今天（2026-11-23）',
    });
    expect(await refused('designation.submit', { id: app.id, submittedOn: '2026-11-20', acceptedOn: '2026-11-19' })).toMatchObject({ field: 'acceptedOn' });
  });

  it('walks an application from draft to signed agreement: materials, acceptance, a supplement pausing the clock, outcome, agreement', async () => {
    await clinicReady('2026-01-05');
    await home.call('designation.addRule', { title: '服务管理制度', version: 'V1', adoptedOn: '2026-08-01' });
    const app = await home.call('designation.create', { kind: 'ltc', title: '' });
    let view = (await home.call('designation.overview', {})).applications[0]!;
    expect(view.status).toBe('draft');
    expect(view.missing).toEqual(['养老机构备案回执及法人登记证书复印件', '医保信息平台长护险模块使用说明', '无骗取基金记录的承诺书']);
    for (const key of ['homeFiling', 'infoSystem', 'declaration']) await home.call('designation.attach', { id: app.id, key, attachmentId: await scan(`${key}.pdf`) });
    view = (await home.call('designation.overview', {})).applications[0]!;
    expect(view.status).toBe('ready');
    await home.call('designation.submit', { id: app.id, submittedOn: '2026-08-03', acceptedOn: '2026-08-03' });
    await home.call('designation.requestSupplement', { id: app.id, requestedOn: '2026-08-10', note: '补充护理员证书' });
    view = (await home.call('designation.overview', {})).applications[0]!;
    expect(view.clock).toMatchObject({ paused: true, pausedDays: 105, daysLeft: null });
    // An outcome while a supplement is open, or before submission, is refused.
    expect((await refused('designation.outcome', { id: app.id, outcome: 'passed', outcomeOn: '2026-11-20', reasons: '', rectification: '' })).message).toContain('补充材料尚未补齐');
    await home.call('designation.supplySupplement', { supplementId: view.supplements[0]!.id, suppliedOn: '2026-08-20' });
    view = (await home.call('designation.overview', {})).applications[0]!;
    expect(view.clock).toMatchObject({ paused: false, pausedDays: 10, due: '2026-11-13' });
    expect(await refused('designation.outcome', { id: app.id, outcome: 'passed', outcomeOn: '2026-08-01', reasons: '', rectification: '' })).toMatchObject({ field: 'outcomeOn' });
    await home.call('designation.outcome', { id: app.id, outcome: 'passed', outcomeOn: '2026-11-01', reasons: '', rectification: '' });
    await home.call('designation.sign', { id: app.id, agreementNo: 'CHX-2026-017', agreementFrom: '2026-11-15', agreementTo: '2027-11-14' });
    view = (await home.call('designation.overview', {})).applications[0]!;
    expect(view).toMatchObject({ status: 'signed', agreementNo: 'CHX-2026-017', renewalDue: '2027-08-14' });
    const steps = t.runtime.db.prepare(`SELECT summary FROM audit_log WHERE entity = 'designationApplication' ORDER BY id`).pluck().all() as string[];
    expect(steps.length).toBe(9);
    expect(steps.at(-1)).toContain('签订协议 CHX-2026-017');
  });

  it('a failed evaluation: reasons, earliest re-application, suspension and exit limits', async () => {
    const app = await home.call('designation.create', { kind: 'ltc', title: '' });
    t.runtime.db.prepare(`UPDATE designation_applications SET status = 'evaluating', submitted_on = '2026-05-01', accepted_on = '2026-05-01' WHERE id = ?`).run(app.id);
    expect(await refused('designation.outcome', { id: app.id, outcome: 'failed', outcomeOn: '2026-07-01', reasons: '', rectification: '' })).toMatchObject({ field: 'reasons' });
    await home.call('designation.outcome', { id: app.id, outcome: 'failed', outcomeOn: '2026-07-01', reasons: '护理员持证比例不足', rectification: '补充培训' });
    const view = (await home.call('designation.overview', {})).applications[0]!;
    expect(view).toMatchObject({ status: 'failed', retryFrom: '2026-10-01', reasons: '护理员持证比例不足' });
    const again = await home.call('designation.create', { kind: 'ltc', title: '' });
    t.runtime.db.prepare(`UPDATE designation_applications SET status = 'signed', outcome_on = '2026-10-01', agreement_from = '2026-10-10', agreement_to = '2027-10-09' WHERE id = ?`).run(again.id);
    expect((await refused('designation.suspend', { id: again.id, suspendedFrom: '2026-11-01', suspendedUntil: '2027-05-01' })).message).toContain('不超过 180 天');
    expect((await refused('designation.exit', { id: again.id, exitNoticeOn: '2026-11-20', exitOn: '2027-02-19' })).message).toContain('最早 2027-02-20 退出');
  });

  it('refuses a scan that is not PDF, JPEG or PNG by content', async () => {
    const staged = await stageUpload(t.runtime.uploadsDir, [Buffer.from('MZ\x90\x00 a program')]);
    const error = await refused('attachments.add', { uploadId: (staged as { uploadId: string }).uploadId, fileName: '执业许可证.pdf' });
    expect(error.message).toContain('不是 PDF、JPEG 或 PNG 文件');
  });

  it('after signing, a change of name or 诊疗科目 is detected at once, due in 30 working days, until marked reported', async () => {
    await clinicReady('2026-01-05');
    const app = await home.call('designation.create', { kind: 'medical', title: '' });
    t.runtime.db.prepare(`UPDATE designation_applications SET status = 'passed', submitted_on = '2026-05-01', accepted_on = '2026-05-01', outcome_on = '2026-07-01' WHERE id = ?`).run(app.id);
    await home.call('designation.sign', { id: app.id, agreementNo: 'YB-1', agreementFrom: '2026-07-10', agreementTo: '2027-07-09' });
    expect((await home.call('designation.overview', {})).applications[0]!.changes).toEqual([]);
    await home.call('institution.update', institutionInput({ name: '测试福利院（更名）' }));
    await home.call('clinic.saveProfile', {
      type: '医务室',
      name: '测试医务室',
      filingKind: '备案凭证',
      filingNo: '测卫医备 001',
      filingDate: '2026-01-05',
      openedOn: '2026-01-05',
      subjects: ['全科', '中医科'],
      medicalAlliance: '测试医联体',
      areasSeparated: true,
    } as MethodInput<'clinic.saveProfile'>);
    const changes = (await home.call('designation.overview', {})).applications[0]!.changes;
    expect(changes.map((c) => [c.label, c.before, c.after, c.changedOn])).toEqual([
      ['机构名称', '测试福利院', '测试福利院（更名）', '2026-11-23'],
      ['诊疗科目', '全科', '全科、中医科', '2026-11-23'],
    ]);
    expect(changes[0]!.due).toBe(addWorkingDays('2026-11-23', 30).date);
    const deadlines = await home.call('deadlines.list', { days: 60 });
    expect(deadlines.filter((d) => d.kind === '定点信息变更申报').length).toBe(2);
    await home.call('designation.changeReported', { id: app.id, field: 'institutionName', reportedOn: '2026-11-23' });
    expect((await home.call('designation.overview', {})).applications[0]!.changes.map((c) => c.label)).toEqual(['诊疗科目']);
  });
});
