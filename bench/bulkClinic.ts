import dayjs from 'dayjs';
import type { Db } from '../db/open.ts';
import { seededRandom, type Random } from '../core/demo/random.ts';
import { formatDateTime } from '../core/shared/dates.ts';
import { catalogueDrug, FREQUENCIES, SHIFTS } from '../core/medication/schema.ts';
// The same long-term regimens as the demo home's (catalogue code, dose, frequency).
import { REGIMENS } from '../core/demo/medication.ts';

/**
 * The clinic of issue #9 at scale: ~70,000 encounters a year for 2,000 residents (about 500,000 since the home opened seven years ago) with their
 * fee lines; for everyone in residence, 8 long-term orders running now and the stopped orders before them since
 * admission (or the window's start); every dose of those orders recorded at the rounds (白班 by the nurse, 小夜班 by
 * the caregiver: one medication_rounds row and one audit row per floor and shift, as recordShift writes them) up to
 * the last finished shift — the shift in progress is left for the nurse; and a monthly batch of each drug on the
 * shelf over the years, received and used up. Plain prepared INSERTs in big transactions, administrations in
 * their key order (the table is WITHOUT ROWID, keyed by order, date and time), encounters' indexes built afterwards.
 * The audited services would take hours; encounters get no audit rows here (the --large audit log stands for them).
 */
export interface BulkClinicOptions {
  years: number;
  now: Date;
  seed: number;
  progress?: (administrations: number) => void;
}

export interface BulkClinicReport {
  encounters: number;
  fees: number;
  orders: number;
  activeOrders: number;
  administrations: number;
  rounds: number;
  batches: number;
  insertMs: number;
  indexMs: number;
}

/** Issue #9: about 500,000 encounters in ten years for 2,000 residents (the bench home opened seven years ago). */
export const ENCOUNTERS_PER_RESIDENT_YEAR = 35;
/** Issue #9: 8 active medication orders per resident. */
export const ACTIVE_ORDERS = 8;

const STOP_REASONS = ['血压控制平稳，减药', '复查肝功能异常，停药', '症状缓解', '换用同类药物'];
const COMPLAINTS: [string, string][] = [
  ['头晕两天', '[{"code":"I10","name":"特发性（原发性）高血压"}]'],
  ['咳嗽、咳痰三天', '[{"code":"J06","name":"多发性和未特指部位的急性上呼吸道感染"}]'],
  ['空腹血糖偏高', '[{"code":"E11","name":"2型糖尿病"}]'],
  ['大便干结四天', '[{"code":"K59","name":"其他功能性肠疾患"}]'],
  ['骶尾部皮肤发红', '[{"code":"L89","name":"褥疮性溃疡和压力区"}]'],
  ['夜间入睡困难', '[{"code":"G47","name":"睡眠障碍"}]'],
  ['双膝疼痛', '[{"code":"M17","name":"膝关节病"}]'],
  ['尿频、尿急一天', '[{"code":"N39","name":"泌尿系统的其他疾患"}]'],
];
const REFERRAL_TO = { emergency: '南京市鼓楼医院急诊科', inpatient: '南京市鼓楼医院老年科', outpatient: '南京市中医院骨科' } as const;
/** Doses the round marks not given, with the reasons nurses write (the rest are given, a few late). */
const NOT_GIVEN: [number, 'refused' | 'held' | 'missed', string][] = [
  [0.003, 'refused', '老人拒服，已报告医生'],
  [0.005, 'held', '血压偏低，遵医嘱暂停'],
  [0.006, 'missed', '交接遗漏，已报告医生'],
];
const DOSE_SHIFTS = ['day', 'evening'] as const;

const hhmm = (minutes: number) => {
  const m = ((minutes % 1440) + 1440) % 1440;
  return `${String(Math.floor(m / 60)).padStart(2, '0')}:${String(m % 60).padStart(2, '0')}`;
};
const minutesOf = (time: string) => Number(time.slice(0, 2)) * 60 + Number(time.slice(3, 5));
/** The shift a dose time falls in (the regimens have none in the night shift). */
const shiftIndexOf = (time: string) => (time >= SHIFTS.day.from && time < SHIFTS.day.to ? 0 : 1);

interface Order {
  id: number;
  floorIndex: number;
  times: string[];
  startDay: number;
  /** Day index of the stop (exclusive), or null while it runs. */
  stopDay: number | null;
}

