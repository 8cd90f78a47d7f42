import type { WriteContext } from '../api/context.ts';
import { conflict, notFound } from '../shared/errors.ts';
import { stmt } from '../shared/statements.ts';
import { findRoom } from './queries.ts';
import { ROOM_KINDS, type RoomInput } from './schema.ts';

const label = (r: { kind: keyof typeof ROOM_KINDS; name: string; areaM2: number }) => `${ROOM_KINDS[r.kind]} ${r.name}（${r.areaM2} 平方米）`;

function requireRoom(ctx: WriteContext, id: number) {
  const room = findRoom(ctx.db, id);
  if (!room) throw notFound('这个房间');
  return room;
}

/** Adds a room (no id) or corrects one; a room taken out of use is restored first, not edited. */
export function saveRoom(ctx: WriteContext, input: RoomInput) {
  const at = ctx.now.toISOString();
  if (input.id === null) {
    const { lastInsertRowid } = stmt(
      ctx.db,
      `INSERT INTO clinic_rooms (kind, name, area_m2, notes, created_at, updated_at) VALUES (@kind, @name, @areaM2, @notes, @at, @at)`,
    ).run({ ...input, at });
    const after = findRoom(ctx.db, Number(lastInsertRowid))!;
    ctx.audit({ entity: 'clinicRoom', entityId: after.id, summary: `登记医务室房间：${label(after)}`, after });
    return after;
  }
  const before = requireRoom(ctx, input.id);
  if (before.removedAt !== null) throw conflict('这个房间已删除，请先恢复再修改');
  stmt(ctx.db, 'UPDATE clinic_rooms SET kind = @kind, name = @name, area_m2 = @areaM2, notes = @notes, updated_at = @at WHERE id = @id').run({ ...input, at });
  const after = findRoom(ctx.db, input.id)!;
  ctx.audit({ entity: 'clinicRoom', entityId: after.id, summary: `修改医务室房间：${label(after)}`, before, after });
  return after;
}

/** 删除: the room is out of use; the row stays (a filing may have printed it) and can be restored. */
export function removeRoom(ctx: WriteContext, input: { id: number; reason: string }) {
  const before = requireRoom(ctx, input.id);
  if (before.removedAt !== null) throw conflict('这个房间已删除');
  stmt(ctx.db, 'UPDATE clinic_rooms SET removed_at = ?, removed_reason = ?, updated_at = ? WHERE id = ?').run(ctx.now.toISOString(), input.reason, ctx.now.toISOString(), input.id);
  const after = findRoom(ctx.db, input.id)!;
  ctx.audit({ entity: 'clinicRoom', entityId: input.id, summary: `删除医务室房间：${label(before)}（原因：${input.reason}）`, before, after });
  return after;
}

export function restoreRoom(ctx: WriteContext, input: { id: number }) {
  const before = requireRoom(ctx, input.id);
  if (before.removedAt === null) throw conflict('这个房间未被删除，无需恢复');
  stmt(ctx.db, 'UPDATE clinic_rooms SET removed_at = NULL, removed_reason = NULL, updated_at = ? WHERE id = ?').run(ctx.now.toISOString(), input.id);
  const after = findRoom(ctx.db, input.id)!;
  ctx.audit({ entity: 'clinicRoom', entityId: input.id, summary: `恢复医务室房间：${label(after)}`, before, after });
  return after;
}
