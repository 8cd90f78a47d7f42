import { randomBytes } from 'node:crypto';
import type { z } from 'zod';
import { AppError, type ApiError } from '../shared/errors.ts';
import { appendAudit, SYSTEM_ACTOR, type Actor, type AuditEntry } from '../audit/record.ts';
import { isoDay } from '../shared/dates.ts';
import type { Runtime } from '../system/runtime.ts';
import type { Session } from '../auth/sessions.ts';
import type { AnyMethod } from './define.ts';
import type { Context } from './context.ts';
import { methods } from './methods.ts';

export type ApiResult = { ok: true; data: unknown } | { ok: false; error: ApiError };

export type Dispatch = (method: string, input: unknown, sessionId?: string) => Promise<ApiResult>;

/** The first problem zod found, in the words the schema gave it, with the field it belongs to. */
export function validationError(error: z.ZodError): AppError {
  const issue = error.issues[0];
  if (!issue) return new AppError('VALIDATION', '输入有误');
  const field = issue.path.map(String).join('.');
  if (issue.code === 'unrecognized_keys') {
    return new AppError('VALIDATION', `不认识的字段：${issue.keys.join('、')}`, field || undefined);
  }
  return new AppError('VALIDATION', issue.message, field || undefined);
}

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
  if (def.access === 'public') {
    const touched = runtime.sessions.touch(sessionId);
    return 'session' in touched ? touched.session : null;
  }
  const touched = runtime.sessions.touch(sessionId);
  if ('expired' in touched) throw new AppError('SESSION_EXPIRED', '长时间未操作，已自动锁定，请重新输入密码。');
  if ('missing' in touched) throw new AppError('UNAUTHENTICATED', '请先登录。');
  const { session } = touched;
  if (def.access !== 'signedIn' && !def.access.includes(session.role)) {
    throw new AppError('FORBIDDEN', '您的岗位没有这项操作的权限，如需办理请联系院长。');
  }
  return session;
}

/** The one entry point of both transports: parse, authorize, run (in a transaction for writes), map errors. */
export function createDispatcher(runtime: Runtime, table: Record<string, AnyMethod> = methods): Dispatch {
  return async (method, rawInput, sessionId) => {
    try {
      if (typeof method !== 'string' || !Object.hasOwn(table, method)) {
        throw new AppError('UNKNOWN_METHOD', `没有这个接口：${String(method).slice(0, 60)}`);
      }
      const def = table[method]!;
      const session = authorize(def, runtime, sessionId);
      const parsed = def.input.safeParse(rawInput);
      if (!parsed.success) throw validationError(parsed.error);
      const data = await run(def, method, parsed.data, runtime, session, sessionId);
      return { ok: true, data };
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
  const actor: Actor = session
    ? { userId: session.userId, name: session.userName, role: session.role }
    : SYSTEM_ACTOR;
  let audits = 0;
  const ctx: Context = {
    db: runtime.db,
    now,
    today: isoDay(now),
    actor,
    session,
    sessionId,
    runtime,
    audit(entry: AuditEntry) {
      audits++;
      const write = () => appendAudit(ctx.db, ctx.actor, now, method, entry);
      // Inside a write this joins the open transaction; a task's audit row commits on its own.
      if (ctx.db.inTransaction) write();
      else ctx.db.transaction(write)();
    },
  };
  if (def.kind === 'write') {
    return runtime.db.transaction(() => {
      const result = def.handler(ctx, input);
      if (audits === 0) throw new Error(`写操作 ${method} 没有记录审计，已回滚`);
      return result;
    })();
  }
  return await def.handler(ctx, input);
}
