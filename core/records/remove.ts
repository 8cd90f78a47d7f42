import type { WriteContext } from '../api/context.ts';
import { conflict } from '../shared/errors.ts';
import { stmt } from '../shared/statements.ts';
import { requireResident } from '../residents/queries.ts';
import { ENTRY_TABLES, entrySnapshot, requireEntry } from './entries.ts';
import { ENTRY_KINDS, type EntryKind } from './schema.ts';

/**
 * Removes an entry made in error. It may have been printed, so it stays, marked deleted with the reason, and the
 * record page can restore it.
 */
export function removeEntry(ctx: WriteContext, input: { kind: EntryKind; id: number; reason: string }) {
  const t = ENTRY_TABLES[input.kind];
  const before = requireEntry(ctx.db, input.kind, input.id);
  if (before.deletedAt) throw conflict(`这条${ENTRY_KINDS[input.kind]}记录已删除`);
  const resident = requireResident(ctx.db, before.residentId);
  stmt(ctx.db, `UPDATE ${t.table} SET deleted_at = ?, deleted_reason = ? WHERE id = ?`).run(ctx.now.toISOString(), input.reason, input.id);
  const after = requireEntry(ctx.db, input.kind, input.id);
  ctx.audit({
    entity: t.entity,
    entityId: input.id,
    summary: `删除${ENTRY_KINDS[input.kind]}记录：${resident.name} ${t.describe(before)}（原因：${input.reason}）`,
    before: entrySnapshot(before, resident.name),
    after: entrySnapshot(after, resident.name),
  });
  return after;
}

/** Restores a removed entry; an open referral or hospice period cannot come back beside one opened since. */
export function restoreEntry(ctx: WriteContext, input: { kind: EntryKind; id: number }) {
  const t = ENTRY_TABLES[input.kind];
  const before = requireEntry(ctx.db, input.kind, input.id);
  if (!before.deletedAt) throw conflict(`这条${ENTRY_KINDS[input.kind]}记录没有被删除，无需恢复`);
  const resident = requireResident(ctx.db, before.residentId);
  const reopens = (input.kind === 'referral' && !before.returnedOn) || (input.kind === 'hospice' && !before.endedOn);
  if (reopens) {
    const column = input.kind === 'referral' ? 'returned_on' : 'ended_on';
    const other = stmt(ctx.db, `SELECT 1 FROM ${t.table} WHERE resident_id = ? AND ${column} IS NULL AND deleted_at IS NULL`).get(before.residentId);
    if (other) throw conflict(`${resident.name} 已有另一条未结束的${ENTRY_KINDS[input.kind]}记录，不能恢复这一条`);
  }
  stmt(ctx.db, `UPDATE ${t.table} SET deleted_at = NULL, deleted_reason = NULL WHERE id = ?`).run(input.id);
  const after = requireEntry(ctx.db, input.kind, input.id);
  ctx.audit({
    entity: t.entity,
    entityId: input.id,
    summary: `恢复${ENTRY_KINDS[input.kind]}记录：${resident.name} ${t.describe(after)}`,
    before: entrySnapshot(before, resident.name),
    after: entrySnapshot(after, resident.name),
  });
  return after;
}
