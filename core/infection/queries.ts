import type { Db } from '../../db/open.ts';
import { stmt } from '../shared/statements.ts';
import { addDays, daysBetween } from '../shared/dayMath.ts';
import { bedLabel } from '../beds/schema.ts';
import type { InfectionFacts, WasteFacts } from '../policy/checks/home.ts';
import { WASTE_KINDS, type CaseRow, type DisinfectionRow, type WasteRow } from './schema.ts';

// The infection area's published reads: the rule checker reads the registers' facts here.

export function disinfectionsBetween(db: Db, from: string, to: string): DisinfectionRow[] {
  return stmt<DisinfectionRow>(
    db,
    'SELECT id, date, area, method, agent, by_name AS byName, notes FROM disinfections WHERE date >= ? AND date <= ? ORDER BY date DESC, id DESC',
  ).all(from, to);
}

const CASE_SELECT = `
  SELECT c.id, c.resident_id AS residentId, r.name AS residentName, b.room, b.bed_no, c.onset_on AS onsetOn, c.infection, c.pathogen,
         c.isolation, c.isolated_from AS isolatedFrom, c.isolated_to AS isolatedTo, c.reported_to AS reportedTo, c.closed_on AS closedOn,
         c.outcome, c.notes
  FROM infection_cases c JOIN residents r ON r.id = c.resident_id JOIN beds b ON b.id = r.bed_id`;
type CaseDb = Omit<CaseRow, 'bedLabel'> & { room: string; bed_no: string };
const toCase = ({ room, bed_no, ...c }: CaseDb): CaseRow => ({ ...c, bedLabel: bedLabel(room, bed_no) });

export function findCase(db: Db, id: number): CaseRow | undefined {
  const c = stmt<CaseDb>(db, `${CASE_SELECT} WHERE c.id = ?`).get(id);
  return c && toCase(c);
}

/** Cases still open, then the year's closed ones, newest first. */
export function listCases(db: Db, today: string): CaseRow[] {
  return stmt<CaseDb>(db, `${CASE_SELECT} WHERE c.closed_on IS NULL OR c.onset_on >= ? ORDER BY c.closed_on IS NOT NULL, c.onset_on DESC`)
    .all(addDays(today, -365))
    .map(toCase);
}

interface WasteDb {
  id: number;
  produced_on: string;
  kind: WasteRow['kind'];
  weight_g: number;
  packages: number;
  packed_by: string;
  handed_over_on: string | null;
  receiver: string;
  manifest_no: string;
  handed_by: string;
  received_by: string;
  notes: string;
}
const toWaste = (w: WasteDb, today: string): WasteRow => ({
  id: w.id,
  producedOn: w.produced_on,
  kind: w.kind,
  weightG: w.weight_g,
  packages: w.packages,
  packedBy: w.packed_by,
  handedOverOn: w.handed_over_on,
  receiver: w.receiver,
  manifestNo: w.manifest_no,
  handedBy: w.handed_by,
  receivedBy: w.received_by,
  days: daysBetween(w.produced_on, w.handed_over_on ?? today),
  notes: w.notes,
});

export function findWaste(db: Db, id: number, today: string): WasteRow | undefined {
  const w = stmt<WasteDb>(db, 'SELECT * FROM waste_entries WHERE id = ?').get(id);
  return w && toWaste(w, today);
}

/** The register for a period, plus everything still stored whenever produced (it must not be forgotten). */
export function wasteBetween(db: Db, from: string, to: string, today: string): WasteRow[] {
  return stmt<WasteDb>(db, 'SELECT * FROM waste_entries WHERE (produced_on >= ? AND produced_on <= ?) OR handed_over_on IS NULL ORDER BY produced_on DESC, id DESC')
    .all(from, to)
    .map((w) => toWaste(w, today));
}

/** The last year of the waste register against the storage limit (medicalWasteStorage); null: nothing recorded. */
export function wasteFacts(db: Db, today: string, maxDays: number | null): WasteFacts | null {
  if (stmt(db, 'SELECT 1 FROM waste_entries LIMIT 1').get() === undefined) return null;
  const since = addDays(today, -365);
  const rows = wasteBetween(db, since, today, today);
  const overdue = maxDays === null ? [] : rows.filter((w) => w.days > maxDays);
  return {
    since,
    entries: rows.length,
    overdue: overdue.map((w) => ({ id: w.id, producedOn: w.producedOn, kind: WASTE_KINDS[w.kind], handedOverOn: w.handedOverOn, days: w.days })),
  };
}

export function infectionFacts(db: Db): InfectionFacts | null {
  const last = stmt<string | null>(db, 'SELECT max(date) FROM disinfections').pluck().get() ?? null;
  const open = stmt<number>(db, 'SELECT count(*) FROM infection_cases WHERE closed_on IS NULL').pluck().get()!;
  if (last === null && open === 0 && stmt(db, 'SELECT 1 FROM infection_cases LIMIT 1').get() === undefined) return null;
  return { lastDisinfection: last, openCases: open };
}

/** The waste register's entries produced between two dates, both included, oldest first (the district pack's summary). */
export function wasteProducedBetween(db: Db, from: string, to: string, today: string): WasteRow[] {
  return stmt<WasteDb>(db, 'SELECT * FROM waste_entries INDEXED BY waste_entries_produced WHERE produced_on >= ? AND produced_on <= ? ORDER BY produced_on, id')
    .all(from, to)
    .map((w) => toWaste(w, today));
}

/** The latest entry of the medical-waste register (by the day the waste was produced); null when it is empty. */
export function lastWasteEntry(db: Db, today: string): WasteRow | null {
  const w = stmt<WasteDb>(db, 'SELECT * FROM waste_entries INDEXED BY waste_entries_produced WHERE produced_on <= ? ORDER BY produced_on DESC, id DESC LIMIT 1').get(today);
  return w ? toWaste(w, today) : null;
}

/** Waste still held (not handed over) for longer than `maxDays`, the oldest first. */
export function wasteHeldTooLong(db: Db, today: string, maxDays: number): WasteRow[] {
  return stmt<WasteDb>(db, 'SELECT * FROM waste_entries INDEXED BY waste_entries_stored WHERE handed_over_on IS NULL AND produced_on < ? ORDER BY produced_on, id')
    .all(addDays(today, -maxDays))
    .map((w) => toWaste(w, today));
}

/** The latest disinfection recorded on or before `today`; null when the log is empty. */
export function lastDisinfection(db: Db, today: string): DisinfectionRow | null {
  return (
    stmt<DisinfectionRow>(
      db,
      'SELECT id, date, area, method, agent, by_name AS byName, notes FROM disinfections INDEXED BY disinfections_date WHERE date <= ? ORDER BY date DESC, id DESC LIMIT 1',
    ).get(today) ?? null
  );
}
