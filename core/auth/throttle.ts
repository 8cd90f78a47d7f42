import type { Db } from '../../db/open.ts';
import { AppError } from '../shared/errors.ts';
import { stmt } from '../shared/statements.ts';

/** Failures of one login name within the window, after which that name waits until the oldest of them ages out. */
export const MAX_FAILED_SIGN_INS = 5;
export const SIGN_IN_WINDOW_MS = 15 * 60_000;

/**
 * Failures of all names together within this time, after which nobody can sign in until they age out: someone
 * trying many names at this PC learns nothing, five guesses at a time each.
 */
export const MAX_FAILED_SIGN_INS_ALL = 20;
export const SIGN_IN_PAUSE_MS = 10 * 60_000;

/** The audit action of a password that was checked and wrong (or a name that does not exist): what is counted. */
export const SIGN_IN_FAILED = 'auth.signInFailed';
/** The audit action of an attempt refused while held back: recorded, not counted, so waiting is enough. */
export const SIGN_IN_HELD = 'auth.signInHeld';

// The literal action and expression match the partial indexes of migration 0003, so SQLite uses them.
export const NTH_RECENT_FAILURE = `SELECT at FROM audit_log WHERE action = 'auth.signInFailed' AND at >= ? ORDER BY at DESC LIMIT 1 OFFSET ?`;
export const NTH_RECENT_FAILURE_OF_NAME = `SELECT at FROM audit_log WHERE action = 'auth.signInFailed'
  AND lower(json_extract(after_json, '$.username')) = lower(?) AND at >= ? ORDER BY at DESC LIMIT 1 OFFSET ?`;

export interface Hold {
  scope: 'name' | 'everyone';
  waitMs: number;
}

/** What the account (if the name exists) knows about its own sign-ins: a success or a new password starts afresh. */
export interface AccountMarks {
  last_sign_in_at: string | null;
  password_changed_at: string | null;
}

const iso = (ms: number) => new Date(ms).toISOString();
const latest = (...values: (string | null)[]) => values.filter((v): v is string => v !== null).sort().at(-1)!;

/** The `limit`-th newest failure the query finds: the one whose ageing out ends the hold; undefined when fewer. */
function nthFailure(db: Db, sql: string, params: unknown[], limit: number): string | undefined {
  return stmt<string>(db, sql).pluck().get(...params, limit - 1);
}

/** Whether this name may try a password now; the same for names that exist and names that do not. */
export function signInHold(db: Db, username: string, account: AccountMarks | undefined, nowMs: number): Hold | null {
  const changed = account?.password_changed_at ?? null;
  const pausedSince = nthFailure(db, NTH_RECENT_FAILURE, [iso(nowMs - SIGN_IN_PAUSE_MS)], MAX_FAILED_SIGN_INS_ALL);
  // A password set after the pause began (at the console, most likely) was chosen by someone at this PC: let it in.
  if (pausedSince !== undefined && (changed === null || changed < pausedSince)) {
    const wait = Date.parse(pausedSince) + SIGN_IN_PAUSE_MS - nowMs;
    if (wait > 0) return { scope: 'everyone', waitMs: wait };
  }
  const since = latest(iso(nowMs - SIGN_IN_WINDOW_MS), account?.last_sign_in_at ?? null, changed);
  const heldSince = nthFailure(db, NTH_RECENT_FAILURE_OF_NAME, [username, since], MAX_FAILED_SIGN_INS);
  const wait = heldSince === undefined ? 0 : Date.parse(heldSince) + SIGN_IN_WINDOW_MS - nowMs;
  return wait > 0 ? { scope: 'name', waitMs: wait } : null;
}

export function holdError(hold: Hold): AppError {
  const minutes = Math.max(1, Math.ceil(hold.waitMs / 60_000));
  if (hold.scope === 'name') return new AppError('FORBIDDEN', `密码连续输错次数过多，请 ${minutes} 分钟后再试`, 'password');
  return new AppError(
    'FORBIDDEN',
    `最近登录失败的次数太多，为安全起见已暂停所有人登录，请 ${minutes} 分钟后再试。` +
      '院长若急需登录，可在这台电脑的程序文件夹里运行 npm run reset-password -- --user 登录名，用得到的临时密码可以立即登录。',
    'password',
  );
}
