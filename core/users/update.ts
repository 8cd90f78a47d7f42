import type { Db } from '../../db/open.ts';
import type { WriteContext } from '../api/context.ts';
import { conflict } from '../shared/errors.ts';
import { stmt } from '../shared/statements.ts';
import { getUser } from './queries.ts';
import type { Role } from '../shared/roles.ts';
import type { UserView } from './schema.ts';

function activeDirectors(db: Db, exceptId: number): number {
  return stmt<{ n: number }>(db, `SELECT count(*) AS n FROM users WHERE role = 'director' AND active = 1 AND id <> ?`).get(
    exceptId,
  )!.n;
}

/** 修改用户: name, post, in use or stopped. At least one active director must remain. */
export function updateUser(
  ctx: WriteContext,
  input: { id: number; displayName: string; role: Role; active: boolean },
): UserView {
  const before = getUser(ctx.db, input.id);
  const losesDirector = before.role === 'director' && before.active && (input.role !== 'director' || !input.active);
  if (losesDirector && activeDirectors(ctx.db, input.id) === 0) {
    throw conflict('至少要保留一位在用的院长账号，否则无人能管理用户和备份', 'role');
  }
  stmt(ctx.db, 'UPDATE users SET display_name = @displayName, role = @role, active = @active, updated_at = @at WHERE id = @id').run({
    displayName: input.displayName,
    role: input.role,
    active: input.active ? 1 : 0,
    at: ctx.now.toISOString(),
    id: input.id,
  });
  const after = getUser(ctx.db, input.id);
  ctx.audit({ entity: 'user', entityId: input.id, summary: `修改用户：${after.displayName}`, before, after });
  return after;
}
