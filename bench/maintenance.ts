import { closeSync, openSync, readSync, statSync } from 'node:fs';
import { rm } from 'node:fs/promises';
import { join } from 'node:path';
import { monitorEventLoopDelay } from 'node:perf_hooks';
import { gzipSync } from 'node:zlib';
import type { BenchContext } from './context.ts';
import { summarize } from './measure.ts';
import { sectionCheck, type Section } from './report.ts';
import { backupTo, BACKUP_PAGES_PER_STEP } from '../db/backup.ts';
import { checkIntegrityInBackground } from '../core/system/integrity.ts';
import { copyInBackground } from '../core/system/backupJob.ts';
import { EVERY_MS, pacedRosterPages } from './paced.ts';

/** Runs `work` while roster pages are called every EVERY_MS, and watches the event loop's longest stall. */
async function underWork<T>(ctx: BenchContext, work: () => Promise<T>): Promise<{ ms: number; result: T; list: number[]; stallMs: number }> {
  const delay = monitorEventLoopDelay({ resolution: 1 });
  delay.enable();
  const t = performance.now();
  const running = work();
  const list = await pacedRosterPages(ctx, { until: running });
  const result = await running;
  const ms = performance.now() - t;
  delay.disable();
  return { ms, result, list, stallMs: delay.max / 1e6 };
}

/** gzip -6 of the first 128 MB of a file: the rate and ratio that compressing old backups would have. */
function gzipSample(file: string): { mbPerS: number; ratio: number } {
  const size = Math.min(statSync(file).size, 128 * 1024 ** 2);
  const buf = Buffer.alloc(size);
  const fd = openSync(file, 'r');
  try {
    readSync(fd, buf, 0, size, 0);
  } finally {
    closeSync(fd);
  }
  const t = performance.now();
  const out = gzipSync(buf, { level: 6 });
  return { mbPerS: size / 1024 ** 2 / ((performance.now() - t) / 1000), ratio: size / out.length };
}

const f = (x: number, d = 0) => x.toFixed(d);

/**
 * The daily work at this size: the automatic copy and the full integrity check (both in the maintenance
 * worker), and for comparison a backup on the app's thread (立即备份, U 盘: BACKUP_PAGES_PER_STEP pages a step),
 * each with roster pages timed while it runs.
 */
export async function measureMaintenance(ctx: BenchContext, outDir: string): Promise<Section> {
  const copy = join(outDir, 'bench-backup.sqlite');
  const runtime = ctx.app.runtime;
  const idle = await pacedRosterPages(ctx, { n: 200 });
  // Unlinking gigabytes holds a thread for seconds: done off this one, between the measurements.
  const daily = await underWork(ctx, () => copyInBackground(runtime, copy));
  await rm(copy, { force: true });
  const backup = await underWork(ctx, () => backupTo(ctx.db, copy));
  const sizeMb = statSync(copy).size / 1024 ** 2;
  const check = await underWork(ctx, () => checkIntegrityInBackground(runtime));
  // Last: its 128 MB of buffers are garbage the next measurement would otherwise collect.
  const gz = gzipSample(copy);
  await rm(copy, { force: true });
  const problems = check.result?.problems ?? [];
  const row = (label: string, total: string, list: number[], stall: number | null) => {
    const s = summarize(list);
    return [label, total, f(s.p50, 2), f(s.p95, 2), f(s.max, 2), String(s.n), stall === null ? '' : f(stall, 1)];
  };
  return {
    title: `每日维护：在线备份与完整性检查（其间名册首页每 ${EVERY_MS} ms 一次）`,
    header: ['情形', '耗时', '名册 p50', '名册 p95', '名册最慢', '名册次数', '事件循环最长卡顿 ms'],
    rows: [
      row('无维护', '', idle, null),
      row(`每日自动备份 ${f(sizeMb)} MB（维护线程，一步）`, `${f(daily.ms / 1000, 1)} s（${f(sizeMb / (daily.ms / 1000))} MB/s）`, daily.list, daily.stallMs),
      row(`立即备份/U 盘（主线程，每步 ${BACKUP_PAGES_PER_STEP} 页）`, `${f(backup.ms / 1000, 1)} s（${f(sizeMb / (backup.ms / 1000))} MB/s）`, backup.list, backup.stallMs),
      row(`完整性检查 integrity_check（维护线程）${problems.length === 0 ? '：通过' : `：${problems[0]}`}`, `${f(check.ms / 1000, 1)} s`, check.list, check.stallMs),
    ],
    notes: [
      `压缩备份的代价（gzip -6，取文件前 128 MB）：${f(gz.mbPerS)} MB/s，压缩比 ${f(gz.ratio, 1)}:1，即整份 ${f(sizeMb)} MB 约需 ${f(sizeMb / gz.mbPerS)} s 占满一个核。`,
    ],
    // The daily work may not hold up the people at work: the roster's target holds while it runs. A backup
    // someone asks for (立即备份, U 盘) runs on the app's thread and is shown, not held to it.
    checks: [
      sectionCheck('每日自动备份期间的名册首页', '服务 ≤ 20 ms', summarize(daily.list).p95, 20),
      sectionCheck('完整性检查期间的名册首页', '服务 ≤ 20 ms', summarize(check.list).p95, 20),
    ],
  };
}
