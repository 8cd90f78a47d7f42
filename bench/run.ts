import { cpus, loadavg, totalmem } from 'node:os';
import { join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { ensureRenderer } from '../scripts/ensure-renderer.ts';
import { BENCH_HOME, QUICK_HOME } from './seed.ts';
import { loadPools, openBench, type BenchContext } from './context.ts';
import { measurePack, PACK_OPERATIONS } from './packOperations.ts';
import {
  auditOperations,
  auditSamples,
  prepareRoundFloor,
  ROSTER_OPERATIONS,
  VITALS_READ_OPERATIONS,
  VITALS_WRITE_OPERATIONS,
  WRITE_OPERATIONS,
  type AuditSamples,
} from './operations.ts';
import { HEALTH_OPERATIONS } from './healthOperations.ts';
import { CLINIC_READ_OPERATIONS, CLINIC_WRITE_OPERATIONS, measureClinicPdfs, prepareShiftFloor } from './clinicOperations.ts';
import { INSPECTION_OPERATIONS } from './inspectionOperations.ts';
import { measure, type Measured, type MeasureOptions, type Operation } from './measure.ts';
import { measurePdf, type PdfResult } from './pdf.ts';
import { measureCentre } from './centre.ts';
import { measureDocument } from './document.ts';
import { formatPlans, queryPlans } from './plans.ts';
import { assemble, checksOf, printReport, sectionCheck, writeReport, type Section } from './report.ts';
import { pinyinMicros, profileOperations, type Profile } from './profile.ts';
import { prepareDataset, LARGE_AUDIT, type Dataset } from './dataset.ts';
import { measureStartup } from './startup.ts';
import { measureWebStart } from './webStart.ts';
import { measureHeavyReads } from './heavy.ts';
import { measureMaintenance } from './maintenance.ts';
import { measureDesignation } from './designation.ts';

/**
 * `npm run bench [-- --large] [--reuse DIR] [--keep] [--plans] [--profile] [--quick] [--no-pdf]`
 * Measures the common operations three ways (the best SQL for the job, the dispatcher, HTTP) on a home of 2,000
 * in residence and 20,000 who have left; with --large also ten years of audit log (15 million rows, bulk-loaded).
 * Also start-up, web mode's start and memory, heavy reads beside other calls, and the daily backup and check.
 * A measuring tool: it exits 0 whether or not targets are met.
 */
const { values: flags } = parseArgs({
  options: {
    keep: { type: 'boolean', default: false },
    reuse: { type: 'string' },
    large: { type: 'boolean', default: false },
    plans: { type: 'boolean', default: false },
    profile: { type: 'boolean', default: false },
    quick: { type: 'boolean', default: false },
    'no-pdf': { type: 'boolean', default: false },
  },
});

const root = resolve(import.meta.dirname, '..');
const shape = flags.quick ? QUICK_HOME : BENCH_HOME;
const READS = flags.quick ? { warmup: 3, iterations: 30 } : { warmup: 10, iterations: 300 };
const WRITES = flags.quick ? { warmup: 2, iterations: 12 } : { warmup: 5, iterations: 120 };
/** Rounds per read operation before anything is recorded: fetch, the HTTP server and zod take a few hundred calls to settle. */
const WARM_UP_ROUNDS = flags.quick ? 5 : 60;
/** The cold run (Chromium starts) and an odd number of warm ones, so the median is one of them. */
const PDF_RUNS = flags.quick ? 2 : 6;
/** The ~200-page document: a cold run and an odd number of warm ones. */
const DOCUMENT_RUNS = flags.quick ? 2 : 4;
const PACK_RUNS = flags.quick ? 2 : 3;
/** Rounds of the breakdown (--profile, or on its own for the kind of operation that missed a target). */
const PROFILE_ROUNDS = { read: flags.quick ? 10 : 100, write: flags.quick ? 5 : 30 };
const STARTS = flags.quick ? 3 : 7;
const HEAVY_SAMPLES = flags.quick ? 30 : 200;

const started = performance.now();
const startedAt = new Date().toISOString();
const loadAtStart = loadavg().map((x) => x.toFixed(2)).join(' ');
const secs = (ms: number) => `${(ms / 1000).toFixed(1)} s`;

async function step<T>(label: string, work: () => Promise<T> | T): Promise<T> {
  process.stdout.write(`${label}… `);
  const t = performance.now();
  const result = await work();
  console.log(secs(performance.now() - t));
  return result;
}

/** Admissions use up a free bed per mode per round; if the home has too few, a floor of beds is added through beds.add. */
async function ensureFreeBeds(ctx: BenchContext): Promise<string | null> {
  const needed = (WRITES.warmup + WRITES.iterations) * 3 + PROFILE_ROUNDS.write * 2 + 10;
  if (ctx.freeBeds.length >= needed) return null;
  const floor = (ctx.db.prepare('SELECT max(floor) FROM beds').pluck().get() as number) + 1;
  const rooms = Math.ceil((needed - ctx.freeBeds.length) / 2);
  // Numbered floor×1000 + n: such a floor has more than 99 rooms, and a data set kept with --reuse gets one per run.
  await ctx.service('beds.add', { floor, roomFrom: floor * 1000 + 1, roomTo: floor * 1000 + rooms, bedsPerRoom: 2 });
  loadPools(ctx);
  return `为办理入住在 ${floor} 楼添加了 ${rooms * 2} 张空床位（beds.add，未计时）`;
}

/** Measures one kind of operation, then breaks it down if asked or if it missed a target, on the same database state. */
async function measureKind(ctx: BenchContext, ops: Operation[], options: MeasureOptions) {
  const measured: Measured[] = [];
  for (const op of ops) {
    // Each group starts from an empty WAL, so one group's writes do not slow the next group.
    ctx.db.pragma('wal_checkpoint(TRUNCATE)');
    measured.push(await step(`测量 ${op.name}（${options.iterations} 轮 × 3 种方式）`, () => measure(ctx, op, options)));
  }
  const missed = measured.some((m) => checksOf(m).some((c) => !c.ok));
  let profiles: Profile[] = [];
  if (flags.profile || missed) {
    profiles = await step(`剖析耗时构成${missed ? '（有目标未达成）' : ''}`, () => profileOperations(ctx, ops, (op) => PROFILE_ROUNDS[op.kind]));
  }
  return { measured, profiles };
}

function datasetLines(d: Dataset): string[] {
  const s = d.sizes;
  const audit = s.auditTableMb + s.auditIndexesMb;
  return [
    d.reused
      ? '数据：沿用之前生成的数据（--reuse）'
      : `生成名册数据：${secs(d.seed.ms)}（经由真实服务：在住 ${d.seed.residents}，离院 ${d.seed.left}，床位 ${d.seed.beds}，审计 ${d.seed.auditRows} 条）`,
    ...(d.large
      ? [`批量写入审计记录：${(d.large.rows / 1e6).toFixed(1)} 百万条，写入 ${secs(d.large.insertMs)}，建索引 ${secs(d.large.indexMs)}${d.reused ? '（当时）' : ''}`]
      : []),
    `批量写入生命体征：${d.vitals.years} 年，每天两轮，${(d.vitals.rows / 1e6).toFixed(2)} 百万条读数、${d.vitals.rounds} 轮（各一条审计记录），写入 ${secs(d.vitals.insertMs)}，建索引 ${secs(d.vitals.indexMs)}${d.reused ? '（当时）' : ''}`,
    `批量写入医务室数据：${d.clinic.years} 年，诊疗 ${(d.clinic.encounters / 1e3).toFixed(0)} 千次（收费明细 ${(d.clinic.fees / 1e3).toFixed(0)} 千条），医嘱 ${(d.clinic.orders / 1e3).toFixed(1)} 千条（在用 ${d.clinic.activeOrders}），给药记录 ${(d.clinic.administrations / 1e6).toFixed(2)} 百万条、${d.clinic.rounds} 个班次（各一条审计记录），药品批次 ${d.clinic.batches}，写入 ${secs(d.clinic.insertMs)}，建索引与给药计数表 ${secs(d.clinic.indexMs)}${d.reused ? '（当时）' : ''}；医务室数据占 ${(s.clinicMb / 1024).toFixed(2)} GB`,
    `数据文件 ${(s.fileMb / 1024).toFixed(2)} GB：审计日志表 ${(s.auditTableMb / 1024).toFixed(2)} GB + 其索引 ${(s.auditIndexesMb / 1024).toFixed(2)} GB（共占 ${((audit / s.fileMb) * 100).toFixed(0)}%），生命体征 ${(s.vitalsMb / 1024).toFixed(2)} GB（${((s.vitalsMb / s.fileMb) * 100).toFixed(0)}%，每条读数约 ${((s.vitalsMb * 1024 ** 2) / d.vitals.rows).toFixed(0)} 字节，含测量表与索引），其余 ${s.otherMb.toFixed(0)} MB（dbstat）`,
  ];
}

async function webStartSection(dataDir: string): Promise<Section> {
  const w = await measureWebStart(root, dataDir, flags.quick ? 2 : 5);
  const mb = (x: number | null) => (x === null ? '—' : x.toFixed(0));
  return {
    title: '网页模式进程启动（node server/main.ts，到打印出地址为止）',
    header: ['到可用', '此时内存 RSS MB', '3 秒后 RSS MB'],
    rows: [[`${w.readyMs.toFixed(0)} ms`, mb(w.rssMb), mb(w.settledRssMb)]],
    notes: ['对照其他版本：node bench/webStart.ts <项目目录> <数据文件夹>。'],
    checks: [sectionCheck('网页模式启动', '≤ 2 s', w.readyMs, 2000)],
  };
}

async function run(): Promise<void> {
  if (!flags['no-pdf']) ensureRenderer(root);
  const dataset = await step('准备数据', () =>
    prepareDataset({
      shape,
      large: flags.large,
      auditRows: flags.quick ? LARGE_AUDIT.rows / 10 : LARGE_AUDIT.rows,
      reuse: flags.reuse ?? null,
      keep: flags.keep,
      now: new Date(),
      log: (line) => console.log(`\n  ${line}`),
    }),
  );
  console.log(`数据文件夹：${dataset.dir}`);
  for (const line of datasetLines(dataset)) console.log(`  ${line}`);
  const sections: Section[] = [];
  try {
    sections.push(await step(`启动 ${STARTS} 次（新进程）与未正常关闭后启动 1 次`, () => measureStartup(dataset.dir, STARTS)));
    sections.push(await step('网页模式进程启动', () => webStartSection(dataset.dir)));

    const ctx = await openBench(dataset.dir);
    const notes: string[] = [];
    try {
      const added = await ensureFreeBeds(ctx);
      if (added) notes.push(added);
      let samples: AuditSamples | null = null;
      const reads = [
        ...ROSTER_OPERATIONS,
        ...HEALTH_OPERATIONS,
        ...PACK_OPERATIONS,
        ...INSPECTION_OPERATIONS,
        ...auditOperations(() => (samples ??= auditSamples(ctx, flags.large))),
        ...VITALS_READ_OPERATIONS,
        ...CLINIC_READ_OPERATIONS,
      ];
      const plans = queryPlans(ctx, reads);
      if (flags.plans) console.log(`\n查询计划（EXPLAIN QUERY PLAN）：\n\n${formatPlans(plans)}\n`);
      for (const p of plans.filter((x) => x.ok === false)) notes.push(`${p.operation}·${p.label} 的查询计划没有用到索引 ${p.expectIndex}（见 --plans）`);

      await step('预热', async () => {
        for (const op of reads) await measure(ctx, op, { warmup: WARM_UP_ROUNDS, iterations: 0 });
      });
      const read = await measureKind(ctx, reads, READS);
      sections.push(await step('报表线程与其他调用', () => measureHeavyReads(ctx, HEAVY_SAMPLES)));

      // Before the writes: the filing is of the residents in residence, not of those the benchmark admits.
      let pdf: PdfResult | null = null;
      if (flags['no-pdf']) notes.push('未测 PDF（--no-pdf）');
      else if (!ctx.app.runtime.printer) notes.push('本机没有 Chromium，未测 PDF');
      else {
        ctx.db.pragma('wal_checkpoint(TRUNCATE)');
        pdf = await step(`生成 PDF 名册 ${PDF_RUNS} 次`, () => measurePdf(ctx, PDF_RUNS));
        sections.push(await step(`生成约 200 页的多部分文件 ${DOCUMENT_RUNS} 次`, () => measureDocument(ctx, DOCUMENT_RUNS)));
        sections.push(await step(`生成区级报送材料（季度、年度）各 ${PACK_RUNS} 次`, () => measurePack(ctx, PACK_RUNS)));
        sections.push(await step(`生成一位老人的用药记录单与健康档案 PDF 各 ${PDF_RUNS} 次`, () => measureClinicPdfs(ctx, PDF_RUNS)));
      }
      sections.push(await step('签约医疗机构：服务到位、覆盖率、保存来访、履约情况 PDF', () => measureCentre(ctx)));
      sections.push(
        await step('定点申报：申请资格、预测性分析报告数据、整份申请材料 PDF', () =>
          measureDesignation(ctx, { pdfRuns: flags['no-pdf'] ? 0 : PDF_RUNS, reads: flags.quick ? 20 : 100 }),
        ),
      );
      sections.push(await step('每日维护：在线备份与完整性检查', () => measureMaintenance(ctx, dataset.dir)));

      // A passive checkpoint after every round: SQLite's automatic one (at 1,000 WAL pages) would otherwise land on
      // whichever mode's commit happens to cross the line, a few times per group, right at p95.
      const afterRound = () => void ctx.db.pragma('wal_checkpoint(PASSIVE)');
      notes.push(await step('为测量表准备一层 60 位老人', () => prepareRoundFloor(ctx)));
      notes.push(await step('为给药记录准备一层 60 位老人及其医嘱', () => prepareShiftFloor(ctx)));
      const write = await measureKind(ctx, [...WRITE_OPERATIONS, ...VITALS_WRITE_OPERATIONS, ...CLINIC_WRITE_OPERATIONS], { ...WRITES, afterRound });

      const measured = [...read.measured, ...write.measured];
      const profiles = [...read.profiles, ...write.profiles];
      const sqlite = ctx.db.prepare('SELECT sqlite_version()').pluck().get() as string;
      const results = assemble(
        {
          startedAt,
          totalMs: performance.now() - started,
          environment: {
            'Node.js': process.version,
            SQLite: `${sqlite}（WAL，synchronous=FULL，磁盘上的数据文件夹）`,
            CPU: `${cpus()[0]?.model ?? '?'} × ${cpus().length}`,
            内存: `${(totalmem() / 1024 ** 3).toFixed(0)} GB`,
            '开始/结束时负载': `${loadAtStart} / ${loadavg().map((x) => x.toFixed(2)).join(' ')}`,
            规模: `${flags.quick ? '--quick（十分之一）' : '完整'}${flags.large ? '，--large（十年审计日志）' : ''}`,
            轮数: `预热 ${WARM_UP_ROUNDS}×${reads.length}，读 ${READS.iterations}（另预热 ${READS.warmup}），写 ${WRITES.iterations}（另预热 ${WRITES.warmup}），PDF ${PDF_RUNS}`,
          },
          dataset: datasetLines(dataset),
          seed: dataset.seed,
          sections,
          plans,
          notes,
          profiles,
          pinyinMicros: profiles.length > 0 ? pinyinMicros() : null,
        },
        measured,
        pdf,
      );
      printReport(results);
      const out = writeReport(results, flags.large ? 'results-large' : 'results');
      console.log(`总耗时 ${secs(results.totalMs)}；结果已写入 ${join(out, flags.large ? 'results-large' : 'results')}.json 与 .md`);
    } finally {
      await ctx.app.close();
    }
  } finally {
    dataset.done();
  }
}

process.once('SIGINT', () => process.exit(130));
try {
  await run();
} catch (error) {
  console.error(error);
  process.exitCode = 1;
}
