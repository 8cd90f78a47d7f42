import { spawn } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { setTimeout as sleep } from 'node:timers/promises';
import type { BenchContext } from './context.ts';
import { summarize } from './measure.ts';
import { sectionCheck, type Section } from './report.ts';
import { EVERY_MS, pacedRosterPages } from './paced.ts';

/** The printed roster of everyone who ever lived in the home (22,000 rows in the bench home): the longest filing the app builds. */
const BIG_FILING = { kind: 'roster', input: { status: 'all' } };

/**
 * Roster pages sampled while a print page in another process (bench/printPageLoad.ts, as the browser would be)
 * fetches the big filing's data back to back.
 */
async function underLoad(ctx: BenchContext, n: number): Promise<{ list: number[]; builds: number[] }> {
  const script = fileURLToPath(new URL('./printPageLoad.ts', import.meta.url));
  const args = JSON.stringify({ url: ctx.app.url, token: ctx.app.token, session: ctx.sessionId, request: BIG_FILING });
  const child = spawn(process.execPath, [script, args], { stdio: ['ignore', 'pipe', 'inherit'] });
  const builds: number[] = [];
  let out = '';
  child.stdout.on('data', (d: Buffer) => {
    out += d.toString();
    const lines = out.split('\n');
    out = lines.pop()!;
    builds.push(...lines.map(Number));
  });
  // Let the first request reach the server before the sampling starts.
  while (builds.length === 0) await sleep(20);
  const list = await pacedRosterPages(ctx, { n });
  const exited = new Promise((r) => child.once('exit', r));
  child.kill();
  await exited;
  return { list, builds };
}

const ms = (x: number) => x.toFixed(2);

/**
 * Item 4 of issue #7: a long filing build in the heavy-read worker must not hold up other people's calls.
 * Roster pages are timed alone, while the roster of everyone is fetched again and again with its data built in the
 * worker, and the same with the worker switched off (built on the app's thread and serialized there, as before).
 */
export async function measureHeavyReads(ctx: BenchContext, n: number): Promise<Section> {
  const runtime = ctx.app.runtime;
  const everyone = ctx.db.prepare('SELECT count(*) FROM residents WHERE deleted_at IS NULL').pluck().get() as number;
  const idle = await pacedRosterPages(ctx, { n });
  const inWorker = await underLoad(ctx, n);
  const worker = runtime.heavy;
  runtime.heavy = null;
  let inline: Awaited<ReturnType<typeof underLoad>>;
  try {
    inline = await underLoad(ctx, n);
  } finally {
    runtime.heavy = worker;
  }
  const row = (label: string, list: number[], builds: number[] | null) => {
    const s = summarize(list);
    const b = builds && summarize(builds);
    return [label, ms(s.p50), ms(s.p95), ms(s.max), b ? String(b.n) : '', b ? ms(b.p50) : ''];
  };
  return {
    title: `报表线程：名册首页每 ${EVERY_MS} ms 一次共 ${n} 次，同时另一进程的打印页反复取 ${everyone.toLocaleString('en-US')} 人名册的数据（filings.data）`,
    header: ['情形', '名册 p50', '名册 p95', '名册最慢', 'filings.data 次数', 'filings.data 每次 p50'],
    rows: [
      row('无报表', idle, null),
      row('报表在工作线程（现在）', inWorker.list, inWorker.builds),
      row('报表在主线程（对照）', inline.list, inline.builds),
    ],
    notes: [
      '名册耗时从“该发出”算起：线程被占住时排队的时间也算在内。工作线程里建数据、序列化并编码为 UTF-8 JSON，字节整块移交主线程，主线程原样写出（core/shared/jsonBody.ts）。',
    ],
    checks: [sectionCheck('报表在工作线程时的名册首页', '服务 ≤ 20 ms', summarize(inWorker.list).p95, 20)],
  };
}
