import type { Db } from '../../db/open.ts';
import type { WriteContext } from '../api/context.ts';
import { AppError } from '../shared/errors.ts';
import { stmt } from '../shared/statements.ts';
import { findUserByName, getUser, toView } from '../users/queries.ts';
import { passwordProblem } from '../users/schema.ts';
import { ROLE_LABELS } from '../users/roles.ts';
import type { UserView } from '../users/schema.ts';
import { verifyPassword } from './password.ts';

/** Checks the password; returns the user or throws the same message for unknown name and wrong password. */
export function authenticate(db: Db, username: string, password: string): UserView {
  const row = findUserByName(db, username);
  const ok = row !== undefined && row.active === 1 && verifyPassword(password, row.password_hash);
  if (!ok || !row) throw new AppError('VALIDATION', '登录名或密码不正确', 'password');
  return toView(row);
}

/**
 * Records a sign-in. A password from before today's rule that the rule refuses (123456) is known to work now,
 * so it is the moment to ask for a better one: the account must change it before doing anything else.
 */
export function recordSignIn(ctx: WriteContext, user: UserView, password: string): UserView {
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