function withoutIndexes(db: Db, tables: string[]): string[] {
  const sql = db
    .prepare(`SELECT sql FROM sqlite_master WHERE type = 'index' AND sql IS NOT NULL AND tbl_name IN (${tables.map(() => '?').join(', ')})`)
    .pluck()
    .all(...tables) as string[];
  const names = db
    .prepare(`SELECT name FROM sqlite_master WHERE type = 'index' AND sql IS NOT NULL AND tbl_name IN (${tables.map(() => '?').join(', ')})`)
    .pluck()
    .all(...tables) as string[];
  for (const n of names) db.exec(`DROP INDEX ${n}`);
  return sql;
}

/**
 * The per-shift tally's triggers (0018) cost a lookup and an upsert per dose: dropped for the bulk load, the tally
 * refilled from its defining view in one grouped pass afterwards, and the triggers put back as they were.
 */
function withoutTallyTriggers(db: Db): () => void {
  const triggers = db
    .prepare(`SELECT name, sql FROM sqlite_master WHERE type = 'trigger' AND tbl_name = 'medication_administrations'`)
    .all() as { name: string; sql: string }[];
  for (const t of triggers) db.exec(`DROP TRIGGER ${t.name}`);
  return () => {
    db.exec('DELETE FROM medication_shift_tally; INSERT INTO medication_shift_tally SELECT * FROM medication_shift_tally_source');
    for (const t of triggers) db.exec(t.sql);
  };
}

