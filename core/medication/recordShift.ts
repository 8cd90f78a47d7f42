import type { WriteContext } from '../api/context.ts';
import { invalid } from '../shared/errors.ts';
import { stmt } from '../shared/statements.ts';
import { floorShift } from './dueList.ts';
import { findOrder, slotKey, stayOf, type DueOrderDbRow } from './queries.ts';
import { dueSlots, inResidence, isLate, shiftWindow } from './slots.ts';
import { ADMIN_STATUS, SHIFTS, type DoseInput, type RecordShiftInput } from './schema.ts';

/** Why a row's dose cannot be recorded in this floor's shift, in words, or null when it can. */
function whyNot(ctx: WriteContext, input: RecordShiftInput, row: DoseInput, order: DueOrderDbRow | undefined): string | null {
  const o = order ?? findOrder(ctx.db, row.orderId);
  if (!o) return '找不到这条医嘱';
  const at = `${row.dueDate} ${row.dueTime}`;
  if (o.stop_at !== null && at >= o.stop_at) return `医嘱已于 ${o.stop_at.replace(' 24:00', ' 当日结束')} 停止（${o.stop_reason ?? ''}），不能再记录给药`;
  if (!inResidence(stayOf(o), row.dueDate)) return o.left_on ? `${o.resident_name} 已于 ${o.left_on} 离院，不能记录给药` : `${o.resident_name} 在 ${row.dueDate} 尚未入住`;
  if (o.floor !== input.floor) return `${o.resident_name} 不住在 ${input.floor} 楼`;
  const times = { times: o.times.split(','), longTerm: o.long_term === 1, startAt: o.start_at, stopAt: o.stop_at };
  if (!dueSlots(times, stayOf(o), input.date, input.shift).some((s) => s.dueDate === row.dueDate && s.dueTime === row.dueTime)) {
    return `这条医嘱在本班（${input.date} ${SHIFTS[input.shift].label}）没有 ${row.dueTime} 的给药`;
  }
  return null;
}

/** 记录本班给药: a whole floor's shift in one save. One bad row refuses all of it, naming the row; nothing is written. */
export function recordShift(ctx: WriteContext, input: RecordShiftInput) {
  const { db } = ctx;
  // Every accepted row is a dose of the floor's shift, so what the shift's list found recorded is all there is to correct.
  const { orders, recorded } = floorShift(db, input.floor, input.date, input.shift);
  const seen = new Set<string>();
  input.rows.forEach((row, i) => {
    const o = orders.get(row.orderId) ?? findOrder(db, row.orderId);
    const name = o ? `第 ${i + 1} 行（${o.resident_name} ${o.drug_name} ${row.dueTime}）` : `第 ${i + 1} 行`;
    const why = whyNot(ctx, input, row, orders.get(row.orderId));
    if (why) throw invalid(`${name}：${why}`, `rows.${i}.orderId`);
    const key = slotKey(row.orderId, row.dueDate, row.dueTime);
    if (seen.has(key)) throw invalid(`${name}：同一次给药填了两行`, `rows.${i}.orderId`);
    seen.add(key);
    if (row.status === 'given' && row.givenTime === null) throw invalid(`${name}：已给请填写实际给药时间`, `rows.${i}.givenTime`);
    if (row.status !== 'given' && row.reason === '') throw invalid(`${name}：${ADMIN_STATUS[row.status]}请填写原因`, `rows.${i}.reason`);
    if (row.status !== 'given' && row.givenTime !== null) throw invalid(`${name}：${ADMIN_STATUS[row.status]}不填给药时间`, `rows.${i}.givenTime`);
  });
  const at = ctx.now.toISOString();
  const roundId = Number(
    stmt(db, 'INSERT INTO medication_rounds (date, shift, floor, recorded_at, recorded_by, recorder_name) VALUES (?, ?, ?, ?, ?, ?)').run(
      input.date,
      input.shift,
      input.floor,
      at,
      ctx.actor.userId,
      ctx.actor.name,
    ).lastInsertRowid,
  );
  const upsert = stmt(
    db,
    `INSERT INTO medication_administrations (order_id, due_date, due_time, status, given_time, reason, round_id)
     VALUES (@orderId, @dueDate, @dueTime, @status, @givenTime, @reason, @roundId)
     ON CONFLICT (order_id, due_date, due_time) DO UPDATE SET status = excluded.status, given_time = excluded.given_time,
       reason = excluded.reason, round_id = excluded.round_id`,
  );
  const counts = { given: 0, refused: 0, held: 0, missed: 0, late: 0 };
  const exceptions: string[] = [];
  const corrected: string[] = [];
  for (const row of input.rows) {
    const o = orders.get(row.orderId)!;
    const line = `${o.resident_name} ${o.drug_name} ${row.dueTime}`;
    const before = recorded.get(slotKey(row.orderId, row.dueDate, row.dueTime));
    if (before) corrected.push(`${line}：${ADMIN_STATUS[before.status]}${before.given_time ? ` ${before.given_time}` : ''}`);
    upsert.run({ ...row, reason: row.status === 'given' ? (row.reason || null) : row.reason, roundId });
    counts[row.status] += 1;
    if (row.status !== 'given') exceptions.push(`${line}：${ADMIN_STATUS[row.status]}（${row.reason}）`);
    else if (isLate(row.dueTime, row.givenTime)) {
      counts.late += 1;
      exceptions.push(`${line}：迟给，${row.givenTime} 给药`);
    }
  }
  const { from } = shiftWindow(input.date, input.shift);
  ctx.audit({
    entity: 'medicationRound',
    entityId: roundId,
    summary: `记录给药：${input.floor} 楼 ${from.slice(0, 10)} ${SHIFTS[input.shift].label}，${input.rows.length} 次${corrected.length ? `（更正 ${corrected.length} 次）` : ''}`,
    before: corrected.length ? { exceptions: corrected } : undefined,
    after: { ...counts, exceptions },
  });
  return { roundId, ...counts };
}
