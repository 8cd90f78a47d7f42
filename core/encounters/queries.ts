import type { Db } from '../../db/open.ts';
import { stmt } from '../shared/statements.ts';
import { addDays, addMonths } from '../shared/dayMath.ts';
import { bedLabel } from '../beds/schema.ts';
import type { EncounterFacts } from '../policy/checks/home.ts';
import type { EncounterDetail, EncounterRow, FeeLine } from './schema.ts';

// The encounters area's published reads: the rule checker, the medication area (prescriptions) and the
// filings read encounters through these.

export interface EncounterDbRow {
  id: number;
  resident_id: number;
  resident_name: string;
  room: string;
  bed_no: string;
  kind: EncounterRow['kind'];
  date: string;
  time: string;
  doctor_id: number;
  doctor_name: string;
  complaint: string;
  findings: string;
  diagnoses: string;
  orders: string;
  referral_kind: NonNullable<EncounterRow['referral']>['kind'] | null;
  referral_to: string;
  referral_reason: string;
  notes: string;
  deleted_at: string | null;
  medical_fen: number;
  care_fen: number;
}

/** Encounters with the resident, their bed, the doctor and the two fee totals. */
export const ENCOUNTER_SELECT = `
  SELECT e.id, e.resident_id, r.name AS resident_name, b.room, b.bed_no, e.kind, e.date, e.time, e.doctor_id,
         u.display_name AS doctor_name, e.complaint, e.findings, e.diagnoses, e.orders, e.referral_kind, e.referral_to,
         e.referral_reason, e.notes, e.deleted_at,
         coalesce((SELECT sum(f.amount_fen) FROM encounter_fees f WHERE f.encounter_id = e.id AND f.category = 'medical'), 0) AS medical_fen,
         coalesce((SELECT sum(f.amount_fen) FROM encounter_fees f WHERE f.encounter_id = e.id AND f.category = 'care'), 0) AS care_fen
  FROM encounters e JOIN residents r ON r.id = e.resident_id JOIN beds b ON b.id = r.bed_id JOIN users u ON u.id = e.doctor_id`;

export function toEncounterRow(r: EncounterDbRow): EncounterRow {
  return {
    id: r.id,
    residentId: r.resident_id,
    residentName: r.resident_name,
    bedLabel: bedLabel(r.room, r.bed_no),
    kind: r.kind,
    date: r.date,
    time: r.time,
    doctorId: r.doctor_id,
    doctorName: r.doctor_name,
    complaint: r.complaint,
    diagnoses: JSON.parse(r.diagnoses) as EncounterRow['diagnoses'],
    referral: r.referral_kind ? { kind: r.referral_kind, to: r.referral_to, reason: r.referral_reason } : null,
    medicalFen: r.medical_fen,
    careFen: r.care_fen,
    deletedAt: r.deleted_at,
  };
}

export function feesOf(db: Db, encounterId: number): FeeLine[] {
  return stmt<{ item_code: string | null; name: string; category: FeeLine['category']; insured: number; visit_fee: number; quantity: number; unit_price_fen: number; amount_fen: number }>(
    db,
    'SELECT item_code, name, category, insured, visit_fee, quantity, unit_price_fen, amount_fen FROM encounter_fees WHERE encounter_id = ? ORDER BY id',
  )
    .all(encounterId)
    .map((f) => ({
      itemCode: f.item_code,
      name: f.name,
      category: f.category,
      insured: f.insured === 1,
      visitFee: f.visit_fee === 1,
      quantity: f.quantity,
      unitPriceFen: f.unit_price_fen,
      amountFen: f.amount_fen,
    }));
}

export function findEncounter(db: Db, id: number): EncounterDetail | undefined {
  const row = stmt<EncounterDbRow>(db, `${ENCOUNTER_SELECT} WHERE e.id = ?`).get(id);
  if (!row) return undefined;
  return { ...toEncounterRow(row), findings: row.findings, orders: row.orders, notes: row.notes, fees: feesOf(db, id) };
}

/** The price the home last charged for each catalogue item, so a fee line starts from it. */
export function lastPrices(db: Db): Record<string, number> {
  const rows = stmt<{ item_code: string; unit_price_fen: number }>(
    db,
    `SELECT f.item_code, f.unit_price_fen FROM encounter_fees f
     WHERE f.id IN (SELECT max(id) FROM encounter_fees WHERE item_code IS NOT NULL GROUP BY item_code)`,
  ).all();
  return Object.fromEntries(rows.map((r) => [r.item_code, r.unit_price_fen]));
}

type Ref = { id: number; date: string; resident: string };

/**
 * What the rule checks look at (core/policy/checks/home.ts): fee totals and bedside rounds over the last 30 days,
 * bedside rounds that carried a visit fee over 12 months, infusions over 90 days. Each read walks an index of
 * just the rows it counts (0008-encounters.sql), so the check stays fast however many years are kept.
 */
