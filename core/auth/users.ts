import type { Db } from '../../db/open.ts';
import type { WriteContext } from '../api/context.ts';
import { AppError, conflict, notFound } from '../shared/errors.ts';
import { stmt } from '../shared/statements.ts';
import { hashPassword, verifyPassword } from './password.ts';
import { ROLE_LABELS, type Role } from './roles.ts';
import type { UserView } from './schema.ts';

interface UserDbRow {
  id: number;
  username: string;
  display_name: string;
  role: Role;
  password_hash: string;
  large_text: number;
  active: number;
  last_sign_in_at: string | null;
}

const toView = (r: UserDbRow): UserView => ({
  id: r.id,
  username: r.username,
  displayName: r.display_name,
  role: r.role,
  largeText: r.large_text === 1,
  active: r.active === 1,
  lastSignInAt: r.last_sign_in_at,
});

export function listUsers(db: Db): UserView[] {
  return stmt<UserDbRow>(db, 'SELECT * FROM users ORDER BY active DESC, role, username').all().map(toView);
}

export function findUserByName(db: Db, username: string): UserDbRow | undefined {
  return stmt<UserDbRow>(db, 'SELECT * FROM users WHERE username = ?').get(username);
}

export function getUser(db: Db, id: number): UserView {
  const row = stmt<UserDbRow>(db, 'SELECT * FROM users WHERE id = ?').get(id);
  if (!row) throw notFound('该用户');
  return toView(row);
}

export function createUser(
  ctx: WriteContext,
  input: { username: string; displayName: string; role: Role; password: string },
): UserView {
  if (findUserByName(ctx.db, input.username)) throw conflict(`登录名“${input.username}”已被使用，请换一个`, 'username');
  const at = ctx.now.toISOString();
  const { lastInsertRowid } = stmt(
    ctx.db,
    `INSERT INTO users (username, display_name, role, password_hash, created_at, updated_at) VALUES (?, ?, ?, ?, ?, ?)`,
  ).run(input.username, input.displayName, input.role, hashPassword(input.password), at, at);
  const user = getUser(ctx.db, Number(lastInsertRowid));
  ctx.audit({
    entity: 'user',
    entityId: user.id,
    summary: `新建用户：${user.displayName}（${ROLE_LABELS[user.role]}，登录名 ${user.username}）`,
    after: user,
  });
  return user;
}

function activeDirectors(db: Db, exceptId: number): number {
  return stmt<{ n: number }>(db, `SELECT count(*) AS n FROM users WHERE role = 'director' AND active = 1 AND id <> ?`).get(
    exceptId,
  )!.n;
}

export function updateUser(
  ctx: WriteContext,
  input: { id: number; displayName: string; role: Role; active: boolean },
): UserView {
  const before = getUser(ctx.db, input.id);
  const losesDirector = before.role === 'director' && before.active && (input.role !== 'director' || !input.active);
  if (losesDirector && activeDirectors(ctx.db, input.id) === 0) {
    throw conflict('至少要保留一位在用的院长账号，否则无人能管理用户和备份', 'role');
  }
  stmt(ctx.db, 'UPDATE users SET display_name = ?, role = ?, active = ?, updated_at = ? WHERE id = ?').run(
    input.displayName,
    input.role,
    input.active ? 1 : 0,
    ctx.now.toISOString(),
    input.id,
  );
  const after = getUser(ctx.db, input.id);
  ctx.audit({ entity: 'user', entityId: input.id, summary: `修改用户：${after.displayName}`, before, after });
  return after;
}

export function setPassword(ctx: WriteContext, id: number, password: string, summary: string): void {
  getUser(ctx.db, id);
  stmt(ctx.db, 'UPDATE users SET password_hash = ?, updated_at = ? WHERE id = ?').run(
    hashPassword(password),
    ctx.now.toISOString(),
    id,
  );
  // The hash itself never goes into the audit log.
  ctx.audit({ entity: 'user', entityId: id, summary });
}

export function checkOwnPassword(db: Db, id: number, password: string): void {
  const row = stmt<UserDbRow>(db, 'SELECT * FROM users WHERE id = ?').get(id);
  if (!row || !verifyPassword(password, row.password_hash)) {
    throw new AppError('VALIDATION', '当前密码不正确', 'current');
  }
}

export function setPreferences(ctx: WriteContext, id: number, largeText: boolean): UserView {
  const before = getUser(ctx.db, id);
  stmt(ctx.db, 'UPDATE users SET large_text = ?, updated_at = ? WHERE id = ?').run(largeText ? 1 : 0, ctx.now.toISOString(), id);
  const after = getUser(ctx.db, id);
  ctx.audit({ entity: 'user', entityId: id, summary: `${largeText ? '开启' : '关闭'}大字显示`, before, after });
  return after;
}

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
