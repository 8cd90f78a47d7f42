import type { WriteContext } from '../api/context.ts';
import { conflict } from '../shared/errors.ts';
import { stmt } from '../shared/statements.ts';
import { hashPassword } from '../shared/passwordHash.ts';
import { findUserByName, getUser } from './queries.ts';
import { assertStrongPassword } from './passwords.ts';
import { ROLE_LABELS, type Role } from '../shared/roles.ts';
import type { UserView } from './schema.ts';

/**
 * 新建用户. The password is stored as a scrypt hash and never written into the audit log. `mustChangePassword`:
 * the director chose it, so its owner must choose their own at the first sign-in.
 */
export function createUser(
  ctx: WriteContext,
  input: { username: string; displayName: string; role: Role; password: string; mustChangePassword: boolean },
): UserView {
  assertStrongPassword(input.password, input);
  if (findUserByName(ctx.db, input.username)) throw conflict(`登录名“${input.username}”已被使用，请换一个`, 'username');
  const at = ctx.now.toISOString();
  const { lastInsertRowid } = stmt(
    ctx.db,
    `INSERT INTO users (username, display_name, role, password_hash, must_change_password, password_changed_at, created_at, updated_at)
     VALUES (@username, @displayName, @role, @hash, @mustChange, @at, @at, @at)`,
  ).run({
    username: input.username,
    displayName: input.displayName,
    role: input.role,
    hash: hashPassword(input.password),
    mustChange: input.mustChangePassword ? 1 : 0,
    at,
  });
  const user = getUser(ctx.db, Number(lastInsertRowid));
  ctx.audit({
    entity: 'user',
    entityId: user.id,
    summary: `新建用户：${user.displayName}（${ROLE_LABELS[user.role]}，登录名 ${user.username}）`,
    after: user,
  });
  return user;
}
