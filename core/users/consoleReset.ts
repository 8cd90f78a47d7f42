import { randomInt } from 'node:crypto';
import type { Db } from '../../db/open.ts';
import type { Actor } from '../audit/record.ts';
import { auditedWrite } from '../audit/audited.ts';
import { AppError } from '../shared/errors.ts';
import { findUserByName, getUser, listUsers } from './queries.ts';
import { setPassword } from './passwords.ts';
import type { UserView } from './schema.ts';
import { passwordProblem, type PasswordOwner } from './passwordPolicy.ts';

/** Who the audit log names for a reset done at the office PC's command line. */
export const CONSOLE_ACTOR: Actor = { userId: null, name: '系统（本机命令行）', role: null };

// No 0/O, 1/l/I: the password is read aloud over the phone and typed by someone over 50.
const ALPHABET = 'abcdefghjkmnpqrstuvwxyz23456789';

/**
 * Eight characters that pass the password rule for this account. About one draw in eleven is all letters
 * (or holds the login name), so drawing again until it passes ends at once in practice.
 */
export function temporaryPassword(owner: PasswordOwner = {}, length = 8): string {
  for (;;) {
    const password = Array.from({ length }, () => ALPHABET[randomInt(ALPHABET.length)]).join('');
    if (passwordProblem(password, owner) === null) return password;
  }
}

/**
 * 忘记密码: when the only director has forgotten the password, nobody in the app can reset it. The way
 * back is at the office PC itself — whoever can run a command there can already copy the data file, so
 * this gives away nothing — and it is audited like every other change. Only active accounts: a stopped
 * one is started again by a director in the app.
 */
export function resetPasswordAtConsole(db: Db, username: string, now: Date): { user: UserView; password: string } {
  const row = findUserByName(db, username);
  if (!row) {
    const names = listUsers(db)
      .filter((u) => u.active)
      .map((u) => u.username);
    throw new AppError('NOT_FOUND', `找不到登录名“${username}”。在用的登录名：${names.join('、') || '（没有）'}`);
  }
  const user = getUser(db, row.id);
  if (!user.active) throw new AppError('CONFLICT', `“${user.displayName}”的账号已停用，请院长在程序里先启用它。`);
  const password = temporaryPassword(user);
  auditedWrite(db, { actor: CONSOLE_ACTOR, now, action: 'console.resetPassword' }, (ctx) =>
    setPassword(ctx, user.id, password, `在本机命令行重设密码：${user.displayName}（${user.username}）`, false),
  );
  return { user, password };
}
