import type { Db } from '../../db/open.ts';
import { stmt } from '../shared/statements.ts';
import dayjs from 'dayjs';
import { addDays, daysBetween } from '../shared/dayMath.ts';
import type { StockFacts } from '../policy/checks/home.ts';
import { expiryLevel, type BatchRow, type DrugStock, type ExpiryLevel } from './schema.ts';

// The stock area's published reads: the rule checker (expired drugs) and the filings read stock here.

export interface DrugDbRow {
  id: number;
  drug_code: string | null;
  name: string;
  spec: string;
  unit: string;
  low_level: number;
}
export interface BatchDbRow {
  id: number;
  drug_id: number;
  batch_no: string;
  expires_on: string;
  supplier: string;
  received_on: string;
  received_qty: number;
  qty: number;
}

const BATCH_COLUMNS = 'id, drug_id, batch_no, expires_on, supplier, received_on, received_qty, qty';

export function findDrug(db: Db, id: number): DrugDbRow | undefined {
  return stmt<DrugDbRow>(db, 'SELECT id, drug_code, name, spec, unit, low_level FROM stock_drugs WHERE id = ?').get(id);
}

export function findBatch(db: Db, id: number): BatchDbRow | undefined {
  return stmt<BatchDbRow>(db, `SELECT ${BATCH_COLUMNS} FROM stock_batches WHERE id = ?`).get(id);
}

/** A drug's batches still in stock, first expiry first: the order they are dispensed in. */
export function batchesInStock(db: Db, drugId: number): BatchDbRow[] {
  return stmt<BatchDbRow>(db, `SELECT ${BATCH_COLUMNS} FROM stock_batches WHERE drug_id = ? AND qty > 0 ORDER BY expires_on, id`).all(drugId);
}

const LEVEL_ORDER: ExpiryLevel[] = ['expired', 'soon', 'near', 'ok'];

export function toDrugStock(d: DrugDbRow, batches: BatchDbRow[], today: string): DrugStock {
  const rows: BatchRow[] = batches.map((b) => {
    const daysLeft = daysBetween(today, b.expires_on);
    return { id: b.id, batchNo: b.batch_no, expiresOn: b.expires_on, daysLeft, level: expiryLevel(daysLeft), supplier: b.supplier, receivedOn: b.received_on, receivedQty: b.received_qty, qty: b.qty };
  });
  // A batch is usable through its expiry date (有效期至) and expired the day after.
  const usable = rows.filter((b) => b.level !== 'expired').reduce((s, b) => s + b.qty, 0);
  const expiredQty = rows.filter((b) => b.level === 'expired').reduce((s, b) => s + b.qty, 0);
  return {
    id: d.id,
    drugCode: d.drug_code,
    name: d.name,
    spec: d.spec,
    unit: d.unit,
    lowLevel: d.low_level,
    usable,
    expiredQty,
    low: usable <= d.low_level,
    nextExpiry: rows[0]?.expiresOn ?? null,
    level: LEVEL_ORDER.find((l) => rows.some((b) => b.level === l)) ?? 'ok',
    batches: rows,
  };
}

/** One drug's stock across its batches (bench: 一种药的库存, ≤ 2 ms). */
export function drugStock(db: Db, id: number, today: string): DrugStock | undefined {
  const d = findDrug(db, id);
  return d && toDrugStock(d, batchesInStock(db, id), today);
}

/** Every drug with its batches in stock: a home keeps a few hundred at most. */
export function allStock(db: Db, today: string): DrugStock[] {
  const drugs = stmt<DrugDbRow>(db, 'SELECT id, drug_code, name, spec, unit, low_level FROM stock_drugs ORDER BY name, spec').all();
  const byDrug = new Map<number, BatchDbRow[]>();
  for (const b of stmt<BatchDbRow>(db, `SELECT ${BATCH_COLUMNS} FROM stock_batches WHERE qty > 0 ORDER BY drug_id, expires_on, id`).all()) {
    const list = byDrug.get(b.drug_id) ?? [];
    list.push(b);
    byDrug.set(b.drug_id, list);
  }
  return drugs.map((d) => toDrugStock(d, byDrug.get(d.id) ?? [], today));
}

