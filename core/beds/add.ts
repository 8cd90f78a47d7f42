import type { WriteContext } from '../api/context.ts';
import { conflict } from '../shared/errors.ts';
import { stmt } from '../shared/statements.ts';
import { bedLabel, type AddBedsInput } from './schema.ts';

/** 批量添加床位: rooms roomFrom…roomTo on one floor, bedsPerRoom beds each; refused whole if any already exists. */
export function addBeds(ctx: WriteContext, input: AddBedsInput): { added: number } {
  const labels: { room: string; bedNo: string }[] = [];
  for (let room = input.roomFrom; room <= input.roomTo; room++) {
    for (let bed = 1; bed <= input.bedsPerRoom; bed++) labels.push({ room: String(room), bedNo: String(bed) });
  }
  const exists = stmt<{ id: number }>(ctx.db, 'SELECT id FROM beds WHERE room = ? AND bed_no = ?');
  const taken = labels.filter((l) => exists.get(l.room, l.bedNo) !== undefined);
  if (taken.length > 0) {
    const shown = taken.slice(0, 5).map((l) => bedLabel(l.room, l.bedNo)).join('、');
    throw conflict(`以下床位已存在：${shown}${taken.length > 5 ? ` 等 ${taken.length} 张` : ''}，请调整房间号`, 'roomFrom');
  }
  const insert = stmt(ctx.db, 'INSERT INTO beds (floor, room, bed_no, active, created_at) VALUES (?, ?, ?, 1, ?)');
  for (const l of labels) insert.run(input.floor, l.room, l.bedNo, ctx.now.toISOString());
  ctx.audit({
    entity: 'bed',
    entityId: null,
    summary: `添加床位：${input.floor} 楼 ${input.roomFrom}–${input.roomTo} 号房，每间 ${input.bedsPerRoom} 张，共 ${labels.length} 张`,
    after: input,
  });
  return { added: labels.length };
}

