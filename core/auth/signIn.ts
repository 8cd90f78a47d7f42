import type { Db } from '../../db/open.ts';
import type { WriteContext } from '../api/context.ts';
import { AppError } from '../shared/errors.ts';
import { stmt } from '../shared/statements.ts';
import { findUserByName, toView } from '../users/queries.ts';
import { ROLE_LABELS } from '../shared/roles.ts';
import type { UserView } from '../users/schema.ts';
import { verifyPassword } from '../shared/passwordHash.ts';

/** Checks the password; returns the user or throws the same message for unknown name and wrong password. */
export function authenticate(db: Db, username: string, password: string): UserView {
  const row = findUserByName(db, username);
  const ok = row !== undefined && row.active === 1 && verifyPassword(password, row.password_hash);
  if (!ok || !row) throw new AppError('VALIDATION', '登录名或密码不正确', 'password');
  return toView(row);
}

export function recordSignIn(ctx: WriteContext, user: UserView): void {
  stmt(ctx.db, 'UPDATE users SET last_sign_in_at = ? WHERE id = ?').run(ctx.now.toISOString(), user.id);
  ctx.audit({ entity: 'user', entityId: user.id, summary: `登录：${user.displayName}（${ROLE_LABELS[user.role]}）` });
}
