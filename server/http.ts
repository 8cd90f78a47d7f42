import { createReadStream, statSync } from 'node:fs';
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { ERROR_STATUS, type ApiError } from '../core/shared/errors.ts';
import type { Dispatch } from '../core/api/dispatch.ts';
import { serveStatic } from './static.ts';
import { isJsonBody } from '../core/shared/jsonBody.ts';
import { uploadRefusal, type StageResult } from '../core/shared/uploads.ts';

/** Bodies above this are refused; the largest real input (a resident with five contacts) is a few KB. */
export const MAX_BODY_BYTES = 1024 * 1024;

export const SESSION_HEADER = 'x-session';

export interface HttpOptions {
  dispatch: Dispatch;
  /** Per-launch secret every API call must carry as `Authorization: Bearer …`. */
  token: string;
  /** The built renderer; null serves the API only. */
  staticDir: string | null;
  /** Where a file the core made (a PDF, an Excel file) is, by its id; null for an id that names none. */
  exportFile?: (fileId: string) => string | null;
  /** Stages an attached file's bytes (core/shared/uploads.ts); absent: POST /uploads is not served. */
  stageUpload?: (body: AsyncIterable<Uint8Array>) => Promise<StageResult>;
  host?: string;
  port?: number;
}

function send(res: ServerResponse, status: number, body: unknown): void {
  const json = JSON.stringify(body);
  res.writeHead(status, {
    'content-type': 'application/json; charset=utf-8',
    'content-length': Buffer.byteLength(json),
    'cache-control': 'no-store',
    'x-content-type-options': 'nosniff',
  });
  res.end(json);
}

const BODY_HEAD = Buffer.from('{"ok":true,"data":');
const BODY_TAIL = Buffer.from('}');

/** A heavy read's result, already UTF-8 JSON (core/shared/jsonBody.ts): its bytes written as they are. */
function sendJsonBody(res: ServerResponse, data: Uint8Array): void {
  res.writeHead(200, {
    'content-type': 'application/json; charset=utf-8',
    'content-length': BODY_HEAD.length + data.byteLength + BODY_TAIL.length,
    'cache-control': 'no-store',
    'x-content-type-options': 'nosniff',
  });
  res.write(BODY_HEAD);
  res.write(data);
  res.end(BODY_TAIL);
}

function fail(res: ServerResponse, error: ApiError): void {
  send(res, ERROR_STATUS[error.code], { ok: false, error });
}

/** Only this server's own loopback names: a page from elsewhere (DNS rebinding, another site) is refused. */
function allowedHosts(port: number): Set<string> {
  return new Set([`127.0.0.1:${port}`, `localhost:${port}`]);
}

function readBody(req: IncomingMessage): Promise<string | null> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    let size = 0;
    req.on('data', (chunk: Buffer) => {
      size += chunk.length;
      if (size > MAX_BODY_BYTES) {
        resolve(null);
        req.resume();
        return;
      }
      chunks.push(chunk);
    });
    req.on('end', () => resolve(Buffer.concat(chunks).toString('utf8')));
    req.on('error', reject);
  });
}

function tokenMatches(req: IncomingMessage, token: string): boolean {
  const header = req.headers.authorization ?? '';
  return header === `Bearer ${token}`;
}

async function handleApi(req: IncomingMessage, res: ServerResponse, method: string, options: HttpOptions): Promise<void> {
  if (req.method !== 'POST') {
    res.setHeader('allow', 'POST');
    return fail(res, { code: 'BAD_REQUEST', message: '接口只接受 POST 请求' });
  }
  if (!tokenMatches(req, options.token)) {
    return fail(res, { code: 'BAD_TOKEN', message: '访问凭据无效，请使用启动时显示的地址重新打开。' });
  }
  // The media type itself, not a prefix of it: application/jsonx is not JSON.
  const type = (req.headers['content-type'] ?? '').split(';')[0]!.trim().toLowerCase();
  if (type !== 'application/json') {
    return fail(res, { code: 'BAD_REQUEST', message: '请求格式应为 JSON' });
  }
  const raw = await readBody(req);
  if (raw === null) return fail(res, { code: 'TOO_LARGE', message: '提交的内容过大' });
  let body: unknown;
  try {
    body = raw === '' ? {} : JSON.parse(raw);
  } catch {
    return fail(res, { code: 'BAD_REQUEST', message: '请求内容不是有效的 JSON' });
  }
  if (typeof body !== 'object' || body === null || Array.isArray(body)) {
    return fail(res, { code: 'BAD_REQUEST', message: '请求内容应为 { "input": … }' });
  }
  const session = req.headers[SESSION_HEADER];
  const result = await options.dispatch(method, (body as { input?: unknown }).input, typeof session === 'string' ? session : undefined);
  if (result.ok && isJsonBody(result.data)) sendJsonBody(res, result.data.jsonUtf8);
  else if (result.ok) send(res, 200, result);
  else fail(res, result.error);
}

