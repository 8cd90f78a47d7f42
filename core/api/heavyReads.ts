import { Worker } from 'node:worker_threads';
import { AppError, type ApiError } from '../shared/errors.ts';
import { isoDay } from '../shared/dates.ts';
import type { Actor } from '../audit/record.ts';
import type { Db } from '../../db/open.ts';
import type { HeavyContext } from './context.ts';

/**
 * A job handed to the reader: its name in core/api/heavyJobs.ts (a heavy API method is `method:<name>`),
 * its already-checked input, and who asked when.
 */
export interface HeavyCall {
  job: string;
  input: unknown;
  now: string;
  actor: Actor;
}

export type HeavyReply = { id: number; ok: true; data: unknown } | { id: number; ok: false; error: ApiError | { code: 'INTERNAL'; message: string; detail: string } };

export interface HeavyReader {
  run(call: HeavyCall): Promise<unknown>;
  /** After a restore the file under the reader's connection was replaced: open it again. */
  restart(): Promise<void>;
  close(): Promise<void>;
}

export interface HeavyReaderOptions {
  dbFile: string;
  exportsDir: string;
  /** The worker's entry module; the Electron build bundles it beside core-host.mjs. */
  workerUrl?: URL;
  log(message: string, error?: unknown): void;
}

/**
 * Reports and filing data run in a worker thread on a read-only connection of their own (WAL lets it read
 * while the app writes), so a yearly report never holds up a nurse saving a round. One worker: the PCs have
 * two cores, and two heavy reports at once would only share them.
 */
export function createHeavyReader(options: HeavyReaderOptions): HeavyReader {
  const url = options.workerUrl ?? new URL('./heavyReadWorker.ts', import.meta.url);
  let worker: Worker | null = null;
  let nextId = 1;
  const waiting = new Map<number, { resolve(v: unknown): void; reject(e: unknown): void }>();

  const failAll = (error: Error) => {
    for (const w of waiting.values()) w.reject(error);
    waiting.clear();
  };

  const start = (): Worker => {
    const w = new Worker(url, { workerData: { dbFile: options.dbFile, exportsDir: options.exportsDir } });
    w.unref();
    w.on('message', (reply: HeavyReply) => {
      const pending = waiting.get(reply.id);
      if (!pending) return;
      waiting.delete(reply.id);
      if (reply.ok) pending.resolve(reply.data);
      else if ('detail' in reply.error) pending.reject(new Error(reply.error.detail));
      else pending.reject(new AppError(reply.error.code, reply.error.message, reply.error.field));
    });
    w.on('error', (error) => {
      options.log('报表线程出错', error);
      failAll(error);
      worker = null;
    });
    w.on('exit', () => {
      if (worker === w) worker = null;
      failAll(new Error('报表线程已退出'));
    });
    return w;
  };

  return {
    run(call) {
      worker ??= start();
      const id = nextId++;
      const reply = new Promise((resolve, reject) => waiting.set(id, { resolve, reject }));
      // Only while someone waits does the worker keep the process alive.
      worker.ref();
      worker.postMessage({ id, ...call });
      return reply.finally(() => {
        if (waiting.size === 0) worker?.unref();
      });
    },
    async restart() {
      const w = worker;
      worker = null;
      await w?.terminate();
    },
    async close() {
      const w = worker;
      worker = null;
      await w?.terminate();
    },
  };
}

/**
 * Runs a heavy job in the worker, or inline where there is none (an in-memory database in tests). `inline`
 * is the same function the worker's job table names, so both paths run the same code.
 */
export async function runHeavy<I, R>(
  runtime: { heavy: HeavyReader | null; db: Db; exportsDir: string },
  job: string,
  inline: (ctx: HeavyContext, input: I) => R | Promise<R>,
  input: I,
  base: { now: Date; actor: Actor },
): Promise<Awaited<R>> {
  if (runtime.heavy) return (await runtime.heavy.run({ job, input, now: base.now.toISOString(), actor: base.actor })) as Awaited<R>;
  return await inline({ db: runtime.db, now: base.now, today: isoDay(base.now), actor: base.actor, exportsDir: runtime.exportsDir }, input);
}
