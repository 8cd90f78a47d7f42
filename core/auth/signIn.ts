import { randomBytes } from 'node:crypto';
import type { WriteContext } from '../api/context.ts';
import type { Context } from '../api/define.ts';
import type { Actor } from '../audit/record.ts';
import { AppError } from '../shared/errors.ts';
import { stmt } from '../shared/statements.ts';
import { findUserByName, getUser, toView, type UserDbRow } from '../users/queries.ts';
import { passwordProblem, type UserView } from '../users/schema.ts';
import { ROLE_LABELS } from '../shared/roles.ts';
import { hashPassword, verifyPassword } from '../shared/passwordHash.ts';
import { holdError, signInHold, SIGN_IN_FAILED, SIGN_IN_HELD, type Hold } from './throttle.ts';

/** Who the audit log names for a failed sign-in: nobody is signed in, whatever name was typed. */
export const SIGNED_OUT_ACTOR: Actor = { userId: null, name: '（未登录）', role: null };

let dummy: string | undefined;
/** A hash nobody knows the password of, with the cost of a real one; made once per process. */
function dummyHash(): string {
  return (dummy ??= hashPassword(randomBytes(18).toString('base64')));
}

/**
 * Records a sign-in. A password from before today's rule that the rule refuses (123456) is known to work now,
 * so it is the moment to ask for a better one: the account must change it before doing anything else.
 */
export function recordSignIn(ctx: WriteContext, user: UserView, password: string): UserView {
  ctx.actor = { userId: user.id, name: user.displayName, role: user.role };
  const weak = !user.mustChangePassword && passwordProblem(password, user) !== null;
  stmt(ctx.db, 'UPDATE users SET last_sign_in_at = ?, must_change_password = must_change_password | ? WHERE id = ?').run(
    ctx.now.toISOString(),
    weak ? 1 : 0,
    user.id,
  );
  const note = weak ? '；密码不符合现行密码规则，须先改密码' : '';
  ctx.audit({ entity: 'user', entityId: user.id, summary: `登录：${user.displayName}（${ROLE_LABELS[user.role]}）${note}` });
  return getUser(ctx.db, user.id);
}

export function openSession(ctx: Context, user: UserView) {
  const session = ctx.runtime.sessions.create(user);
  return { sessionId: session.id, user, mustChangePassword: user.mustChangePassword };
}

/** The log may say whether the name exists and why it failed; the answer to the caller never does. */
function recordFailure(ctx: WriteContext, username: string, row: UserDbRow | undefined, hold: Hold | null): void {
  ctx.actor = SIGNED_OUT_ACTOR;
  const who = row ? `${row.display_name}（${row.username}）` : `登录名“${username}”`;
  const why = hold
    ? hold.scope === 'everyone'
      ? '：所有人登录暂停中，未核对密码'
      : '：连续输错过多，暂停中，未核对密码'
    : !row
      ? '不存在'
      : row.active !== 1
        ? '账号已停用'
        : '密码不正确';
  ctx.audit({
    action: hold ? SIGN_IN_HELD : SIGN_IN_FAILED,
    entity: 'user',
    entityId: row?.id ?? null,
    summary: `${hold ? '登录被拒' : '登录失败'}：${who}${why}`,
    after: { username },
  });
}

/**
 * 登录. Every attempt costs exactly one scrypt — against the account's hash, or a dummy one when the name is
 * unknown, stopped or held back — so the time taken does not tell which names exist. Every failure is audited
 * and its row commits on its own (this runs as a task): the failure rows are what the next attempt, even after
 * a restart, counts. The sign-in itself (last sign-in time and its audit row) is one transaction.
 */
export function signIn(ctx: Context, input: { username: string; password: string }) {
  const row = findUserByName(ctx.db, input.username);
  const hold = signInHold(ctx.db, input.username, row, ctx.now.getTime());
  const usable = row !== undefined && row.active === 1 && hold === null;
  const matches = verifyPassword(input.password, usable ? row.password_hash : dummyHash());
  if (!usable || !matches) {
    recordFailure(ctx, input.username, row, hold);
    throw hold ? holdError(hold) : new AppError('VALIDATION', '登录名或密码不正确', 'password');
  }
  const user = ctx.db.transaction(() => recordSignIn(ctx, toView(row), input.password))();
  return openSession(ctx, user);
}
