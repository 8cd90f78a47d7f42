import { randomBytes } from 'node:crypto';
import { AppError, type ApiError } from '../shared/errors.ts';
import { validationError } from '../shared/validation.ts';
import { SYSTEM_ACTOR, type Actor } from '../audit/record.ts';
import { auditedWrite, taskContext } from '../audit/audited.ts';
import type { Runtime } from '../system/runtime.ts';
import { SESSION_MAX_HOURS, type Session } from '../auth/sessions.ts';
import { changedAreas, type AnyMethod, type Context } from './define.ts';
import { methods } from './methods.ts';
import { runHeavy } from './heavyReads.ts';
import { isJsonBody, parseJsonBody } from '../shared/jsonBody.ts';

/** `changed`: the areas whose reads a successful write or task may have changed; the UI refreshes those. */
export type ApiResult = { ok: true; data: unknown; changed?: readonly string[] } | { ok: false; error: ApiError };

export type Dispatch = (method: string, input: unknown, sessionId?: string) => Promise<ApiResult>;

function toApiError(error: unknown, runtime: Runtime, method: string): ApiError {
  if (error instanceof AppError) return error.toJSON();
  const code = (error as { code?: string }).code ?? '';
  if (code.startsWith('SQLITE_CONSTRAINT')) {
    runtime.log(`[${method}] constraint`, error);
    return { code: 'CONFLICT', message: '保存失败：与现有记录冲突（可能他人刚刚修改过），请刷新后重试。数据未改动。' };
  }
  if (code === 'SQLITE_BUSY') {
    return { code: 'CONFLICT', message: '数据库正忙，请稍后再试。数据未改动。' };
  }
  const ref = randomBytes(3).toString('hex');
  runtime.log(`[${method}] internal error ${ref}`, error);
  return { code: 'INTERNAL', message: `程序内部出错（编号 ${ref}），数据未改动。请重试；若反复出现，请把编号告诉维护人员。` };
}

function authorize(def: AnyMethod, runtime: Runtime, sessionId: string | undefined): Session | null {
  const touched = runtime.sessions.touch(sessionId);
  if (def.access === 'public') return 'session' in touched ? touched.session : null;
  if ('expired' in touched) {
    throw new AppError(
      'SESSION_EXPIRED',
      touched.expired === 'shift'
        ? `这次登录已满 ${SESSION_MAX_HOURS} 小时（一个班次），为安全起见请重新登录。`
        : '长时间未操作，已自动锁定，请重新输入密码。',
    );
  }
  if ('missing' in touched) {
    throw new AppError('UNAUTHENTICATED', touched.revoked ? '院长修改了您的账号（岗位、密码或停用），请重新登录。' : '请先登录。');
  }
  const { session } = touched;
  if (session.mustChangePassword && !def.beforePasswordChange) {
    throw new AppError('PASSWORD_CHANGE_REQUIRED', '请先设置您自己的密码：您用的是别人给的临时密码（或过于简单的密码），换成只有您知道的密码后才能继续。');
  }
  if (def.access !== 'signedIn' && !def.access.includes(session.role)) {
    throw new AppError('FORBIDDEN', '您的岗位没有这项操作的权限，如需办理请联系院长。');
  }
  return session;
}

export interface DispatcherOptions {
  /**
   * Leave a heavy read's result as the JSON bytes the worker made (core/shared/jsonBody.ts), for a transport that
   * hands them on (HTTP, Electron IPC). Without it the result is parsed, for callers in this process.
   */
  jsonBody?: boolean;
}

/** The one entry point of both transports: parse, authorize, run (in a transaction for writes), map errors. */
export function createDispatcher(runtime: Runtime, table: Record<string, AnyMethod> = methods, options: DispatcherOptions = {}): Dispatch {
  return async (method, rawInput, sessionId) => {
    try {
      if (typeof method !== 'string' || !Object.hasOwn(table, method)) {
        throw new AppError('UNKNOWN_METHOD', `没有这个接口：${String(method).slice(0, 60)}`);
      }
      const def = table[method]!;
      const session = authorize(def, runtime, sessionId);
      const parsed = def.input.safeParse(rawInput);
      if (!parsed.success) throw validationError(parsed.error);
      let data = await run(def, method, parsed.data, runtime, session, sessionId);
      if (!options.jsonBody && isJsonBody(data)) data = parseJsonBody(data);
      return def.kind === 'read' ? { ok: true, data } : { ok: true, data, changed: changedAreas(method, def) };
    } catch (error) {
      return { ok: false, error: toApiError(error, runtime, String(method)) };
    }
  };
}

async function run(
  def: AnyMethod,
  method: string,
  input: unknown,
  runtime: Runtime,
  session: Session | null,
  sessionId: string | undefined,
): Promise<unknown> {
  const now = runtime.clock();
  const actor: Actor = session ? { userId: session.userId, name: session.userName, role: session.role } : SYSTEM_ACTOR;
  if (def.heavy) return runHeavy(runtime, `method:${method}`, def.handler, input, { now, actor });
  const extra = { session, sessionId, runtime };
  const run = { actor, now, action: method };
  if (def.kind === 'write') return auditedWrite<unknown, typeof extra>(runtime.db, run, (ctx) => def.handler(ctx as Context, input), extra);
  return await def.handler(taskContext(() => runtime.db, run, extra), input);
}
