import type { WriteContext } from '../api/context.ts';
import { conflict, invalid } from '../shared/errors.ts';
import { stmt } from '../shared/statements.ts';
import { catalogueDrug } from '../medication/schema.ts';
import { drugStock } from './queries.ts';
import type { DrugStock, ReceiveInput } from './schema.ts';

/** 入库: a batch of a drug (the drug is added with its first batch). An expired batch is refused. */
export function receive(ctx: WriteContext, input: ReceiveInput): DrugStock {
  const { db, today } = ctx;
  if (input.receivedOn > today) throw invalid(`入库日期不能晚于今天（${today}）`, 'receivedOn');
  if (input.expiresOn < today) throw invalid(`该批号已于 ${input.expiresOn} 过期，过期药品不得入库`, 'expiresOn');
  if (input.drugCode !== null && !catalogueDrug(input.drugCode)) throw invalid('不认识的药品，请从目录中选择或直接输入名称', 'drugCode');
  const at = ctx.now.toISOString();
  let drug = stmt<{ id: number; unit: string }>(db, 'SELECT id, unit FROM stock_drugs WHERE name = ? AND spec = ?').get(input.name, input.spec);
  if (drug && drug.unit !== input.unit) throw invalid(`${input.name} ${input.spec} 的库存单位是“${drug.unit}”，请按${drug.unit}入库`, 'unit');
  if (!drug) {
    const id = Number(
      stmt(db, 'INSERT INTO stock_drugs (drug_code, name, spec, unit, low_level, created_at) VALUES (?, ?, ?, ?, ?, ?)').run(
        input.drugCode,
        input.name,
        input.spec,
        input.unit,
        input.lowLevel ?? 0,
        at,
      ).lastInsertRowid,
    );
    drug = { id, unit: input.unit };
  } else if (input.lowLevel !== null) {
    stmt(db, 'UPDATE stock_drugs SET low_level = ? WHERE id = ?').run(input.lowLevel, drug.id);
  }
  if (stmt(db, 'SELECT 1 FROM stock_batches WHERE drug_id = ? AND batch_no = ?').get(drug.id, input.batchNo)) {
    throw conflict(`批号 ${input.batchNo} 已入库过；同一批号再到货请在原批号上盘点调整，或核对批号`, 'batchNo');
  }
  const batchId = Number(
    stmt(
      db,
      `INSERT INTO stock_batches (drug_id, batch_no, expires_on, supplier, received_on, received_qty, qty, created_at)
       VALUES (?, ?, ?, ?, ?, ?, ?, ?)`,
    ).run(drug.id, input.batchNo, input.expiresOn, input.supplier, input.receivedOn, input.quantity, input.quantity, at).lastInsertRowid,
  );
  stmt(db, "INSERT INTO stock_moves (batch_id, kind, qty, at, by_name, note) VALUES (?, 'receive', ?, ?, ?, ?)").run(batchId, input.quantity, at, ctx.actor.name, input.supplier);
  const name = `${input.name}${input.spec ? ` ${input.spec}` : ''}`;
  ctx.audit({
    entity: 'stock',
    entityId: drug.id,
    summary: `药品入库：${name} 批号 ${input.batchNo} ${input.quantity} ${input.unit}（有效期至 ${input.expiresOn}）`,
    after: { drug: name, batches: [`${input.batchNo}（有效期至 ${input.expiresOn}，${input.supplier}）：${input.quantity} ${input.unit}`], quantity: input.quantity },
  });
  return drugStock(db, drug.id, today)!;
}
