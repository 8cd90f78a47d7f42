import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { DatabaseOpenError } from '../db/errors.ts';
import type { ApiResult } from '../core/api/dispatch.ts';
import type { FilingRequest } from '../core/filings/schema.ts';
import {
  CALL_TIMEOUT_MS,
  PRINT_DIALOG_TIMEOUT_MS,
  PRINT_PDF_TIMEOUT_MS,
  HOST_GONE_REPLY,
  TIMEOUT_REPLY,
  UNSENDABLE_REPLY,
  callTimeoutMs,
  createHostConnection,
  createHostSide,
  createPending,
  createPrintRelay,
  describeStartupError,
  hostArgs,
  parseHostArgs,
  ReplyTimeoutError,
  type FromHost,
  type ToHost,
} from './host-protocol.ts';

const request: FilingRequest = { kind: 'roster', input: {} };
const job = { request, sessionId: 's1', outFile: '/data/exports/0123.pdf' };
const ok = (data: unknown): ApiResult => ({ ok: true, data });

beforeEach(() => {
  vi.useFakeTimers();
});
afterEach(() => {
  vi.useRealTimers();
});

describe('createPending', () => {
  it('gives each wait its own id and settles it once', async () => {
    const pending = createPending<string>();
    const a = pending.open(1000);
    const b = pending.open(1000);
    expect(a.id).not.toBe(b.id);
    expect(pending.settle(b.id, 'B')).toBe(true);
    expect(pending.settle(a.id, 'A')).toBe(true);
    expect(pending.settle(a.id, 'again')).toBe(false);
    await expect(a.reply).resolves.toBe('A');
    await expect(b.reply).resolves.toBe('B');
    expect(pending.size).toBe(0);
  });

  it('times out, and a late reply is ignored', async () => {
    const pending = createPending<string>();
    const { id, reply } = pending.open(500);
    const settled = expect(reply).rejects.toBeInstanceOf(ReplyTimeoutError);
    vi.advanceTimersByTime(499);
    expect(pending.size).toBe(1);
    vi.advanceTimersByTime(1);
    await settled;
    expect(pending.settle(id, 'late')).toBe(false);
    expect(pending.size).toBe(0);
  });

  it('failAll answers every wait and clears their timers', async () => {
    const pending = createPending<string>();
    const replies = [pending.open(1000).reply, pending.open(1000).reply];
    pending.failAll(new Error('gone'));
    for (const reply of replies) await expect(reply).rejects.toThrow('gone');
    expect(pending.size).toBe(0);
    expect(vi.getTimerCount()).toBe(0);
  });
});

function connection(options: { printPdf?: (request: FilingRequest, sessionId: string, outFile: string) => Promise<void>; printDialog?: () => Promise<boolean>; sendThrows?: boolean } = {}) {
  const sent: ToHost[] = [];
  const conn = createHostConnection({
    send: (message) => {
      if (options.sendThrows) throw new Error('channel closed');
      sent.push(message);
    },
    printPdf: options.printPdf ?? (async () => undefined),
    printDialog: options.printDialog ?? (async () => true),
  });
  return { conn, sent };
}

