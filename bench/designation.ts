import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { deflateSync, crc32 } from 'node:zlib';
import { PDFDocument, StandardFonts } from 'pdf-lib';
import dayjs from 'dayjs';
import type { BenchContext } from './context.ts';
import { sectionCheck, type Section } from './report.ts';
import { auditedWrite } from '../core/audit/audited.ts';
import { seedClinicDemo } from '../core/demo/clinic.ts';
import { seedDesignationDemo } from '../core/demo/designation.ts';
import { seededRandom } from '../core/demo/random.ts';
import { clinicProfile } from '../core/clinic/queries.ts';
import { fundForecast } from '../core/designation/filings.ts';
import { stageUpload } from '../core/shared/uploads.ts';

/** Issue #11's targets on the large data set. */
const ELIGIBILITY_MS = 50;
const FORECAST_MS = 300;
const PDF_MS = 5000;

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;

/** A grey PNG of a scanned A4 page at 100 dpi, built by hand (zlib), about 0.1–0.3 MB. */
function scanPng(seed: number): Buffer {
  const w = 827;
  const h = 1169;
  const raw = Buffer.alloc((w + 1) * h);
  for (let y = 0; y < h; y++) {
    raw[y * (w + 1)] = 0;
    for (let x = 0; x < w; x++) raw[y * (w + 1) + 1 + x] = 235 + ((x * 7 + y * 13 + seed) % 20);
  }
  const chunk = (type: string, data: Buffer) => {
    const len = Buffer.alloc(4);
    len.writeUInt32BE(data.length);
    const td = Buffer.concat([Buffer.from(type, 'latin1'), data]);
    const crc = Buffer.alloc(4);
    crc.writeUInt32BE(crc32(td) >>> 0);
    return Buffer.concat([len, td, crc]);
  };
  const ihdr = Buffer.alloc(13);
  ihdr.writeUInt32BE(w, 0);
  ihdr.writeUInt32BE(h, 4);
  ihdr[8] = 8; // bit depth
  ihdr[9] = 0; // greyscale
  return Buffer.concat([Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]), chunk('IHDR', ihdr), chunk('IDAT', deflateSync(raw)), chunk('IEND', Buffer.alloc(0))]);
}

async function scanPdf(pages: number): Promise<Buffer> {
  const doc = await PDFDocument.create();
  const font = await doc.embedFont(StandardFonts.Helvetica);
  for (let i = 0; i < pages; i++) doc.addPage([595, 842]).drawText(`Scanned page ${i + 1} / ${pages}`, { x: 72, y: 760, size: 18, font });
  // Without object streams, as scanners write them: the page count is readable from the bytes.
  return Buffer.from(await doc.save({ useObjectStreams: false }));
}

/**
 * The designation work on the bench home: the clinic, its staff, the 医保 set-up, a year of encounters (bulk, not
 * through the services), and a 医保 application whose every material is generated or scanned. Kept when the
 * data set is reused.
 */
