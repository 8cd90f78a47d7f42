import { createHash } from 'node:crypto';
import { afterEach, describe, expect, it } from 'vitest';
import { directTransport, httpTransport, setUpHome, snapshot, type Transport } from '../helpers/app.ts';
import { admitInput } from '../helpers/fixtures.ts';
import { stageUpload } from '../../core/shared/uploads.ts';
import { composeCreditCode } from '../../core/shared/creditCode.ts';

/** A real 1×1 PNG: a scan judged by its bytes, whatever its name says. */
const PNG = Buffer.from('89504e470d0a1a0a0000000d49484452000000010000000108060000001f15c4890000000d4944415478da63f8cfc0f01f0005000201a1d4a9a30000000049454e44ae426082', 'hex');

async function upload(t: Transport & { url?: string; token?: string }, data: Buffer): Promise<string> {
  if (t.url) {
    const res = await fetch(`${t.url}/uploads`, { method: 'POST', headers: { authorization: `Bearer ${t.token}` }, body: data });
    return ((await res.json()) as { data: { uploadId: string } }).data.uploadId;
  }
  const staged = await stageUpload(t.runtime.uploadsDir, [data]);
  if (!('uploadId' in staged)) throw new Error('not staged');
  return staged.uploadId;
}

const agreement = (overrides: Record<string, unknown> = {}) => ({
  partnerName: '玄武区梅园社区卫生服务中心',
  partnerCreditCode: composeCreditCode('12320102466000001'),
  partnerAddress: '南京市玄武区梅园新村 18 号',
  partnerContact: '王主任',
  partnerPhone: '025-84561234',
  startsOn: '2026-01-01',
  endsOn: '2026-12-31',
  services: [{ service: 'health_management', way: '上门巡诊', times: 1, per: 'week' }],
  feeYuan: 0,
  feePayer: 'public',
  homeDuties: '提供诊室',
  partnerDuties: '按约定上门',
  ...overrides,
});

describe.each([
  ['direct', directTransport],
  ['http', httpTransport],
] as const)('签约医疗机构（%s）', (_name, make) => {
  let t: Transport & { url?: string; token?: string };
  afterEach(() => t.close());

  async function refused(home: Awaited<ReturnType<typeof setUpHome>>, method: string, input: unknown) {
    const before = snapshot(t.runtime);
    const { body } = await t.raw(method, input, home.session);
    expect(body.ok, JSON.stringify(body)).toBe(false);
    expect(snapshot(t.runtime)).toBe(before);
    return body.ok ? null! : body.error;
  }

  it('keeps the signed scan with its SHA-256 (a PNG named .pdf is a PNG), and reports it damaged in words', async () => {
    t = await make();
    const home = await setUpHome(t, { beds: false });
    const scan = await home.call('attachments.add', { uploadId: await upload(t, PNG), fileName: '协议扫描件.pdf' });
    expect(scan).toMatchObject({ mime: 'image/png', sha256: createHash('sha256').update(PNG).digest('hex') });
    const a = await home.call('agreements.create', agreement({ attachmentId: scan.id }) as never);
    expect((await home.call('agreements.get', { id: a.id })).attachment).toMatchObject({ status: 'ok', sha256: scan.sha256 });
    t.runtime.db.prepare("UPDATE attachment_blobs SET data = CAST('tampered' AS BLOB) WHERE attachment_id = ?").run(scan.id);
    expect((await home.call('agreements.get', { id: a.id })).attachment).toMatchObject({ status: 'damaged' });
  });

  it('refuses, writing nothing: an agreement ending before it starts, an overlapping one, a visit outside the term, a resident not in residence, a signing expiring before it starts', async () => {
    t = await make();
    const home = await setUpHome(t);
    const a = await home.call('agreements.create', agreement() as never);
    expect(await refused(home, 'agreements.create', agreement({ startsOn: '2026-06-01', endsOn: '2026-05-31' }))).toMatchObject({ code: 'VALIDATION', field: 'endsOn' });
    expect(await refused(home, 'agreements.create', agreement({ startsOn: '2026-12-01', endsOn: '2027-11-30' }))).toMatchObject({ code: 'CONFLICT', field: 'startsOn' });
    const r = await home.call('residents.admit', admitInput(home.beds[0]!.bedId, { admissionDate: '2026-11-20' }));
    const visit = { agreementId: a.id, visitOn: '2026-11-18', startsAt: '09:00', staff: [{ name: '李医生', role: '全科医师' }], serviceIds: [a.services[0]!.id], residents: [] };
    expect(await refused(home, 'agreements.recordVisit', { ...visit, visitOn: '2025-12-20' })).toMatchObject({ field: 'visitOn' });
    expect(await refused(home, 'agreements.recordVisit', { ...visit, residents: [{ residentId: r.id }] })).toMatchObject({ field: 'residents.0.residentId' });
    expect(await refused(home, 'signings.sign', { residentId: r.id, team: '第一团队', doctor: '李医生', signedOn: '2026-11-21', expiresOn: '2026-11-20' })).toMatchObject({
      field: 'expiresOn',
    });
  });
});