export function encounterFacts(db: Db, today: string): EncounterFacts {
  const since = addDays(today, -29);
  const yearAgo = addDays(addMonths(today, -12), 1);
  const infusionsSince = addDays(today, -89);
  const fees = stmt<{ category: string; insured: number; fen: number }>(
    db,
    `SELECT category, insured, sum(amount_fen) AS fen FROM encounter_fees INDEXED BY encounter_fees_date
     WHERE date >= ? AND date <= ? AND void = 0 GROUP BY category, insured`,
  ).all(since, today);
  const fen = (category: string, insured?: number) => fees.filter((f) => f.category === category && (insured === undefined || f.insured === insured)).reduce((s, f) => s + f.fen, 0);
  const refs = (sql: string, ...params: unknown[]) => stmt<Ref>(db, sql).all(...params);
  const visitFees = refs(
    `SELECT DISTINCT e.id, e.date, r.name AS resident FROM encounter_fees f INDEXED BY encounter_fees_visit
     JOIN encounters e ON e.id = f.encounter_id JOIN residents r ON r.id = e.resident_id
     WHERE f.visit_fee = 1 AND f.void = 0 AND f.date >= ? ORDER BY e.date DESC, e.id DESC LIMIT 5`,
    yearAgo,
  );
  const careInsured = refs(
    `SELECT DISTINCT e.id, e.date, r.name AS resident FROM encounter_fees f INDEXED BY encounter_fees_date
     JOIN encounters e ON e.id = f.encounter_id JOIN residents r ON r.id = e.resident_id
     WHERE f.date >= ? AND f.date <= ? AND f.void = 0 AND f.category = 'care' AND f.insured = 1 LIMIT 20`,
    since,
    today,
  );
  const count = (kind: string, from: string) =>
    stmt<number>(db, `SELECT count(*) FROM encounters INDEXED BY encounters_kind_date WHERE kind = ? AND date >= ? AND date <= ? AND deleted_at IS NULL`)
      .pluck()
      .get(kind, from, today)!;
  const last = stmt<Ref>(
    db,
    `SELECT e.id, e.date, r.name AS resident FROM encounters e INDEXED BY encounters_kind_date JOIN residents r ON r.id = e.resident_id
     WHERE e.kind = 'infusion' AND e.date >= ? AND e.date <= ? AND e.deleted_at IS NULL ORDER BY e.date DESC LIMIT 1`,
  ).get(infusionsSince, today);
  return {
    since,
    bedsideRounds: count('round', since),
    visitFeesSince: yearAgo,
    bedsideVisitFeeCount: stmt<number>(
      db,
      // From the index alone: a visit fee is charged on a bedside round (on any other encounter it is wrong too).
      `SELECT count(DISTINCT encounter_id) FROM encounter_fees INDEXED BY encounter_fees_visit WHERE visit_fee = 1 AND void = 0 AND date >= ?`,
    )
      .pluck()
      .get(yearAgo)!,
    bedsideWithVisitFee: visitFees,
    infusionsSince,
    infusions: count('infusion', infusionsSince),
    lastInfusion: last ?? null,
    medicalFen: fen('medical'),
    medicalInsuredFen: fen('medical', 1),
    careFen: fen('care'),
    careInsured,
  };
}

/** One month of the clinic's work as the 医保 fund-use forecast reads it (designation area), fees in 分. */
export interface FundUseMonth {
  month: string;
  encounters: number;
  patients: number;
  medicalFen: number;
  medicalInsuredFen: number;
  drugFen: number;
  careFen: number;
}

/**
 * Encounters and fees per month from `from` to `to` (inclusive), walking the date indexes: for the predictive
 * fund-use report of a 医保定点 application (国家医疗保障局令第2号 第七条（五）). Drug fees are the 药品费 item (M025).
 */
export function fundUseByMonth(db: Db, from: string, to: string): FundUseMonth[] {
  const visits = stmt<{ month: string; encounters: number; patients: number }>(
    db,
    `SELECT substr(date, 1, 7) AS month, count(*) AS encounters, count(DISTINCT resident_id) AS patients
     FROM encounters INDEXED BY encounters_date WHERE date >= ? AND date <= ? AND deleted_at IS NULL GROUP BY month`,
  ).all(from, to);
  const fees = stmt<{ month: string; category: string; insured: number; drug: number; fen: number }>(
    db,
    `SELECT substr(f.date, 1, 7) AS month, f.category, f.insured, (f.item_code IS 'M025') AS drug, sum(f.amount_fen) AS fen
     FROM encounter_fees f INDEXED BY encounter_fees_date
     WHERE f.date >= ? AND f.date <= ? AND f.void = 0 GROUP BY month, f.category, f.insured, drug`,
  ).all(from, to);
  const months = new Map<string, FundUseMonth>();
  const at = (month: string) => {
    let m = months.get(month);
    if (!m) months.set(month, (m = { month, encounters: 0, patients: 0, medicalFen: 0, medicalInsuredFen: 0, drugFen: 0, careFen: 0 }));
    return m;
  };
  for (const v of visits) Object.assign(at(v.month), { encounters: v.encounters, patients: v.patients });
  for (const f of fees) {
    const m = at(f.month);
    if (f.category === 'care') m.careFen += f.fen;
    else {
      m.medicalFen += f.fen;
      if (f.insured) m.medicalInsuredFen += f.fen;
      if (f.drug) m.drugFen += f.fen;
    }
  }
  return [...months.values()].sort((a, b) => a.month.localeCompare(b.month));
}

/** The first day the clinic recorded an encounter, or null. */
export function firstEncounterDate(db: Db): string | null {
  return stmt<string | null>(db, 'SELECT min(date) FROM encounters INDEXED BY encounters_date WHERE deleted_at IS NULL').pluck().get() ?? null;
}
