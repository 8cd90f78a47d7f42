import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { directTransport, httpTransport, setUpHome, snapshot, type Transport } from '../helpers/app.ts';
import { MAX_UPLOAD_BYTES, stageUpload } from '../../core/shared/uploads.ts';

const PDF = Buffer.from('%PDF-1.4\n1 0 obj<<>>endobj\ntrailer<<>>\n%%EOF\n');

/** Stages bytes as the renderer would: POST /uploads over HTTP, or straight into the folder for the dispatcher. */
async function upload(t: Transport & { url?: string; token?: string }, data: Buffer): Promise<{ status: number; body: { ok: boolean; data?: { uploadId: string }; error?: { code: string; message: string } } }> {
  if (t.url) {
    const res = await fetch(`${t.url}/uploads`, { method: 'POST', headers: { authorization: `Bearer ${t.token}` }, body: data });
    return { status: res.status, body: (await res.json()) as never };
  }
  const staged = await stageUpload(t.runtime.uploadsDir, [data]);
  return { status: 200, body: 'uploadId' in staged ? { ok: true, data: staged } : { ok: false } };
}

describe.each([
  ['direct', directTransport],
  ['http', httpTransport],
] as const)('附件（%s）', (_name, make) => {
  let t: Transport & { url?: string; token?: string };
  afterEach(() => t.close());

  it('stores a PDF with its SHA-256, audits it, reports it whole and opens an identical copy', async () => {
    t = await make();
    const home = await setUpHome(t, { beds: false });
    const { body } = await upload(t, PDF);
    const stored = await home.call('attachments.add', { uploadId: body.data!.uploadId, fileName: '签约协议.pdf' });
    expect(stored).toMatchObject({ fileName: '签约协议.pdf', mime: 'application/pdf', bytes: PDF.byteLength });
    expect(stored.sha256).toMatch(/^[0-9a-f]{64}$/);
    expect(await home.call('attachments.get', { id: stored.id })).toMatchObject({ status: 'ok' });
    const audit = (await home.call('audit.list', { entity: 'attachment' })).rows[0]!;
    expect(audit.summary).toMatch(/^上传附件：签约协议\.pdf（PDF，0\.00 MB）$/);
    const opened = await home.call('attachments.open', { id: stored.id });
    expect(opened.fileName).toBe('签约协议.pdf');
    expect(readFileSync(join(t.runtime.exportsDir, opened.fileId)).equals(PDF)).toBe(true);
    // The staged copy is gone once stored: the same upload cannot be stored twice.
    await new Promise((r) => setTimeout(r, 10));
    const again = await t.raw('attachments.add', { uploadId: body.data!.uploadId, fileName: '签约协议.pdf' }, home.session);
    expect(again.body).toMatchObject({ ok: false, error: { field: 'uploadId' } });
  });

  it('refuses a file that is not PDF, JPEG or PNG by its content, whatever its name, and writes nothing', async () => {
    t = await make();
    const home = await setUpHome(t, { beds: false });
    const { body } = await upload(t, Buffer.from('MZ\x90\x00 this is a program'));
    const before = snapshot(t.runtime);
    const refused = await t.raw('attachments.add', { uploadId: body.data!.uploadId, fileName: '扫描件.pdf' }, home.session);
    expect(refused.body).toMatchObject({
      ok: false,
      error: { code: 'VALIDATION', field: 'uploadId', message: '“扫描件.pdf”不是 PDF、JPEG 或 PNG 文件（按文件内容判断，与扩展名无关），请扫描或另存为这三种格式之一' },
    });
    expect(snapshot(t.runtime)).toBe(before);
  });

  it('reports a damaged or a missing file in words and refuses to open it, without failing the read', async () => {
    t = await make();
    const home = await setUpHome(t, { beds: false });
    const { body } = await upload(t, PDF);
    const stored = await home.call('attachments.add', { uploadId: body.data!.uploadId, fileName: '保险单.pdf' });
    t.runtime.db.prepare("UPDATE attachment_blobs SET data = CAST('%PDF-tampered' AS BLOB) WHERE attachment_id = ?").run(stored.id);
    expect(await home.call('attachments.get', { id: stored.id })).toMatchObject({ status: 'damaged' });
    expect((await t.raw('attachments.open', { id: stored.id }, home.session)).body).toMatchObject({ ok: false, error: { message: expect.stringContaining('已损坏') } });
    t.runtime.db.prepare('DELETE FROM attachment_blobs WHERE attachment_id = ?').run(stored.id);
    expect(await home.call('attachments.get', { id: stored.id })).toMatchObject({ status: 'missing' });
    expect((await t.raw('attachments.open', { id: stored.id }, home.session)).body).toMatchObject({ ok: false, error: { message: expect.stringContaining('缺失') } });
  });
});

describe('POST /uploads', () => {
  let t: Awaited<ReturnType<typeof httpTransport>>;
  afterEach(() => t.close());

  it('refuses more than 20 MB as it arrives, an empty file, and a request without the launch token', async () => {
    t = await httpTransport();
    const over = await upload(t, Buffer.alloc(MAX_UPLOAD_BYTES + 1, 0x25));
    expect(over.status).toBe(413);
    expect(over.body).toMatchObject({ ok: false, error: { code: 'TOO_LARGE', message: '文件超过 20 MB，请压缩或分成几份后再上传' } });
    const empty = await upload(t, Buffer.alloc(0));
    expect(empty.body).toMatchObject({ ok: false, error: { message: '这个文件是空的（0 字节），请重新选择' } });
    const res = await fetch(`${t.url}/uploads`, { method: 'POST', body: PDF });
    expect(res.status).toBe(401);
  });

  it('takes exactly 20 MB', async () => {
    t = await httpTransport();
    const ok = await upload(t, Buffer.concat([PDF, Buffer.alloc(MAX_UPLOAD_BYTES - PDF.byteLength, 0x20)]));
    expect(ok.body).toMatchObject({ ok: true, data: { bytes: MAX_UPLOAD_BYTES } });
  });
});