async function prepare(ctx: BenchContext): Promise<number> {
  if (!clinicProfile(ctx.db)) {
    auditedWrite(ctx.db, { actor: { userId: null, name: '性能测试', role: null }, now: new Date(), action: 'bench.seed' }, (w) => {
      seedClinicDemo(w, dayjs(w.today).subtract(7, 'year').format('YYYY-MM-DD'));
      seedDesignationDemo(w, seededRandom(11));
    });
    const doctor = ctx.db.prepare(`SELECT id FROM users WHERE role = 'doctor' ORDER BY id LIMIT 1`).pluck().get() as number;
    const residents = ctx.db.prepare(`SELECT id FROM residents WHERE status = 'in_residence' AND deleted_at IS NULL LIMIT 500`).pluck().all() as number[];
    const encounter = ctx.db.prepare(
      `INSERT INTO encounters (resident_id, kind, date, time, doctor_id, complaint, created_at, updated_at) VALUES (?, ?, ?, '09:00', ?, '巡诊', ?, ?)`,
    );
    const fee = ctx.db.prepare(
      `INSERT INTO encounter_fees (encounter_id, date, item_code, name, category, insured, quantity, unit_price_fen, amount_fen) VALUES (?, ?, ?, ?, ?, ?, 1, ?, ?)`,
    );
    const at = new Date().toISOString();
    ctx.db.transaction(() => {
      // Two years, 60 encounters a day, each with a consultation, a drug fee and every fifth a care item.
      for (let back = 730; back >= 1; back--) {
        const date = dayjs(ctx.today).subtract(back, 'day').format('YYYY-MM-DD');
        for (let n = 0; n < 60; n++) {
          const id = Number(encounter.run(residents[(back * 60 + n) % residents.length], n % 3 === 0 ? 'round' : 'visit', date, doctor, at, at).lastInsertRowid);
          fee.run(id, date, 'M001', '诊查费', 'medical', 1, 600, 600);
          fee.run(id, date, 'M025', '药品费', 'medical', 1, 2350, 2350);
          if (n % 5 === 0) fee.run(id, date, 'C001', '协助进食', 'care', 0, 1000, 1000);
        }
      }
    })();
  }
  const id = ctx.db.prepare(`SELECT id FROM designation_applications WHERE kind = 'medical' AND deleted_at IS NULL ORDER BY id DESC LIMIT 1`).pluck().get() as number;
  const attached = ctx.db.prepare(`SELECT count(*) FROM designation_materials WHERE application_id = ? AND attachment_id IS NOT NULL`).pluck().get(id) as number;
  if (attached < 4) {
    const scans: [string, string, Buffer][] = [
      ['infoSystem', '信息系统说明.pdf', await scanPdf(18)],
      ['premises', '租赁合同.pdf', await scanPdf(10)],
      ['declaration', '真实性声明.png', scanPng(3)],
      ['licence', '备案凭证.png', scanPng(5)],
    ];
    for (const [key, fileName, data] of scans) {
      const staged = await stageUpload(ctx.app.runtime.uploadsDir, [data]);
      if (!('uploadId' in staged)) throw new Error('staging failed');
      const stored = (await ctx.service('attachments.add', { uploadId: staged.uploadId, fileName })) as { id: number };
      await ctx.service('designation.attach', { id, key, attachmentId: stored.id });
    }
  }
  return id;
}

export async function measureDesignation(ctx: BenchContext, options: { pdfRuns: number; reads: number }): Promise<Section> {
  const id = await prepare(ctx);
  const time = async (work: () => Promise<unknown> | unknown, n: number) => {
    const times: number[] = [];
    for (let i = 0; i < n; i++) {
      const started = performance.now();
      await work();
      times.push(performance.now() - started);
    }
    return times;
  };
  await time(() => ctx.service('designation.eligibility', {}), 5);
  const eligibility = median(await time(() => ctx.service('designation.eligibility', {}), options.reads));
  const forecast = median(await time(() => fundForecast(ctx.db, ctx.today), options.reads));
  const encounters = ctx.db.prepare('SELECT count(*) FROM encounters').pluck().get() as number;
  const rows: string[][] = [
    ['申请资格（designation.eligibility，经调度）', eligibility.toFixed(1), `≤ ${ELIGIBILITY_MS}`],
    ['预测性分析报告数据（近 6 个完整月）', forecast.toFixed(1), `≤ ${FORECAST_MS}`],
  ];
  const checks = [
    sectionCheck('医保定点申请资格', `中位数 ≤ ${ELIGIBILITY_MS} ms`, eligibility, ELIGIBILITY_MS),
    sectionCheck('预测性分析报告数据', `中位数 ≤ ${FORECAST_MS} ms`, forecast, FORECAST_MS),
  ];
  const notes = [`诊疗记录 ${encounters} 条（两年，批量写入）；申请 ${id}`];
  if (options.pdfRuns > 0) {
    const request = { kind: 'designation', input: { id } };
    let pdf = Buffer.alloc(0);
    const pdfTimes = await time(async () => {
      const file = (await ctx.service('filings.pdf', request)) as { fileId: string };
      pdf = readFileSync(join(ctx.app.runtime.exportsDir, file.fileId));
    }, options.pdfRuns);
    const pages = (await PDFDocument.load(pdf)).getPageCount();
    const warm = median(pdfTimes.slice(1));
    rows.push([`整份申请材料 PDF（${pages} 页，含扫描件）`, warm.toFixed(0), `≤ ${PDF_MS}`]);
    notes.push(`PDF 第 1 次（含启动 Chromium）${pdfTimes[0]!.toFixed(0)} ms，其后中位数 ${warm.toFixed(0)} ms，${(pdf.length / 1024).toFixed(0)} KB`);
    checks.push(sectionCheck(`整份申请材料 PDF（${pages} 页）`, `中位数 ≤ ${PDF_MS / 1000} s`, warm, PDF_MS));
  }
  return { title: '定点申报（#11）', header: ['操作', '中位数 ms', '目标 ms'], rows, notes, checks };
}
