import type { WriteContext } from '../api/context.ts';
import { invalid } from '../shared/errors.ts';
import { stmt } from '../shared/statements.ts';
import { findBatch, findDrug } from './queries.ts';

/**
 * 盘点: each batch counted on the shelf. The books are set to the count and every difference (盘盈 / 盘亏) is
 * kept as a ledger row and in the take's lines, so the count and what the books said both stay on record.
 */
export function stockTake(ctx: WriteContext, input: { lines: { batchId: number; counted: number }[]; note: string }) {
  const { db } = ctx;
  const at = ctx.now.toISOString();
  const lines = input.lines.map((l, i) => {
    const b = findBatch(db, l.batchId);
    if (!b) throw invalid(`第 ${i + 1} 行：找不到这个批号`, `lines.${i}.batchId`);
    return { ...l, batch: b, drug: findDrug(db, b.drug_id)! };
  });
  const takeId = Number(stmt(db, 'INSERT INTO stock_takes (at, by_name, note) VALUES (?, ?, ?)').run(at, ctx.actor.name, input.note).lastInsertRowid);
  const differences: string[] = [];
  for (const l of lines) {
    stmt(db, 'INSERT INTO stock_take_lines (take_id, batch_id, expected, counted) VALUES (?, ?, ?, ?)').run(takeId, l.batchId, l.batch.qty, l.counted);
    const diff = l.counted - l.batch.qty;
    if (diff === 0) continue;
    stmt(db, 'UPDATE stock_batches SET qty = ? WHERE id = ?').run(l.counted, l.batchId);
    stmt(db, "INSERT INTO stock_moves (batch_id, kind, qty, at, by_name, note) VALUES (?, 'take', ?, ?, ?, ?)").run(l.batchId, diff, at, ctx.actor.name, `盘点 ${takeId}`);
    differences.push(`${l.drug.name} 批号 ${l.batch.batch_no}：账面 ${l.batch.qty}，实盘 ${l.counted}，${diff > 0 ? '盘盈' : '盘亏'} ${Math.abs(diff)} ${l.drug.unit}`);
  }
  ctx.audit({
    entity: 'stockTake',
    entityId: takeId,
    summary: `药品盘点：${lines.length} 个批号，${differences.length ? `${differences.length} 个有差异` : '账实相符'}`,
    after: { counted: lines.length, differences, note: input.note },
  });
  return { id: takeId, counted: lines.length, differences };
}