export function bulkClinic(db: Db, opts: BulkClinicOptions): BulkClinicReport {
  const rng = seededRandom(opts.seed);
  const user = (role: string) => db.prepare(`SELECT id, display_name AS name FROM users WHERE role = ? ORDER BY id LIMIT 1`).get(role) as { id: number; name: string };
  const doctor = user('doctor');
  const nurse = user('nurse');
  const caregiver = user('caregiver');
  const today = dayjs(opts.now).format('YYYY-MM-DD');
  const nowMoment = formatDateTime(opts.now.toISOString());
  const first = dayjs(opts.now).subtract(opts.years, 'year').startOf('day');
  const days: string[] = [];
  for (let d = first; !d.isAfter(opts.now, 'day'); d = d.add(1, 'day')) days.push(d.format('YYYY-MM-DD'));
  const dayIndex = new Map(days.map((d, i) => [d, i]));
  const todayIndex = days.length - 1;
  // Today's shifts count only once finished: the one in progress is the nurse's to record.
  const finished = (d: number, shift: 0 | 1) => d < todayIndex || nowMoment >= `${today} ${shift === 0 ? SHIFTS.day.to : SHIFTS.evening.to}`;

  const t0 = performance.now();
  const encounterIndexes = withoutIndexes(db, ['encounters', 'encounter_fees']);
  const encounters = bulkEncounters(db, rng, days, doctor.id);

  // Orders: 8 tracks per resident in residence, each a run of orders back to back, the last still running.
  const residents = db
    .prepare(
      `SELECT r.id, r.admission_date AS admitted, b.floor FROM residents r JOIN beds b ON b.id = r.bed_id
       WHERE r.status = 'in_residence' AND r.deleted_at IS NULL ORDER BY r.id`,
    )
    .all() as { id: number; admitted: string; floor: number }[];
  const floors = [...new Set(residents.map((r) => r.floor))].sort((a, b) => a - b);
  const floorIndex = new Map(floors.map((f, i) => [f, i]));
  const insertOrder = db.prepare(
    `INSERT INTO medication_orders (resident_id, encounter_id, source, prescriber, prescriber_id, drug_code, drug_name, generic_name, drug_class, spec,
       dose, route, frequency, times, long_term, start_at, stop_at, stopped_by, stop_reason, notes, created_at, updated_at)
     VALUES (?, NULL, 'clinic', ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 1, ?, ?, ?, ?, '', ?, ?)`,
  );
  const orders: Order[] = [];
  db.transaction(() => {
    for (const r of residents) {
      const startDay = dayIndex.get(r.admitted) ?? 0;
      for (let track = 0; track < ACTIVE_ORDERS; track++) {
        let from = startDay;
        for (;;) {
          const [code, dose, frequency] = REGIMENS[(track + rng.int(0, 3) * ACTIVE_ORDERS) % REGIMENS.length]!;
          const drug = catalogueDrug(code)!;
          const span = rng.int(60, 1000);
          const stopDay = from + span >= todayIndex ? null : from + span;
          const startAt = `${days[from]} 07:00`;
          const stopAt = stopDay === null ? null : `${days[stopDay]} 07:00`;
          const created = new Date(`${days[from]}T06:40:00`).toISOString();
          const times = [...FREQUENCIES[frequency].times];
          const id = Number(
            insertOrder.run(
              r.id, doctor.name, doctor.id, code, drug.name, drug.generic, drug.class, drug.spec, dose, drug.route, frequency, times.join(','),
              startAt, stopAt, stopAt && doctor.name, stopAt && rng.pick(STOP_REASONS), created, created,
            ).lastInsertRowid,
          );
          orders.push({ id, floorIndex: floorIndex.get(r.floor)!, times, startDay: from, stopDay });
          if (stopDay === null) break;
          from = stopDay;
        }
      }
    }
  })();

  // Rounds and their audit rows: every finished 白班 and 小夜班 on every floor, in (day, shift, floor) order.
  const insertRound = db.prepare(
    `INSERT INTO medication_rounds (date, shift, floor, recorded_at, recorded_by, recorder_name) VALUES (?, ?, ?, ?, ?, ?)`,
  );
  const insertAudit = db.prepare(
    `INSERT INTO audit_log (at, user_id, user_name, user_role, action, entity, entity_id, summary, before_json, after_json)
     VALUES (?, ?, ?, ?, 'medication.recordShift', 'medicationRound', ?, ?, NULL, ?)`,
  );
  const roundIds = new Float64Array(days.length * 2 * floors.length);
  let rounds = 0;
  db.transaction(() => {
    days.forEach((date, d) => {
      DOSE_SHIFTS.forEach((shift, s) => {
        if (!finished(d, s as 0 | 1)) return;
        const who = s === 0 ? nurse : caregiver;
        const at = new Date(`${date}T${s === 0 ? '14:40' : '22:40'}:00`).toISOString();
        for (const [fi, floor] of floors.entries()) {
          const id = Number(insertRound.run(date, shift, floor, at, who.id, who.name).lastInsertRowid);
          roundIds[(d * 2 + s) * floors.length + fi] = id;
          insertAudit.run(at, who.id, who.name, s === 0 ? 'nurse' : 'caregiver', id, `记录给药：${floor} 楼 ${date} ${SHIFTS[shift].label}`, `{"floor":${floor},"date":"${date}","shift":"${shift}"}`);
          rounds++;
        }
      });
    });
  })();

  // Every dose due up to the last finished shift, order by order in key order.
  const insertDose = db.prepare(
    `INSERT INTO medication_administrations (order_id, due_date, due_time, status, given_time, reason, round_id) VALUES (?, ?, ?, ?, ?, ?, ?)`,
  );
  let administrations = 0;
  const restoreTally = withoutTallyTriggers(db);
  const writeOrders = db.transaction((list: Order[]) => {
    for (const o of list) {
      const end = o.stopDay === null ? todayIndex : o.stopDay - 1;
      for (let d = o.startDay; d <= end; d++) {
        for (const time of o.times) {
          const s = shiftIndexOf(time) as 0 | 1;
          if (!finished(d, s)) continue;
          const x = rng.next();
          const not = NOT_GIVEN.find(([p]) => x < p);
          const late = !not && x > 0.99;
          const given = not ? null : hhmm(minutesOf(time) + (late ? rng.int(61, 120) : rng.int(-15, 35)));
          insertDose.run(o.id, days[d], time, not ? not[1] : 'given', given, not ? not[2] : null, roundIds[(d * 2 + s) * floors.length + o.floorIndex]);
          administrations++;
        }
      }
    }
  });
  for (let i = 0; i < orders.length; i += 400) {
    writeOrders(orders.slice(i, i + 400));
    opts.progress?.(administrations);
  }

  const batches = bulkStock(db, rng, days, nurse.name);
  const insertMs = performance.now() - t0;
  const t1 = performance.now();
  for (const sql of encounterIndexes) db.exec(sql);
  restoreTally();
  return {
    ...encounters,
    orders: orders.length,
    activeOrders: orders.filter((o) => o.stopDay === null).length,
    administrations,
    rounds,
    batches,
    insertMs,
    indexMs: performance.now() - t1,
  };
}

