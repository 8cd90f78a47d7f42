import type { Db } from '../../db/open.ts';
import type { WriteContext } from '../api/context.ts';
import { AppError, conflict, invalid, notFound } from '../shared/errors.ts';
import { stmt } from '../shared/statements.ts';
import { requireResident } from '../residents/queries.ts';
import { allergyConflicts, conflictMessage } from './allergyCheck.ts';
import { residentAllergies } from './allergies.ts';
import { ORDER_SELECT, findOrder, toOrderRow, type OrderDbRow } from './queries.ts';
import { inResidence } from './slots.ts';
import { catalogueDrug, type OrderInput, type OrderRow } from './schema.ts';

export const orderSnapshot = (o: OrderRow) => ({
  residentName: o.residentName,
  source: o.source,
  prescriber: o.prescriber,
  drugName: o.drugName,
  spec: o.spec,
  dose: o.dose,
  route: o.route,
  frequency: o.frequency,
  times: o.times,
  longTerm: o.longTerm,
  startAt: o.startAt,
  stopAt: o.stopAt,
  stopReason: o.stopReason,
  notes: o.notes,
});

const describeOrder = (o: Pick<OrderRow, 'residentName' | 'drugName' | 'dose' | 'route' | 'longTerm'>) =>
  `${o.longTerm ? '长期' : '临时'}医嘱：${o.residentName} ${o.drugName} ${o.dose} ${o.route}`;

/**
 * 开医嘱 from a prescription. The doctor writes the home's own orders; a nurse only transcribes another hospital's
 * prescription (naming the doctor). A drug the resident is recorded as allergic to is refused with the allergy named.
 */
export function prescribe(ctx: WriteContext, input: OrderInput): OrderRow {
  const { db } = ctx;
  if (input.source === 'clinic' && ctx.actor.role !== 'doctor') {
    throw new AppError('FORBIDDEN', '本院医嘱须由医生开具；护士只能转抄外院处方（来源选“外院处方转抄”并填写开方医生）', 'source');
  }
  const resident = requireResident(db, input.residentId);
  if (!inResidence({ admitted: resident.admission_date, leftOn: resident.left_on }, input.startDate)) {
    throw invalid(`${resident.name} 在 ${input.startDate} 不在院，不能开具从这一天开始的医嘱`, 'startDate');
  }
  if (input.encounterId !== null) {
    const e = stmt<{ resident_id: number }>(db, 'SELECT resident_id FROM encounters WHERE id = ? AND deleted_at IS NULL').get(input.encounterId);
    if (!e || e.resident_id !== input.residentId) throw invalid('所选诊疗记录不是这位老人的', 'encounterId');
  }
  const drug = catalogueDrug(input.drugCode);
  const identity = { name: input.drugName, generic: drug?.generic ?? '', class: drug?.class ?? '' };
  const [hit] = allergyConflicts(identity, residentAllergies(db, input.residentId));
  if (hit) throw invalid(conflictMessage(resident.name, input.drugName, hit), 'drugName');
  const at = ctx.now.toISOString();
  const { lastInsertRowid } = stmt(
    db,
    `INSERT INTO medication_orders (resident_id, encounter_id, source, prescriber, prescriber_id, drug_code, drug_name, generic_name,
       drug_class, spec, dose, route, frequency, times, long_term, start_at, stop_at, notes, created_at, updated_at)
     VALUES (@residentId, @encounterId, @source, @prescriber, @prescriberId, @drugCode, @drugName, @generic, @class, @spec, @dose,
       @route, @frequency, @times, @longTerm, @startAt, @stopAt, @notes, @at, @at)`,
  ).run({
    ...input,
    prescriber: input.source === 'clinic' ? ctx.actor.name : input.prescriber,
    prescriberId: input.source === 'clinic' ? ctx.actor.userId : null,
    generic: identity.generic,
    class: identity.class,
    spec: input.spec || (drug?.spec ?? ''),
    times: [...input.times].sort().join(','),
    longTerm: input.longTerm ? 1 : 0,
    startAt: `${input.startDate} ${input.startTime}`,
    // A stop date stops the order at the end of that day.
    stopAt: input.stopDate === null ? null : `${input.stopDate} 24:00`,
    at,
  });
  const order = toOrderRow(findOrder(db, Number(lastInsertRowid))!);
  ctx.audit({ entity: 'medicationOrder', entityId: order.id, summary: `开具${describeOrder(order)}`, after: orderSnapshot(order) });
  return order;
}

