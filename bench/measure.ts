import type { BenchContext } from './context.ts';
import { traceStatements } from './trace.ts';

export const MODES = ['floor', 'service', 'http'] as const;
export type Mode = (typeof MODES)[number];

/** One timed call. It returns a small fingerprint (row counts, a status) that must agree across the three modes. */
export type Call = () => unknown;
/** Builds the call of iteration i, untimed: picks its inputs (a fresh 身份证 number, a free bed) and prepares what it needs. */
export type Variant = (ctx: BenchContext, i: number) => Call;

export interface ExplainedQuery {
  label: string;
  sql: string;
  params: unknown[];
  /** An index EXPLAIN QUERY PLAN must show, when the query is only fast with it. */
  expectIndex?: string;
}

/**
 * The targets of issue #7 an operation is held to, checked on p95: service ≤ `vsFloor` × floor, service ≤
 * `serviceMs`; every operation also HTTP ≤ 1.5 × service + 2 ms (the transport adds little).
 */
export interface Targets {
  vsFloor?: number;
  serviceMs?: number;
}

/** One measured operation: the same work three ways. Adding one to the benchmark is one such entry in operations.ts. */
export interface Operation {
  /** zh-CN, as it appears in the table. */
  name: string;
  kind: 'read' | 'write';
  /** Which table it belongs in: the roster, the audit log, or the writes. */
  group: string;
  targets: Targets;
  floor: Variant;
  service: Variant;
  http: Variant;
  /** The queries worth an EXPLAIN QUERY PLAN (--plans). */
  explain?: (ctx: BenchContext) => ExplainedQuery[];
}

export interface Stats {
  n: number;
  p50: number;
  p95: number;
  mean: number;
  min: number;
  max: number;
}

export interface Measured {
  name: string;
  kind: Operation['kind'];
  group: string;
  targets: Targets;
  warmup: number;
  iterations: number;
  stats: Record<Mode, Stats>;
  /** Statements one call executes (BEGIN/COMMIT included), from a traced warm-up round. */
  statements: { floor: number; service: number };
}

export interface MeasureOptions {
  warmup: number;
  iterations: number;
  /** Runs untimed after every round (writes: a WAL checkpoint, so no timed commit pays for one by chance). */
  afterRound?: () => void;
}

/** Nearest-rank percentile of sorted samples. */
export function percentile(sorted: number[], p: number): number {
  return sorted[Math.max(0, Math.ceil(p * sorted.length) - 1)] ?? NaN;
}

export function summarize(samples: number[]): Stats {
  const sorted = [...samples].sort((a, b) => a - b);
  return {
    n: sorted.length,
    p50: percentile(sorted, 0.5),
    p95: percentile(sorted, 0.95),
    mean: sorted.reduce((s, x) => s + x, 0) / (sorted.length || 1),
    min: sorted[0] ?? NaN,
    max: sorted.at(-1) ?? NaN,
  };
}

/** All six orders of the three modes: round i uses order i mod 6, so no mode always runs first (cold cache) or last. */
const ORDERS: Mode[][] = [
  ['floor', 'service', 'http'],
  ['service', 'http', 'floor'],
  ['http', 'floor', 'service'],
  ['floor', 'http', 'service'],
  ['http', 'service', 'floor'],
  ['service', 'floor', 'http'],
];

async function timed(call: Call): Promise<{ ms: number; value: unknown }> {
  const started = performance.now();
  let value = call();
  // Only the service and HTTP calls are asynchronous; the floor is not charged a microtask it would not have.
  if (value instanceof Promise) value = await value;
  return { ms: performance.now() - started, value };
}

/**
 * Interleaves the three modes round by round, so all see the same database size, cache and WAL state.
 * The first warm-up round also checks the fingerprints agree and counts the statements of the floor and the
 * service. They are not expected to be the same statements: the floor is the best SQL for the job.
 */
export async function measure(ctx: BenchContext, op: Operation, options: MeasureOptions): Promise<Measured> {
  const samples: Record<Mode, number[]> = { floor: [], service: [], http: [] };
  const traced: Partial<Record<Mode, string[]>> = {};
  const rounds = Math.max(1, options.warmup) + options.iterations;
  for (let i = 0; i < rounds; i++) {
    const recording = i >= rounds - options.iterations;
    const values: Partial<Record<Mode, unknown>> = {};
    for (const mode of ORDERS[i % ORDERS.length]!) {
      const call = op[mode](ctx, i);
      if (i === 0 && mode !== 'http') {
        let value: unknown;
        traced[mode] = await traceStatements(ctx.db, async () => (value = await call()));
        values[mode] = value;
        continue;
      }
      const { ms, value } = await timed(call);
      values[mode] = value;
      if (recording) samples[mode].push(ms);
    }
    if (i === 0 && !(values.floor === values.service && values.service === values.http)) {
      throw new Error(`${op.name}：三种方式的结果不一致（底层 ${String(values.floor)}，服务 ${String(values.service)}，HTTP ${String(values.http)}）`);
    }
    options.afterRound?.();
  }
  return {
    name: op.name,
    kind: op.kind,
    group: op.group,
    targets: op.targets,
    warmup: rounds - options.iterations,
    iterations: options.iterations,
    stats: { floor: summarize(samples.floor), service: summarize(samples.service), http: summarize(samples.http) },
    statements: { floor: traced.floor?.length ?? 0, service: traced.service?.length ?? 0 },
  };
}
