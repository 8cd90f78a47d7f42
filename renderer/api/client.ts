import type { MethodInput, MethodName, MethodOutput } from '../../core/api/methods.ts';
import type { ApiError, ErrorCode } from '../../core/shared/errors.ts';
import { isJsonBody, parseJsonBody } from '../../core/shared/jsonBody.ts';

/** An error from the core, already in words a person can act on. */
export class ApiCallError extends Error {
  readonly code: ErrorCode;
  readonly field: string | undefined;
  constructor(error: ApiError) {
    super(error.message);
    this.code = error.code;
    this.field = error.field;
  }
}

type Result = { ok: true; data: unknown; changed?: readonly string[] } | { ok: false; error: ApiError };

/** What Electron's preload exposes; absent in web mode. */
interface Bridge {
  call(method: string, input: unknown, sessionId: string | undefined): Promise<Result>;
}

declare global {
  interface Window {
    ylywt?: Bridge;
  }
}

const TOKEN_KEY = 'ylywt.token';
const SESSION_KEY = 'ylywt.session';

/**
 * The launch token arrives once in the address (#token=…); it is kept for this tab only and removed
 * from the address bar so it is not bookmarked or shown on screen.
 */
function takeTokenFromUrl(): void {
  const hash = new URLSearchParams(location.hash.slice(1));
  const token = hash.get('token');
  if (token) {
    sessionStorage.setItem(TOKEN_KEY, token);
    hash.delete('token');
    const rest = hash.toString();
    history.replaceState(null, '', `${location.pathname}${location.search}${rest ? `#${rest}` : '#/'}`);
  }
}

let sessionId: string | undefined;

export function setSession(id: string | undefined): void {
  sessionId = id;
  if (id) sessionStorage.setItem(SESSION_KEY, id);
  else sessionStorage.removeItem(SESSION_KEY);
}

export function initClient(options: { token?: string; session?: string } = {}): void {
  if (options.token) sessionStorage.setItem(TOKEN_KEY, options.token);
  else takeTokenFromUrl();
  sessionId = options.session ?? sessionStorage.getItem(SESSION_KEY) ?? undefined;
}

export const isElectron = (): boolean => window.ylywt !== undefined;

let onSessionLost: ((error: ApiError) => void) | undefined;
/**
 * Called when the core says the session has ended (idle lock, a shift's end, the account changed, restart),
 * with its words for why: the app shows them on the lock screen, or goes to sign-in.
 */
export function onSessionEnded(handler: (error: ApiError) => void): void {
  onSessionLost = handler;
}

async function send(method: string, input: unknown): Promise<Result> {
  if (window.ylywt) {
    const result = await window.ylywt.call(method, input, sessionId);
    // A heavy read arrives as the JSON bytes its worker made; they are parsed here, not on the core's thread.
    return result.ok && isJsonBody(result.data) ? { ...result, data: parseJsonBody(result.data) } : result;
  }
  const token = sessionStorage.getItem(TOKEN_KEY);
  let response: Response;
  try {
    response = await fetch(`./api/${method}`, {
      method: 'POST',
      headers: {
        'content-type': 'application/json',
        authorization: `Bearer ${token ?? ''}`,
        ...(sessionId ? { 'x-session': sessionId } : {}),
      },
      body: JSON.stringify({ input }),
    });
  } catch {
    return { ok: false, error: { code: 'INTERNAL', message: '连接不上本机服务，请确认“养老医务通”仍在运行。' } };
  }
  return (await response.json()) as Result;
}

let onChanged: ((areas: readonly string[]) => void) | undefined;
/** Called after a write or task with the areas whose reads it may have changed (core/api/define.ts `changes`). */
export function onDataChanged(handler: (areas: readonly string[]) => void): void {
  onChanged = handler;
}

/** The one way the UI reaches the core: typed by the contract in core/api/methods.ts. */
export async function call<M extends MethodName>(method: M, input: MethodInput<M>): Promise<MethodOutput<M>> {
  const result = await send(method, input);
  if (!result.ok) {
    if (result.error.code === 'SESSION_EXPIRED' || result.error.code === 'UNAUTHENTICATED') onSessionLost?.(result.error);
    throw new ApiCallError(result.error);
  }
  if (result.changed) onChanged?.(result.changed);
  return result.data as MethodOutput<M>;
}

/**
 * Fetches a file the core left in its exports folder (a PDF, an Excel file) as a Blob. Electron serves it at
 * app://renderer/files/<id>; web mode at /files/<id>, with the launch token as for the API.
 */
export async function fetchExport(fileId: string): Promise<Blob> {
  let response: Response;
  try {
    const token = sessionStorage.getItem(TOKEN_KEY);
    response = await fetch(`./files/${encodeURIComponent(fileId)}`, window.ylywt ? {} : { headers: { authorization: `Bearer ${token ?? ''}` } });
  } catch {
    throw new ApiCallError({ code: 'INTERNAL', message: '连接不上本机服务，请确认“养老医务通”仍在运行。' });
  }
  if (!response.ok) throw new ApiCallError({ code: 'NOT_FOUND', message: '文件已过期或不存在，请重新生成。' });
  return response.blob();
}

/**
 * Sends an attached file's bytes to the core to wait for the call that stores it (attachments.add), and gives
 * back the id of the staged upload. The same address in both modes: app://renderer/uploads in Electron,
 * /uploads in web mode (with the launch token as for the API).
 */
export async function uploadFile(file: Blob): Promise<string> {
  let response: Response;
  try {
    const token = sessionStorage.getItem(TOKEN_KEY);
    response = await fetch('./uploads', {
      method: 'POST',
      body: file,
      headers: window.ylywt ? {} : { authorization: `Bearer ${token ?? ''}`, 'content-type': 'application/octet-stream' },
    });
  } catch {
    throw new ApiCallError({ code: 'INTERNAL', message: '连接不上本机服务，请确认“养老医务通”仍在运行。' });
  }
  const result = (await response.json()) as { ok: true; data: { uploadId: string } } | { ok: false; error: ApiError };
  if (!result.ok) throw new ApiCallError(result.error);
  return result.data.uploadId;
}