/** What the rule checker needs: batches in stock, and the expired ones still on the shelf (noExpiredDrugs). */
export function stockFacts(db: Db, today: string): StockFacts | null {
  if (stmt<number>(db, 'SELECT count(*) FROM stock_drugs').pluck().get() === 0) return null;
  const batchesInStockCount = stmt<number>(db, 'SELECT count(*) FROM stock_batches WHERE qty > 0').pluck().get()!;
  const expired = stmt<{ drug_id: number; name: string; spec: string; unit: string; batch_no: string; expires_on: string; qty: number }>(
    db,
    `SELECT b.drug_id, d.name, d.spec, d.unit, b.batch_no, b.expires_on, b.qty
     FROM stock_batches b JOIN stock_drugs d ON d.id = b.drug_id WHERE b.qty > 0 AND b.expires_on < ? ORDER BY b.expires_on`,
  ).all(today);
  return {
    batchesInStock: batchesInStockCount,
    expired: expired.map((b) => ({ drugId: b.drug_id, drug: `${b.name}${b.spec ? ` ${b.spec}` : ''}`, batchNo: b.batch_no, expiresOn: b.expires_on, remaining: b.qty, unit: b.unit })),
  };
}

export interface BatchOnDay {
  drugId: number;
  drug: string;
  unit: string;
  batchNo: string;
  expiresOn: string;
  /** Days from the day to the expiry date: negative once expired (a batch is usable through its 有效期至). */
  daysLeft: number;
  /** What the books held at the end of the day: received by then, less what was entered as going out by then. */
  qty: number;
}

/**
 * Batches on the shelf at the end of `on` that had expired by then or expire within `withinDays` of it, soonest first.
 * The quantity then is what was received (on its received_on, which may be entered later) plus the dispensing, write-offs
 * and stock-take corrections entered by that day's end (stock_moves by batch), so a batch dispensed since still shows
 * what the books held. Only batches received by then and expiring by on + withinDays are looked at.
 */
export function batchesExpiringOn(db: Db, on: string, withinDays: number): BatchOnDay[] {
  const after = dayjs(on).add(1, 'day').toDate().toISOString();
  return stmt<{ drug_id: number; name: string; spec: string; unit: string; batch_no: string; expires_on: string; qty: number }>(
    db,
    `SELECT * FROM (
       SELECT b.drug_id, d.name, d.spec, d.unit, b.batch_no, b.expires_on,
              b.received_qty + coalesce((SELECT sum(m.qty) FROM stock_moves m WHERE m.batch_id = b.id AND m.kind <> 'receive' AND m.at < @after), 0) AS qty
       FROM stock_batches b JOIN stock_drugs d ON d.id = b.drug_id
       WHERE b.received_on <= @on AND b.expires_on <= @until)
     WHERE qty > 0 ORDER BY expires_on, name, batch_no`,
  )
    .all({ on, after, until: addDays(on, withinDays) })
    .map((b) => ({
      drugId: b.drug_id,
      drug: `${b.name}${b.spec ? ` ${b.spec}` : ''}`,
      unit: b.unit,
      batchNo: b.batch_no,
      expiresOn: b.expires_on,
      daysLeft: daysBetween(on, b.expires_on),
      qty: b.qty,
    }));
}

export interface ExpiringBatch {
  batchId: number;
  drugId: number;
  /** 名称 and 规格, as the stock page shows the drug. */
  drug: string;
  batchNo: string;
  expiresOn: string;
  qty: number;
  unit: string;
}

/** Batches still in stock that expire by `by` (expired ones included), first expiry first. */
export function batchesExpiringBy(db: Db, by: string): ExpiringBatch[] {
  return stmt<{ id: number; drug_id: number; name: string; spec: string; unit: string; batch_no: string; expires_on: string; qty: number }>(
    db,
    `SELECT b.id, b.drug_id, d.name, d.spec, d.unit, b.batch_no, b.expires_on, b.qty
     FROM stock_batches b JOIN stock_drugs d ON d.id = b.drug_id WHERE b.qty > 0 AND b.expires_on <= ? ORDER BY b.expires_on, b.id`,
  )
    .all(by)
    .map((b) => ({ batchId: b.id, drugId: b.drug_id, drug: `${b.name}${b.spec ? ` ${b.spec}` : ''}`, batchNo: b.batch_no, expiresOn: b.expires_on, qty: b.qty, unit: b.unit }));
}