const DOWNLOAD_TYPES: Record<string, string> = {
  pdf: 'application/pdf',
  jpg: 'image/jpeg',
  png: 'image/png',
  xlsx: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
};

/**
 * GET /files/:id — a PDF or Excel file the core left in the exports folder, streamed from disk, so a
 * 200-page filing is never carried as base64 in JSON. The launch token is required as for the API.
 */
function handleFile(req: IncomingMessage, res: ServerResponse, fileId: string, options: HttpOptions): void {
  if (req.method !== 'GET') return fail(res, { code: 'BAD_REQUEST', message: '文件只能下载' });
  if (!tokenMatches(req, options.token)) {
    return fail(res, { code: 'BAD_TOKEN', message: '访问凭据无效，请使用启动时显示的地址重新打开。' });
  }
  const file = options.exportFile?.(fileId) ?? null;
  let size: number;
  try {
    size = file === null ? -1 : statSync(file).size;
  } catch {
    size = -1;
  }
  if (file === null || size < 0) return fail(res, { code: 'NOT_FOUND', message: '文件已过期或不存在，请重新生成。' });
  res.writeHead(200, {
    'content-type': DOWNLOAD_TYPES[fileId.slice(fileId.lastIndexOf('.') + 1)] ?? 'application/octet-stream',
    'content-length': size,
    'cache-control': 'no-store',
    'x-content-type-options': 'nosniff',
  });
  createReadStream(file).pipe(res);
}

/**
 * POST /uploads — an attached file's raw bytes, staged under an unguessable id that the next call
 * (attachments.add) names; the launch token is required as for the API. Over 20 MB is refused as it arrives.
 */
async function handleUpload(req: IncomingMessage, res: ServerResponse, options: HttpOptions): Promise<void> {
  if (req.method !== 'POST' || !options.stageUpload) return fail(res, { code: 'NOT_FOUND', message: '没有这个地址' });
  if (!tokenMatches(req, options.token)) {
    return fail(res, { code: 'BAD_TOKEN', message: '访问凭据无效，请使用启动时显示的地址重新打开。' });
  }
  const result = await options.stageUpload(req);
  const refusal = uploadRefusal(result);
  if (refusal) {
    // The rest of an over-long body is not read; the connection is closed after the answer.
    res.setHeader('connection', 'close');
    return fail(res, refusal);
  }
  send(res, 200, { ok: true, data: result });
}

export interface RunningServer {
  url: string;
  port: number;
  close(): Promise<void>;
}

export async function startHttpServer(options: HttpOptions): Promise<RunningServer> {
  const host = options.host ?? '127.0.0.1';
  let hosts = new Set<string>();
  let origins = new Set<string>();
  const server = createServer((req, res) => {
    void (async () => {
      if (!hosts.has(req.headers.host ?? '')) {
        return fail(res, { code: 'FORBIDDEN', message: '拒绝访问：请求的主机名不是本机地址' });
      }
      const origin = req.headers.origin;
      if (origin !== undefined && !origins.has(origin)) {
        return fail(res, { code: 'FORBIDDEN', message: '拒绝访问：请求来自其他网站' });
      }
      let path: string;
      try {
        path = decodeURIComponent((req.url ?? '/').split('?')[0] ?? '/');
      } catch {
        return fail(res, { code: 'BAD_REQUEST', message: '地址格式有误' });
      }
      if (path.startsWith('/api/')) return handleApi(req, res, path.slice('/api/'.length), options);
      if (path.startsWith('/files/')) return handleFile(req, res, path.slice('/files/'.length), options);
      if (path === '/uploads') return handleUpload(req, res, options);
      if (options.staticDir && (req.method === 'GET' || req.method === 'HEAD')) return serveStatic(req, res, options.staticDir, path);
      return fail(res, { code: 'NOT_FOUND', message: '没有这个地址' });
    })().catch((error: unknown) => {
      console.error('[http]', error);
      if (!res.headersSent) fail(res, { code: 'INTERNAL', message: '程序内部出错，请重试' });
      else res.end();
    });
  });
  server.keepAliveTimeout = 30_000;
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(options.port ?? 0, host, resolve);
  });
  const port = (server.address() as AddressInfo).port;
  hosts = allowedHosts(port);
  origins = new Set([...hosts].map((h) => `http://${h}`));
  return {
    url: `http://127.0.0.1:${port}`,
    port,
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}
