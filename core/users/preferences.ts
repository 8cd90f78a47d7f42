import type { WriteContext } from '../api/context.ts';
import { stmt } from '../shared/statements.ts';
import { getUser } from './queries.ts';
import type { UserView } from './schema.ts';

/** 大字 and other per-user display settings; setting what is already set changes nothing. */
export function setPreferences(ctx: WriteContext, id: number, largeText: boolean): UserView {
  const before = getUser(ctx.db, id);
  if (before.largeText === largeText) return before;
  stmt(ctx.db, 'UPDATE users SET large_text = ?, updated_at = ? WHERE id = ?').run(largeText ? 1 : 0, ctx.now.toISOString(), id);
  const after = getUser(ctx.db, id);
  ctx.audit({ entity: 'user', entityId: id, summary: `${largeText ? '开启' : '关闭'}大字显示`, before, after });
  return after;
}
