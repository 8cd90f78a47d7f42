import type { WriteContext } from '../api/context.ts';
import { conflict, invalid, notFound } from '../shared/errors.ts';
import { stmt } from '../shared/statements.ts';
import { requireResident } from '../residents/queries.ts';
import { batchesInStock, drugStock, findBatch, findDrug, type BatchDbRow } from './queries.ts';
import type { DispenseInput, DrugStock } from './schema.ts';

/** Takes `qty` from one batch with its ledger row; the UPDATE's guard is the last word on going below zero. */
function take(ctx: WriteContext, batch: BatchDbRow, qty: number, kind: 'dispense' | 'writeoff', residentId: number | null, note: string) {
  const r = stmt(ctx.db, 'UPDATE stock_batches SET qty = qty - ? WHERE id = ? AND qty >= ?').run(qty, batch.id, qty);
  if (r.changes !== 1) throw conflict(`批号 ${batch.batch_no} 的库存已被他人改变，请刷新后再试`);
  stmt(ctx.db, 'INSERT INTO stock_moves (batch_id, kind, qty, at, resident_id, by_name, note) VALUES (?, ?, ?, ?, ?, ?, ?)').run(
    batch.id,
    kind,
    -qty,
    ctx.now.toISOString(),
    residentId,
    ctx.actor.name,
    note,
  );
}

/**
 * 发药: takes the quantity from the batches that expire first (FEFO), never from an expired one. More than the
 * usable stock is refused whole, saying how much there is; nothing is taken.
 */
export function dispense(ctx: WriteContext, input: DispenseInput): DrugStock {
  const { db, today } = ctx;
  const drug = findDrug(db, input.drugId);
  if (!drug) throw notFound('这种药品');
  const name = `${drug.name}${drug.spec ? ` ${drug.spec}` : ''}`;
  const resident = input.residentId === null ? null : requireResident(db, input.residentId);
  let batches: BatchDbRow[];
  if (input.batchId !== null) {
    const b = findBatch(db, input.batchId);
    if (!b || b.drug_id !== drug.id) throw invalid(`所选批号不是 ${name} 的`, 'batchId');
    if (b.expires_on < today) throw invalid(`批号 ${b.batch_no} 已于 ${b.expires_on} 过期，不能发放；请报损`, 'batchId');
    batches = [b];
  } else {
    batches = batchesInStock(db, drug.id).filter((b) => b.expires_on >= today);
  }
  const usable = batches.reduce((s, b) => s + b.qty, 0);
  if (input.quantity > usable) {
    throw invalid(`${name} 可用库存只有 ${usable} ${drug.unit}${input.batchId !== null ? '（该批号）' : '（不含过期批号）'}，不能发放 ${input.quantity} ${drug.unit}`, 'quantity');
  }
  const taken: string[] = [];
  let left = input.quantity;
  for (const b of batches) {
    if (left === 0) break;
    const qty = Math.min(left, b.qty);
    if (qty === 0) continue;
    take(ctx, b, qty, 'dispense', input.residentId, input.note);
    taken.push(`${b.batch_no}（有效期至 ${b.expires_on}）：${qty} ${drug.unit}`);
    left -= qty;
  }
  ctx.audit({
    entity: 'stock',
    entityId: drug.id,
    summary: `发药：${name} ${input.quantity} ${drug.unit}${resident ? `，${resident.name}` : ''}`,
    after: { drug: name, batches: taken, quantity: input.quantity, resident: resident?.name ?? '' },
  });
  return drugStock(db, drug.id, today)!;
}

/** 报损: what is left of a batch (or part of it) taken out of stock with the reason, e.g. an expired batch destroyed. */
export function writeOff(ctx: WriteContext, input: { batchId: number; quantity: number | null; reason: string }): DrugStock {
  const b = findBatch(ctx.db, input.batchId);
  if (!b) throw notFound('这个批号');
  const drug = findDrug(ctx.db, b.drug_id)!;
  const qty = input.quantity ?? b.qty;
  if (b.qty === 0) throw conflict(`批号 ${b.batch_no} 已无库存`);
  if (qty > b.qty) throw invalid(`批号 ${b.batch_no} 只有 ${b.qty} ${drug.unit}，不能报损 ${qty} ${drug.unit}`, 'quantity');
  take(ctx, b, qty, 'writeoff', null, input.reason);
  const name = `${drug.name}${drug.spec ? ` ${drug.spec}` : ''}`;
  ctx.audit({
    entity: 'stock',
    entityId: drug.id,
    summary: `药品报损：${name} 批号 ${b.batch_no} ${qty} ${drug.unit}（${input.reason}）`,
    after: { drug: name, batches: [`${b.batch_no}（有效期至 ${b.expires_on}）：${qty} ${drug.unit}`], quantity: qty, reason: input.reason },
  });
  return drugStock(ctx.db, drug.id, ctx.today)!;
}