describe('main: createHostConnection', () => {
  it('relays a call and returns the matching result', async () => {
    const { conn, sent } = connection();
    const first = conn.call('auth.status', {}, undefined);
    const second = conn.call('residents.list', { q: '张' }, 's1');
    expect(sent).toEqual([
      { type: 'call', id: expect.any(Number), method: 'auth.status', input: {}, sessionId: undefined },
      { type: 'call', id: expect.any(Number), method: 'residents.list', input: { q: '张' }, sessionId: 's1' },
    ]);
    const [a, b] = sent as Extract<ToHost, { type: 'call' }>[];
    conn.receive({ type: 'result', id: b!.id, result: ok('B') });
    conn.receive({ type: 'result', id: a!.id, result: ok('A') });
    await expect(first).resolves.toEqual(ok('A'));
    await expect(second).resolves.toEqual(ok('B'));
  });

  it('a call with no answer in time gets a zh-CN timeout error, not a hang', async () => {
    const { conn } = connection();
    const reply = conn.call('system.backupNow', {}, 's1');
    vi.advanceTimersByTime(CALL_TIMEOUT_MS);
    await expect(reply).resolves.toEqual(TIMEOUT_REPLY);
    expect(TIMEOUT_REPLY.ok === false && TIMEOUT_REPLY.error.message).toMatch(/超时/);
  });

  it('the print dialog call may wait for a person much longer than other calls', () => {
    expect(callTimeoutMs('filings.print')).toBeGreaterThan(PRINT_DIALOG_TIMEOUT_MS);
    expect(callTimeoutMs('residents.list')).toBe(CALL_TIMEOUT_MS);
    expect(CALL_TIMEOUT_MS).toBeGreaterThan(PRINT_PDF_TIMEOUT_MS);
  });

  it('when the host exits every waiting call is answered, and later calls at once', async () => {
    const { conn } = connection();
    const waiting = [conn.call('a.b', {}, undefined), conn.call('c.d', {}, undefined)];
    conn.exited(1);
    for (const reply of waiting) await expect(reply).resolves.toEqual(HOST_GONE_REPLY);
    expect(conn.alive).toBe(false);
    await expect(conn.call('e.f', {}, undefined)).resolves.toEqual(HOST_GONE_REPLY);
    expect(vi.getTimerCount()).toBe(0);
  });

  it('a call that cannot be sent is answered at once', async () => {
    const { conn } = connection({ sendThrows: true });
    await expect(conn.call('a.b', {}, undefined)).resolves.toEqual(HOST_GONE_REPLY);
  });

  it('started: ready, fatal with its message, or an exit before either', async () => {
    const a = connection().conn;
    a.receive({ type: 'ready' });
    await expect(a.started).resolves.toEqual({ ok: true });

    const b = connection().conn;
    b.receive({ type: 'fatal', message: '数据文件由更新版本的程序创建，请升级后再打开。' });
    await expect(b.started).resolves.toEqual({ ok: false, message: '数据文件由更新版本的程序创建，请升级后再打开。' });

    const c = connection().conn;
    c.exited(3);
    await expect(c.started).resolves.toEqual({ ok: false, message: expect.stringContaining('退出码 3') });
  });

  it('ignores malformed messages and results nobody waits for', () => {
    const { conn } = connection();
    for (const junk of [null, 42, 'ready', {}, { type: 7 }, { type: 'result', id: 999, result: ok(1) }]) {
      expect(() => conn.receive(junk)).not.toThrow();
    }
  });

  it('prints for the host into the file it names (no PDF bytes cross back), the dialog outcome, or the error message', async () => {
    const written: string[] = [];
    const { conn, sent } = connection({ printPdf: async (_r, _s, outFile) => void written.push(outFile), printDialog: async () => false });
    conn.receive({ type: 'print', id: 7, request, sessionId: 's1', dialog: false, outFile: job.outFile } satisfies FromHost);
    conn.receive({ type: 'print', id: 8, request, sessionId: 's1', dialog: true } satisfies FromHost);
    await vi.waitFor(() => expect(sent).toHaveLength(2));
    expect(written).toEqual([job.outFile]);
    expect(sent).toContainEqual({ type: 'printed', id: 7, saved: true });
    expect(sent).toContainEqual({ type: 'printed', id: 8, printed: false });

    const failing = connection({ printPdf: async () => Promise.reject(new Error('打印页面出错：请先登录。')) });
    failing.conn.receive({ type: 'print', id: 9, request, sessionId: 's1', dialog: false, outFile: job.outFile });
    failing.conn.receive({ type: 'print', id: 10, request, sessionId: 's1', dialog: false });
    await vi.waitFor(() => expect(failing.sent).toHaveLength(2));
    expect(failing.sent).toContainEqual({ type: 'printed', id: 9, error: '打印页面出错：请先登录。' });
    expect(failing.sent).toContainEqual({ type: 'printed', id: 10, error: '打印请求没有指定保存位置' });
  });
});

