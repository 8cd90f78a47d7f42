import type { Db } from '../../db/open.ts';
import { notFound } from '../shared/errors.ts';
import { stmt } from '../shared/statements.ts';
import type { Role } from '../shared/roles.ts';
import type { UserView } from './schema.ts';

/** The users area's published reads: sign-in, the audit log and the command line read accounts through these. */
export interface UserDbRow {
  id: number;
  username: string;
  display_name: string;
  role: Role;
  password_hash: string;
  large_text: number;
  active: number;
  last_sign_in_at: string | null;
  must_change_password: number;
  password_changed_at: string | null;
}

export const toView = (r: UserDbRow): UserView => ({
  id: r.id,
  username: r.username,
  displayName: r.display_name,
  role: r.role,
  largeText: r.large_text === 1,
  active: r.active === 1,
  lastSignInAt: r.last_sign_in_at,
  mustChangePassword: r.must_change_password === 1,
});

export function listUsers(db: Db): UserView[] {
  return stmt<UserDbRow>(db, 'SELECT * FROM users ORDER BY active DESC, role, username').all().map(toView);
}

export function findUserByName(db: Db, username: string): UserDbRow | undefined {
  return stmt<UserDbRow>(db, 'SELECT * FROM users WHERE username = ?').get(username);
}

export function findUserById(db: Db, id: number): UserDbRow | undefined {
  return stmt<UserDbRow>(db, 'SELECT * FROM users WHERE id = ?').get(id);
}

export function getUser(db: Db, id: number): UserView {
  const row = findUserById(db, id);
  if (!row) throw notFound('该用户');
  return toView(row);
}


/** The first active director: whom the command line acts as when it prints a filing. */
export function firstActiveDirector(db: Db): number | null {
  return stmt<number>(db, `SELECT id FROM users WHERE role = 'director' AND active = 1 ORDER BY id LIMIT 1`).pluck().get() ?? null;
}
