import type { Db } from '../../db/open.ts';
import type { WriteContext } from '../api/context.ts';
import { AppError, invalid } from '../shared/errors.ts';
import { stmt } from '../shared/statements.ts';
import { hashPassword, verifyPassword } from '../shared/passwordHash.ts';
import { findUserById, getUser } from './queries.ts';
import { passwordProblem, type PasswordOwner } from './passwordPolicy.ts';

/**
 * Every way a password is set passes here or through createUser: the schema cannot always know the login
 * name (a reset names the account by id), the service always does.
 */
export function assertStrongPassword(password: string, owner: PasswordOwner): void {
  const problem = passwordProblem(password, owner);
  if (problem) throw invalid(problem, 'password');
}

/**
 * Sets a new password (a director's reset, the console's, or one's own change). The hash itself never goes into
 * the audit log. `chosenByOwner` false: someone else knows it, so its owner must replace it at the next sign-in.
 */
export function setPassword(ctx: WriteContext, id: number, password: string, summary: string, chosenByOwner: boolean): void {
  assertStrongPassword(password, getUser(ctx.db, id));
  const at = ctx.now.toISOString();
  stmt(ctx.db, 'UPDATE users SET password_hash = ?, must_change_password = ?, password_changed_at = ?, updated_at = ? WHERE id = ?').run(
    hashPassword(password),
    chosenByOwner ? 0 : 1,
    at,
    at,
    id,
  );
  ctx.audit({ entity: 'user', entityId: id, summary });
}

export function checkOwnPassword(db: Db, id: number, password: string): void {
  const row = findUserById(db, id);
  if (!row || !verifyPassword(password, row.password_hash)) {
    throw new AppError('VALIDATION', '当前密码不正确', 'current');
  }
}