describe('host: createPrintRelay', () => {
  function relay() {
    const sent: FromHost[] = [];
    const printer = createPrintRelay((message) => sent.push(message));
    const lastId = () => (sent.at(-1) as Extract<FromHost, { type: 'print' }>).id;
    return { printer, sent, lastId };
  }

  it('asks main to print a PDF into the exports file and waits until it is saved', async () => {
    const { printer, sent, lastId } = relay();
    const pdf = printer.print(job);
    expect(sent).toEqual([{ type: 'print', id: expect.any(Number), request, sessionId: 's1', dialog: false, outFile: job.outFile }]);
    printer.receive({ type: 'printed', id: lastId(), saved: true });
    await expect(pdf).resolves.toBeUndefined();
  });

  it('asks main for the print dialog and returns whether the person printed', async () => {
    const { printer, sent, lastId } = relay();
    const printed = printer.printDialog!(request, 's1');
    expect(sent[0]).toMatchObject({ type: 'print', dialog: true });
    printer.receive({ type: 'printed', id: lastId(), printed: true });
    await expect(printed).resolves.toBe(true);
  });

  it("throws main's error, or a missing PDF, so the dispatcher reports it", async () => {
    const { printer, lastId } = relay();
    const failed = printer.print(job);
    printer.receive({ type: 'printed', id: lastId(), error: '打印页面出错：打印请求无效' });
    await expect(failed).rejects.toThrow('打印请求无效');
    const empty = printer.print(job);
    printer.receive({ type: 'printed', id: lastId() });
    await expect(empty).rejects.toThrow('打印没有生成 PDF 文件');
  });

  it('gives up on a PDF that never comes', async () => {
    const { printer } = relay();
    const pdf = printer.print(job);
    const settled = expect(pdf).rejects.toBeInstanceOf(ReplyTimeoutError);
    vi.advanceTimersByTime(PRINT_PDF_TIMEOUT_MS);
    await settled;
  });
});

describe('host: createHostSide', () => {
  it('answers calls through the dispatcher with the same id', async () => {
    const sent: FromHost[] = [];
    const dispatch = vi.fn(async (method: string, input: unknown, sessionId?: string) => ok({ method, input, sessionId }));
    const host = createHostSide({ send: (m) => sent.push(m), dispatch, printer: { receive: vi.fn() }, onShutdown: vi.fn() });
    host.receive({ type: 'call', id: 5, method: 'auth.status', input: {}, sessionId: 's9' } satisfies ToHost);
    await vi.waitFor(() => expect(sent).toHaveLength(1));
    expect(sent[0]).toEqual({ type: 'result', id: 5, result: ok({ method: 'auth.status', input: {}, sessionId: 's9' }) });
  });

  it('a result that cannot be sent (not cloneable) becomes an error the UI can show', async () => {
    const sent: FromHost[] = [];
    let first = true;
    const send = (m: FromHost) => {
      if (first) {
        first = false;
        throw new Error('DataCloneError');
      }
      sent.push(m);
    };
    const host = createHostSide({ send, dispatch: async () => ok(() => 1), printer: { receive: vi.fn() }, onShutdown: vi.fn() });
    host.receive({ type: 'call', id: 1, method: 'x.y', input: {}, sessionId: undefined });
    await vi.waitFor(() => expect(sent).toEqual([{ type: 'result', id: 1, result: UNSENDABLE_REPLY }]));
  });

  it('passes printed answers to the printer and stops on shutdown', () => {
    const printer = { receive: vi.fn() };
    const onShutdown = vi.fn();
    const host = createHostSide({ send: vi.fn(), dispatch: async () => ok(null), printer, onShutdown });
    host.receive({ type: 'printed', id: 3, printed: true });
    host.receive({ type: 'shutdown' });
    host.receive('nonsense');
    expect(printer.receive).toHaveBeenCalledWith({ type: 'printed', id: 3, printed: true });
    expect(onShutdown).toHaveBeenCalledOnce();
  });
});

describe('host arguments and startup errors', () => {
  it('round-trips the data location through the command line (with Electron’s own argv in front)', () => {
    const location = { dataDir: 'C:\\Users\\张\\AppData\\Roaming\\养老医务通\\data', mode: 'real' as const };
    expect(parseHostArgs(['electron.exe', 'core-host.mjs', ...hostArgs(location)])).toEqual(location);
    expect(parseHostArgs(hostArgs({ dataDir: '/tmp/d', mode: 'demo' }))).toEqual({ dataDir: '/tmp/d', mode: 'demo' });
  });

  it('refuses to start without a folder or with an unknown mode', () => {
    expect(() => parseHostArgs(['--mode', 'real'])).toThrow('数据文件夹');
    expect(() => parseHostArgs(['--data-dir', '/d', '--mode', 'test'])).toThrow('演示或正式');
  });

  it("a database problem is shown in the database's own words", () => {
    expect(describeStartupError(new DatabaseOpenError('too-new', '数据文件由更新版本创建'))).toBe('数据文件由更新版本创建');
    expect(describeStartupError(new Error('EACCES'))).toBe('程序启动失败：EACCES');
  });
});
