import { parseArgs } from 'node:util';
import type { ApiResult, Dispatch } from '../core/api/dispatch.ts';
import type { FilingRequest } from '../core/filings/schema.ts';
import type { PdfPrinter } from '../core/filings/printer.ts';
import type { DataLocation } from '../core/system/paths.ts';
import { DatabaseOpenError } from '../db/errors.ts';

/**
 * The messages between Electron's main process and the core host (a utilityProcess), and the
 * bookkeeping on both ends: ids, waiting replies, timeouts, what a caller gets when the host is gone.
 * No Electron import, so all of it runs in unit tests under plain Node.
 */

/** main → host */
export type ToHost =
  | { type: 'call'; id: number; method: string; input: unknown; sessionId: string | undefined }
  | { type: 'printed'; id: number; saved?: true; printed?: boolean; error?: string }
  | { type: 'shutdown' };

/** host → main */
export type FromHost =
  | { type: 'ready' }
  | { type: 'fatal'; message: string }
  | { type: 'result'; id: number; result: ApiResult }
  | { type: 'print'; id: number; request: FilingRequest; sessionId: string; dialog: boolean; outFile?: string };

/** Long enough for a big import, report or backup; a call that outlives it is not coming back. */
export const CALL_TIMEOUT_MS = 10 * 60_000;
/** The print page has 60 s to draw; this leaves room for Chromium to lay out a long register. */
export const PRINT_PDF_TIMEOUT_MS = 3 * 60_000;
/** The system print dialog waits for a person, who may go to fetch their glasses. */
export const PRINT_DIALOG_TIMEOUT_MS = 30 * 60_000;

export function callTimeoutMs(method: string): number {
  return method === 'filings.print' ? PRINT_DIALOG_TIMEOUT_MS + 60_000 : CALL_TIMEOUT_MS;
}

export class ReplyTimeoutError extends Error {
  override name = 'ReplyTimeoutError';
}
export class HostGoneError extends Error {
  override name = 'HostGoneError';
}

export const TIMEOUT_REPLY: ApiResult = {
  ok: false,
  error: { code: 'INTERNAL', message: '后台处理超时，没有得到结果。请稍后重试；若反复出现，请重新启动程序。' },
};
export const HOST_GONE_REPLY: ApiResult = {
  ok: false,
  error: { code: 'INTERNAL', message: '后台服务已停止，请重新启动“养老医务通”。已保存的数据不受影响。' },
};

/** Replies being waited for, by id; each one settles once: by its reply, its timeout, or the host going away. */
export interface Pending<T> {
  open(timeoutMs: number): { id: number; reply: Promise<T> };
  /** False when nobody waits any more (late reply after a timeout, unknown id). */
  settle(id: number, value: T): boolean;
  fail(id: number, error: Error): boolean;
  failAll(error: Error): void;
  readonly size: number;
}

export function createPending<T>(): Pending<T> {
  let nextId = 1;
  const waiting = new Map<number, { resolve(value: T): void; reject(error: Error): void; timer: ReturnType<typeof setTimeout> }>();
  const take = (id: number) => {
    const entry = waiting.get(id);
    if (!entry) return null;
    waiting.delete(id);
    clearTimeout(entry.timer);
    return entry;
  };
  return {
    open(timeoutMs) {
      const id = nextId++;
      const reply = new Promise<T>((resolve, reject) => {
        const timer = setTimeout(() => {
          take(id)?.reject(new ReplyTimeoutError(`等待 ${Math.round(timeoutMs / 1000)} 秒仍无结果`));
        }, timeoutMs);
        waiting.set(id, { resolve, reject, timer });
      });
      return { id, reply };
    },
    settle(id, value) {
      const entry = take(id);
      entry?.resolve(value);
      return entry !== null;
    },
    fail(id, error) {
      const entry = take(id);
      entry?.reject(error);
      return entry !== null;
    },
    failAll(error) {
      for (const id of [...waiting.keys()]) take(id)?.reject(error);
    },
    get size() {
      return waiting.size;
    },
  };
}

function isMessage(value: unknown): value is { type: string } {
  return typeof value === 'object' && value !== null && typeof (value as { type?: unknown }).type === 'string';
}

// ——— main's end ———

export type HostStart = { ok: true } | { ok: false; message: string };

export interface HostConnectionOptions {
  send(message: ToHost): void;
  /** Prints the filing to a PDF file at `outFile`: main writes it itself, so no PDF travels back as bytes. */
  printPdf(request: FilingRequest, sessionId: string, outFile: string): Promise<void>;
  printDialog(request: FilingRequest, sessionId: string): Promise<boolean>;
}

export interface HostConnection {
  /** Settles once: the host opened the data, reported why it could not, or ended before either. */
  readonly started: Promise<HostStart>;
  call(method: string, input: unknown, sessionId: string | undefined): Promise<ApiResult>;
  receive(message: unknown): void;
  /** The host process has ended: every call still waiting is answered, later calls are answered at once. */
  exited(code: number): void;
  readonly alive: boolean;
}