/** 停医嘱: from the given moment no more doses fall due; doses recorded before it stay. */
export function stopOrder(ctx: WriteContext, input: { id: number; date: string; time: string; reason: string }): OrderRow {
  const row = findOrder(ctx.db, input.id);
  if (!row) throw notFound('这条医嘱');
  const before = toOrderRow(row);
  if (before.source === 'clinic' && ctx.actor.role !== 'doctor') throw new AppError('FORBIDDEN', '本院医嘱须由医生停止');
  if (before.stopAt !== null && before.stopAt <= `${input.date} ${input.time}`) throw conflict(`这条医嘱已于 ${before.stopAt.replace(' 24:00', ' 当日结束')} 停止`);
  const stopAt = `${input.date} ${input.time}`;
  if (stopAt <= before.startAt) throw invalid(`停止时间须晚于医嘱开始时间（${before.startAt}）`, 'date');
  const recorded = stmt<number>(ctx.db, "SELECT count(*) FROM medication_administrations WHERE order_id = ? AND due_date || ' ' || due_time >= ?")
    .pluck()
    .get(input.id, stopAt)!;
  if (recorded > 0) throw invalid(`停止时间之后已有 ${recorded} 次给药记录，请把停止时间定在最后一次给药之后`, 'date');
  stmt(ctx.db, 'UPDATE medication_orders SET stop_at = ?, stopped_by = ?, stop_reason = ?, updated_at = ? WHERE id = ?').run(
    stopAt,
    ctx.actor.name,
    input.reason,
    ctx.now.toISOString(),
    input.id,
  );
  const after = toOrderRow(findOrder(ctx.db, input.id)!);
  ctx.audit({ entity: 'medicationOrder', entityId: input.id, summary: `停止${describeOrder(after)}（${input.reason}）`, before: orderSnapshot(before), after: orderSnapshot(after) });
  return after;
}

/** 医嘱 list: by resident or floor, running / stopped / all, searched by drug or resident name. */
export function listOrders(
  db: Db,
  input: { residentId: number | null; floor: number | null; status: 'active' | 'stopped' | 'all'; q: string },
  now: string,
): OrderRow[] {
  const where = ['r.deleted_at IS NULL'];
  const params: unknown[] = [];
  if (input.residentId !== null) {
    where.push('o.resident_id = ?');
    params.push(input.residentId);
  }
  if (input.floor !== null) {
    where.push('b.floor = ?');
    params.push(input.floor);
  }
  if (input.status === 'active') {
    where.push('(o.stop_at IS NULL OR o.stop_at > ?) AND (o.long_term = 1 OR substr(o.start_at, 1, 10) >= ?)');
    params.push(now, now.slice(0, 10));
  } else if (input.status === 'stopped') {
    where.push('o.stop_at IS NOT NULL AND o.stop_at <= ?');
    params.push(now);
  }
  if (input.q !== '') {
    where.push("(o.drug_name LIKE ? ESCAPE '\\' OR r.name LIKE ? ESCAPE '\\')");
    const like = `%${input.q.replace(/[\\%_]/g, (c) => `\\${c}`)}%`;
    params.push(like, like);
  }
  return stmt<OrderDbRow>(db, `${ORDER_SELECT} WHERE ${where.join(' AND ')} ORDER BY b.floor, b.room, b.bed_no, o.start_at DESC, o.id DESC LIMIT 2000`)
    .all(...params)
    .map(toOrderRow);
}
