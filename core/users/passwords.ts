import type { Db } from '../../db/open.ts';
import type { WriteContext } from '../api/context.ts';
import { AppError } from '../shared/errors.ts';
import { stmt } from '../shared/statements.ts';
import { hashPassword, verifyPassword } from '../shared/passwordHash.ts';
import { findUserById, getUser } from './queries.ts';

/** Sets a new password (a director's reset, or one's own change). The hash itself never goes into the audit log. */
export function setPassword(ctx: WriteContext, id: number, password: string, summary: string): void {
  getUser(ctx.db, id);
  stmt(ctx.db, 'UPDATE users SET password_hash = ?, updated_at = ? WHERE id = ?').run(hashPassword(password), ctx.now.toISOString(), id);
  ctx.audit({ entity: 'user', entityId: id, summary });
}

export function checkOwnPassword(db: Db, id: number, password: string): void {
  const row = findUserById(db, id);
  if (!row || !verifyPassword(password, row.password_hash)) {
    throw new AppError('VALIDATION', '当前密码不正确', 'current');
  }
}
