import { cpus, loadavg, tmpdir } from 'node:os';
import { mkdtempSync, rmSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { ensureRenderer } from '../scripts/ensure-renderer.ts';
import { BENCH_HOME, QUICK_HOME, seedBenchHome } from './seed.ts';
import { loadPools, openBench, type BenchContext } from './context.ts';
import { OPERATIONS } from './operations.ts';
import { measure, type Measured, type MeasureOptions, type Operation } from './measure.ts';
import { measurePdf, type PdfResult } from './pdf.ts';
import { formatPlans, queryPlans } from './plans.ts';
import { assemble, checksOf, printReport, writeReport } from './report.ts';
import { pinyinMicros, profileOperations, type Profile } from './profile.ts';

/**
 * `npm run bench [-- --plans] [--profile] [--keep] [--quick] [--no-pdf]`
 * Measures the roster's common operations three ways (bare SQL, the dispatcher, HTTP) on a home of
 * 2,000 in residence and 20,000 who have left. A measuring tool: it exits 0 whether or not targets are met.
 */
const { values: flags } = parseArgs({
  options: {
    keep: { type: 'boolean', default: false },
    plans: { type: 'boolean', default: false },
    profile: { type: 'boolean', default: false },
    quick: { type: 'boolean', default: false },
    'no-pdf': { type: 'boolean', default: false },
  },
});

const shape = flags.quick ? QUICK_HOME : BENCH_HOME;
const READS = flags.quick ? { warmup: 3, iterations: 30 } : { warmup: 10, iterations: 300 };
const WRITES = flags.quick ? { warmup: 2, iterations: 12 } : { warmup: 5, iterations: 120 };
/** Rounds per read operation before anything is recorded: fetch, the HTTP server and zod take a few hundred calls to settle. */
const WARM_UP_ROUNDS = flags.quick ? 5 : 60;
/** The cold run (Chromium starts) and an odd number of warm ones, so the median is one of them. */
const PDF_RUNS = flags.quick ? 2 : 6;
/** Rounds of the breakdown (--profile, or on its own for the kind of operation that missed a target). */
const PROFILE_ROUNDS = { read: flags.quick ? 10 : 100, write: flags.quick ? 5 : 30 };

const started = performance.now();
const startedAt = new Date().toISOString();
const loadAtStart = loadavg().map((x) => x.toFixed(2)).join(' ');
const secs = (ms: number) => `${(ms / 1000).toFixed(1)} s`;

async function step<T>(label: string, work: () => Promise<T>): Promise<T> {
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
  const floor = shape.floors + 1;
  const rooms = Math.ceil((needed - ctx.freeBeds.length) / 2);
  await ctx.service('beds.add', { floor, roomFrom: floor * 100 + 1, roomTo: floor * 100 + rooms, bedsPerRoom: 2 });
  loadPools(ctx);
  return `为办理入住在 ${floor} 楼添加了 ${rooms * 2} 张空床位（beds.add，未计时）`;
}

/** Measures one kind of operation, then breaks it down if asked or if it missed a target, on the same database state. */
async function measureKind(ctx: BenchContext, ops: Operation[], options: MeasureOptions, notes: string[]) {
  const measured: Measured[] = [];
  for (const op of ops) {
    // Each group starts from an empty WAL, so one group's writes do not slow the next group.
    ctx.db.pragma('wal_checkpoint(TRUNCATE)');
    const m = await step(`测量 ${op.name}（${options.iterations} 轮 × 3 种方式）`, () => measure(ctx, op, options));
    if (m.trace.onlyFloor.length + m.trace.onlyService.length > 0) {
      notes.push(`${op.name}：底层与服务执行的 SQL 不同，底层要按服务代码更新（仅底层：${m.trace.onlyFloor.join(' / ') || '无'}；仅服务：${m.trace.onlyService.join(' / ') || '无'}）`);
    }
    measured.push(m);
  }
  const missed = measured.some((m) => checksOf(m).some((c) => !c.ok));
  let profiles: Profile[] = [];
  if (flags.profile || missed) {
    profiles = await step(`剖析耗时构成${missed ? '（有目标未达成）' : ''}`, () => profileOperations(ctx, ops, (op) => PROFILE_ROUNDS[op.kind]));
  }
  return { measured, profiles };
}

async function run(dataDir: string): Promise<void> {
  if (!flags['no-pdf']) ensureRenderer(resolve(import.meta.dirname, '..'));
  console.log(`数据文件夹：${dataDir}`);
  console.log(`正在生成 ${shape.residents} 位在住、${shape.left} 位已离院的老人（经由真实服务）…`);
  const seed = seedBenchHome(dataDir, shape, new Date());
  console.log(`生成数据用时 ${secs(seed.ms)}：床位 ${seed.beds}，审计记录 ${seed.auditRows} 条，数据文件 ${seed.fileMb.toFixed(1)} MB`);

  const ctx = await openBench(dataDir);
  const notes: string[] = [];
  try {
    const added = await ensureFreeBeds(ctx);
    if (added) notes.push(added);
    const plans = queryPlans(ctx, OPERATIONS);
    if (flags.plans) console.log(`\n查询计划（EXPLAIN QUERY PLAN）：\n\n${formatPlans(plans)}\n`);
    for (const p of plans.filter((x) => x.ok === false)) notes.push(`${p.operation}·${p.label} 的查询计划没有用到索引 ${p.expectIndex}（见 --plans）`);

    const reads = OPERATIONS.filter((o) => o.kind === 'read');
    await step('预热', async () => {
      for (const op of reads) await measure(ctx, op, { warmup: WARM_UP_ROUNDS, iterations: 0 });
    });
    const read = await measureKind(ctx, reads, READS, notes);

    // Before the writes: the filing is of the 2,000 in residence, not of those the benchmark admits.
    let pdf: PdfResult | null = null;
    if (flags['no-pdf']) notes.push('未测 PDF（--no-pdf）');
    else if (!ctx.app.runtime.printer) notes.push('本机没有 Chromium，未测 PDF');
    else {
      ctx.db.pragma('wal_checkpoint(TRUNCATE)');
      pdf = await step(`生成 PDF 名册 ${PDF_RUNS} 次`, () => measurePdf(ctx, PDF_RUNS));
    }

    // A passive checkpoint after every round: SQLite's automatic one (at 1,000 WAL pages) would otherwise land on
    // whichever mode's commit happens to cross the line, a few times per group, right at p95.
    const afterRound = () => void ctx.db.pragma('wal_checkpoint(PASSIVE)');
    const write = await measureKind(ctx, OPERATIONS.filter((o) => o.kind === 'write'), { ...WRITES, afterRound }, notes);

    const measured = [...read.measured, ...write.measured];
    if (measured.every((m) => m.trace.onlyFloor.length + m.trace.onlyService.length === 0)) {
      const counts = measured.map((m) => `${m.name} ${m.trace.floor.length}`).join('，');
      notes.push(`底层与服务执行的 SQL 逐条一致（预热轮追踪核对，含 BEGIN/COMMIT 与会话查询；每次调用的语句数：${counts}）`);
    }
    const profiles = [...read.profiles, ...write.profiles];
    const sqlite = ctx.db.prepare('SELECT sqlite_version()').pluck().get() as string;
    const results = assemble(
      {
        startedAt,
        totalMs: performance.now() - started,
        environment: {
          'Node.js': process.version,
          SQLite: `${sqlite}（WAL，synchronous=FULL，磁盘上的临时文件夹）`,
          CPU: `${cpus()[0]?.model ?? '?'} × ${cpus().length}`,
          '开始/结束时负载': `${loadAtStart} / ${loadavg().map((x) => x.toFixed(2)).join(' ')}`,
          规模: flags.quick ? '--quick（十分之一）' : '完整',
          轮数: `预热 ${WARM_UP_ROUNDS}×${reads.length}，读 ${READS.iterations}（另预热 ${READS.warmup}），写 ${WRITES.iterations}（另预热 ${WRITES.warmup}），PDF ${PDF_RUNS}`,
        },
        seed,
        plans,
        notes,
        profiles,
        pinyinMicros: profiles.length > 0 ? pinyinMicros() : null,
      },
      measured,
      pdf,
    );
    printReport(results);
    const out = writeReport(results);
    console.log(`总耗时 ${secs(results.totalMs)}；结果已写入 ${join(out, 'results.json')} 与 results.md`);
  } finally {
    await ctx.app.close();
  }
}

const dataDir = mkdtempSync(join(tmpdir(), 'ylywt-bench-'));
const cleanUp = () => {
  if (flags.keep) console.log(`保留数据文件夹（--keep）：${dataDir}`);
  else rmSync(dataDir, { recursive: true, force: true });
};
process.once('SIGINT', () => {
  cleanUp();
  process.exit(130);
});
try {
  await run(dataDir);
} catch (error) {
  console.error(error);
  process.exitCode = 1;
} finally {
  cleanUp();
}
