import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { chromium } from 'playwright-core';
import type { BenchContext } from './context.ts';
import { percentile } from './measure.ts';

/** Where a print's time goes, in the order server/pdf.ts does it (ms). */
export const PDF_PHASES = {
  launch: '启动 Chromium',
  page: '新建上下文与页面',
  load: '打开打印页',
  render: '取数据并绘制',
  print: 'Chromium 生成 PDF',
  close: '关闭页面',
} as const;
export type PdfPhase = keyof typeof PDF_PHASES;

export interface PdfRun {
  ms: number;
  phases: Partial<Record<PdfPhase, number>>;
}

export interface PdfResult {
  residents: number;
  /** The first run, which also launches Chromium. */
  cold: PdfRun;
  /** The later runs, with Chromium already running. */
  warm: PdfRun[];
  medianMs: number;
  /** Median of each phase over the warm runs. */
  warmPhases: Partial<Record<PdfPhase, number>>;
  /** filings.data through the dispatcher: the data the print page fetches during “render”. */
  dataMs: number;
  pages: number;
  kb: number;
}

type Fn = (...args: unknown[]) => Promise<unknown>;

/** Times one method of a Playwright object in place; `then` sees what it returned. */
function wrap(target: object, name: string, phase: PdfPhase | null, record: (p: PdfPhase, ms: number) => void, then?: (result: unknown) => void): void {
  const o = target as Record<string, Fn>;
  const original = o[name]!.bind(target);
  o[name] = async (...args: unknown[]) => {
    const started = performance.now();
    const result = await original(...args);
    if (phase) record(phase, performance.now() - started);
    then?.(result);
    return result;
  };
}

/**
 * Watches the printer of server/pdf.ts from the outside: the same playwright-core module instance, with its
 * launch, newContext, newPage, goto, waitForFunction, pdf and close timed. Nothing in server/ changes.
 */
function watchPrinter(record: (p: PdfPhase, ms: number) => void): () => void {
  const browserType = chromium as unknown as Record<string, Fn>;
  const launch = browserType.launch!;
  wrap(chromium, 'launch', 'launch', record, (browser) =>
    wrap(browser as object, 'newContext', 'page', record, (context) =>
      wrap(context as object, 'newPage', 'page', record, (page) => {
        wrap(page as object, 'goto', 'load', record);
        wrap(page as object, 'waitForFunction', 'render', record);
        wrap(page as object, 'pdf', 'print', record);
        wrap(context as object, 'close', 'close', record);
      }),
    ),
  );
  return () => (browserType.launch = launch);
}

const median = (xs: number[]) => percentile([...xs].sort((a, b) => a - b), 0.5);

/** The printed 住养老人名册 of everyone in residence, through filings.pdf as the app asks for it. */
export async function measurePdf(ctx: BenchContext, runs: number): Promise<PdfResult> {
  const request = { kind: 'roster', input: { status: 'in_residence' } };
  const residents = ctx.db
    .prepare(`SELECT count(*) FROM residents WHERE status = 'in_residence' AND deleted_at IS NULL`)
    .pluck()
    .get() as number;
  let phases: PdfRun['phases'] = {};
  const unwatch = watchPrinter((p, ms) => (phases[p] = (phases[p] ?? 0) + ms));
  const all: PdfRun[] = [];
  let pdf = Buffer.alloc(0);
  try {
    for (let i = 0; i < runs; i++) {
      phases = {};
      const started = performance.now();
      const file = (await ctx.service('filings.pdf', request)) as { fileId: string };
      all.push({ ms: performance.now() - started, phases });
      pdf = readFileSync(join(ctx.app.runtime.exportsDir, file.fileId));
      if (pdf.subarray(0, 5).toString('latin1') !== '%PDF-') throw new Error('filings.pdf 返回的不是 PDF');
    }
  } finally {
    unwatch();
  }
  const data: number[] = [];
  for (let i = 0; i < 3; i++) {
    const started = performance.now();
    await ctx.service('filings.data', request);
    data.push(performance.now() - started);
  }
  const warm = all.slice(1);
  const warmPhases = Object.fromEntries(
    (Object.keys(PDF_PHASES) as PdfPhase[])
      .filter((p) => warm.some((r) => r.phases[p] !== undefined))
      .map((p) => [p, median(warm.map((r) => r.phases[p] ?? 0))]),
  );
  return {
    residents,
    cold: all[0]!,
    warm,
    medianMs: median(warm.map((r) => r.ms)),
    warmPhases,
    dataMs: median(data),
    // Chromium writes page objects uncompressed: count “/Type /Page”, not “/Pages”.
    pages: pdf.toString('latin1').match(/\/Type\s*\/Page(?!s)/g)?.length ?? 0,
    kb: pdf.length / 1024,
  };
}