/** Encounters of everyone present on each day (the residents who have left included, while they were in), with fees. */
function bulkEncounters(db: Db, rng: Random, days: string[], doctorId: number): { encounters: number; fees: number } {
  const people = db
    .prepare(`SELECT id, admission_date AS admitted, left_on AS leftOn FROM residents WHERE deleted_at IS NULL ORDER BY id`)
    .all() as { id: number; admitted: string; leftOn: string | null }[];
  const inResidence = people.filter((p) => p.leftOn === null).length;
  const perDay = (inResidence * ENCOUNTERS_PER_RESIDENT_YEAR) / 365;
  const insertEncounter = db.prepare(
    `INSERT INTO encounters (resident_id, kind, date, time, doctor_id, complaint, findings, diagnoses, orders, referral_kind, referral_to, referral_reason, notes, created_at, updated_at)
     VALUES (?, ?, ?, ?, ?, ?, '', ?, '', ?, ?, ?, '', ?, ?)`,
  );
  const insertFee = db.prepare(
    `INSERT INTO encounter_fees (encounter_id, date, item_code, name, category, insured, visit_fee, quantity, unit_price_fen, amount_fen)
     VALUES (?, ?, ?, ?, ?, ?, 0, ?, ?, ?)`,
  );
  const fee = (encounterId: number, date: string, code: string, name: string, care: boolean, quantity: number, fen: number) => {
    insertFee.run(encounterId, date, code, name, care ? 'care' : 'medical', care ? 0 : 1, quantity, fen, quantity * fen);
  };
  let encounters = 0;
  let fees = 0;
  db.transaction(() => {
    let carry = 0;
    for (const date of days) {
      carry += perDay;
      const n = Math.floor(carry);
      carry -= n;
      for (let k = 0; k < n; k++) {
        // Anyone present that day: a draw among everyone, kept if they were in the home then.
        let p = rng.pick(people);
        for (let tries = 0; tries < 200 && !(p.admitted <= date && (p.leftOn === null || p.leftOn > date)); tries++) p = rng.pick(people);
        if (!(p.admitted <= date && (p.leftOn === null || p.leftOn > date))) continue;
        const x = rng.next();
        const kind = x < 0.7 ? 'visit' : x < 0.95 ? 'round' : 'infusion';
        const time = hhmm(rng.int(8 * 60, 17 * 60));
        const [complaint, diagnoses] = rng.pick(COMPLAINTS);
        const referral = kind === 'visit' && rng.next() < 0.012 ? rng.pick(['emergency', 'inpatient', 'outpatient'] as const) : null;
        const at = new Date(`${date}T${time}:00`).toISOString();
        const id = Number(
          insertEncounter.run(p.id, kind, date, time, doctorId, complaint, diagnoses, referral, referral ? REFERRAL_TO[referral] : '', referral ? `${complaint}，需专科诊治` : '', at, at).lastInsertRowid,
        );
        encounters++;
        fee(id, date, 'M001', '诊查费', false, 1, 600);
        fees++;
        if (kind === 'infusion') {
          fee(id, date, 'M006', '静脉输液', false, rng.int(1, 2), 1200);
          fees++;
        } else if (kind === 'visit' && rng.next() < 0.35) {
          fee(id, date, 'M007', '换药', false, 1, 1500);
          fees++;
        }
        if (rng.next() < 0.1) {
          fee(id, date, 'C002', '协助洗浴', true, 1, 3000);
          fees++;
        }
      }
    }
  })();
  return { encounters, fees };
}

/** A batch a month of each drug on the shelf, over the years before the shelf's current batches: received and used up. */
function bulkStock(db: Db, rng: Random, days: string[], keeper: string): number {
  const drugs = db.prepare('SELECT id FROM stock_drugs ORDER BY id').pluck().all() as number[];
  const insertBatch = db.prepare(
    `INSERT OR IGNORE INTO stock_batches (drug_id, batch_no, expires_on, supplier, received_on, received_qty, qty, created_at) VALUES (?, ?, ?, '南京医药股份有限公司', ?, ?, 0, ?)`,
  );
  const insertMove = db.prepare(`INSERT INTO stock_moves (batch_id, kind, qty, at, resident_id, by_name, note) VALUES (?, ?, ?, ?, NULL, ?, '')`);
  let batches = 0;
  const last = dayjs(days.at(-1)).subtract(3, 'month');
  db.transaction(() => {
    for (const drugId of drugs) {
      for (let m = dayjs(days[0]).startOf('month'); m.isBefore(last); m = m.add(1, 'month')) {
        const received = m.add(rng.int(1, 10), 'day');
        const qty = rng.int(20, 60);
        const at = received.format('YYYY-MM-DDT09:00:00');
        const r = insertBatch.run(drugId, `H${m.format('YYYYMM')}-${drugId}`, received.add(2, 'year').format('YYYY-MM-DD'), received.format('YYYY-MM-DD'), qty, at);
        if (r.changes === 0) continue;
        const batchId = Number(r.lastInsertRowid);
        insertMove.run(batchId, 'receive', qty, at, keeper);
        // Dispensed over the following weeks in four lots, first expiry first, down to nothing.
        let left = qty;
        for (let w = 1; w <= 4; w++) {
          const out = w === 4 ? left : Math.min(left, rng.int(1, Math.ceil(qty / 4)));
          left -= out;
          if (out > 0) insertMove.run(batchId, 'dispense', -out, received.add(w, 'week').format('YYYY-MM-DDT10:00:00'), keeper);
        }
        batches++;
      }
    }
  })();
  return batches;
}