export function createHostConnection(options: HostConnectionOptions): HostConnection {
  const calls = createPending<ApiResult>();
  let alive = true;
  let markStarted: (start: HostStart) => void = () => undefined;
  const started = new Promise<HostStart>((resolve) => {
    markStarted = resolve;
  });

  const send = (message: ToHost): boolean => {
    if (!alive) return false;
    try {
      options.send(message);
      return true;
    } catch {
      return false;
    }
  };

  const print = async (message: Extract<FromHost, { type: 'print' }>) => {
    let reply: ToHost;
    try {
      if (message.dialog) {
        reply = { type: 'printed', id: message.id, printed: await options.printDialog(message.request, message.sessionId) };
      } else if (message.outFile === undefined) {
        reply = { type: 'printed', id: message.id, error: '打印请求没有指定保存位置' };
      } else {
        await options.printPdf(message.request, message.sessionId, message.outFile);
        reply = { type: 'printed', id: message.id, saved: true };
      }
    } catch (error) {
      reply = { type: 'printed', id: message.id, error: error instanceof Error ? error.message : String(error) };
    }
    send(reply);
  };

  return {
    started,
    get alive() {
      return alive;
    },
    async call(method, input, sessionId) {
      if (!alive) return HOST_GONE_REPLY;
      const { id, reply } = calls.open(callTimeoutMs(method));
      if (!send({ type: 'call', id, method, input, sessionId })) calls.fail(id, new HostGoneError('后台服务已停止'));
      try {
        return await reply;
      } catch (error) {
        return error instanceof ReplyTimeoutError ? TIMEOUT_REPLY : HOST_GONE_REPLY;
      }
    },
    receive(message) {
      if (!isMessage(message)) return;
      const m = message as FromHost;
      switch (m.type) {
        case 'ready':
          markStarted({ ok: true });
          break;
        case 'fatal':
          markStarted({ ok: false, message: m.message });
          break;
        case 'result':
          calls.settle(m.id, m.result);
          break;
        case 'print':
          void print(m);
          break;
      }
    },
    exited(code) {
      alive = false;
      markStarted({ ok: false, message: `后台服务未能启动（退出码 ${code}）。` });
      calls.failAll(new HostGoneError('后台服务已停止'));
    },
  };
}

// ——— the host's end ———

type Printed = Extract<ToHost, { type: 'printed' }>;

/** The core's printer inside the host: each filing goes to main, which owns the windows, and the answer comes back. */
export function createPrintRelay(send: (message: FromHost) => void): PdfPrinter & { receive(message: Printed): void } {
  const replies = createPending<Printed>();
  const ask = async (request: FilingRequest, sessionId: string, dialog: boolean, timeoutMs: number, outFile?: string): Promise<Printed> => {
    const { id, reply } = replies.open(timeoutMs);
    try {
      send({ type: 'print', id, request, sessionId, dialog, ...(outFile === undefined ? {} : { outFile }) });
    } catch (error) {
      replies.fail(id, error instanceof Error ? error : new Error(String(error)));
    }
    const answer = await reply;
    if (answer.error !== undefined) throw new Error(answer.error);
    return answer;
  };
  return {
    async print(job) {
      const { saved } = await ask(job.request, job.sessionId, false, PRINT_PDF_TIMEOUT_MS, job.outFile);
      if (saved !== true) throw new Error('打印没有生成 PDF 文件');
    },
    async printDialog(request, sessionId) {
      return (await ask(request, sessionId, true, PRINT_DIALOG_TIMEOUT_MS)).printed === true;
    },
    receive(message) {
      replies.settle(message.id, message);
    },
  };
}

/** What a result that cannot cross to main (not cloneable) turns into; a write may already be saved. */
export const UNSENDABLE_REPLY: ApiResult = {
  ok: false,
  error: { code: 'INTERNAL', message: '程序内部出错：结果无法传回界面。请刷新页面，查看刚才的操作是否已保存。' },
};

/** The host answers calls through the dispatcher, hands printed answers to the relay, and stops when told. */
export function createHostSide(options: {
  send(message: FromHost): void;
  dispatch: Dispatch;
  printer: { receive(message: Printed): void };
  onShutdown(): void;
}): { receive(message: unknown): void } {
  const answer = async (m: Extract<ToHost, { type: 'call' }>) => {
    let result: ApiResult;
    try {
      result = await options.dispatch(m.method, m.input, m.sessionId);
    } catch {
      result = UNSENDABLE_REPLY;
    }
    try {
      options.send({ type: 'result', id: m.id, result });
    } catch {
      try {
        options.send({ type: 'result', id: m.id, result: UNSENDABLE_REPLY });
      } catch {
        // main has gone; it answers its own waiting calls.
      }
    }
  };
  return {
    receive(message) {
      if (!isMessage(message)) return;
      const m = message as ToHost;
      if (m.type === 'call') void answer(m);
      else if (m.type === 'printed') options.printer.receive(m);
      else if (m.type === 'shutdown') options.onShutdown();
    },
  };
}

/** The host learns its data folder and mode from its command line. */
export function hostArgs(location: DataLocation): string[] {
  return ['--data-dir', location.dataDir, '--mode', location.mode];
}

export function parseHostArgs(argv: readonly string[]): DataLocation {
  const { values } = parseArgs({
    args: [...argv],
    options: { 'data-dir': { type: 'string' }, mode: { type: 'string' } },
    strict: false,
    allowPositionals: true,
  });
  const dataDir = values['data-dir'];
  const mode = values.mode;
  if (typeof dataDir !== 'string' || dataDir === '') throw new Error('没有指定数据文件夹');
  if (mode !== 'demo' && mode !== 'real') throw new Error('没有指定数据类型（演示或正式）');
  return { dataDir, mode };
}

/** The words main shows when the host could not open the data: a database problem says what to do itself. */
export function describeStartupError(error: unknown): string {
  if (error instanceof DatabaseOpenError) return error.message;
  const detail = error instanceof Error ? error.message : String(error);
  return `程序启动失败：${detail}`;
}
