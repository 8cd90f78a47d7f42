import dayjs from 'dayjs';
import type { Db } from '../db/open.ts';
import { seededRandom } from '../core/demo/random.ts';
import { SHIFT_TIMES } from '../core/vitals/measures.ts';
import { minuteOf, minuteOfInstant } from '../core/vitals/time.ts';

/**
 * Vital signs of issue #8 at scale: everyone in residence measured at two rounds a day for `years` (2,000 × 10 years
 * ≈ 14.6 million readings), one vital_rounds row and one audit row per floor and round, as the round service
 * writes them. Plain prepared INSERTs in big transactions, resident by resident in key order (the table is
 * WITHOUT ROWID, keyed by resident and minute, so each insert lands at the end of the B-tree), and the one
 * secondary index (vital_signs_height) built afterwards. The audited services would take an hour.
 */
export interface BulkVitalsOptions {
  years: number;
  now: Date;
  seed: number;
  progress?: (written: number) => void;
}

export interface BulkVitalsReport {
  rows: number;
  rounds: number;
  insertMs: number;
  indexMs: number;
}

/** Integers as stored: 0.1 ℃, 0.1 mmol/L, 0.1 kg (core/vitals/storage.ts). */
interface Baseline {
  sbp: number;
  dbp: number;
  pulse: number;
  temp: number;
  spo2: number;
  weight: number;
  height: number;
  diabetic: boolean;
}

export function bulkVitals(db: Db, opts: BulkVitalsOptions): BulkVitalsReport {
  const rng = seededRandom(opts.seed);
  const residents = db
    .prepare(
      `SELECT r.id, b.floor FROM residents r JOIN beds b ON b.id = r.bed_id
       WHERE r.status = 'in_residence' AND r.deleted_at IS NULL ORDER BY r.id`,
    )
    .all() as { id: number; floor: number }[];
  const nurse = db.prepare(`SELECT id, display_name AS name FROM users WHERE role = 'nurse' ORDER BY id LIMIT 1`).get() as { id: number; name: string };
  const floors = [...new Set(residents.map((r) => r.floor))].sort((a, b) => a - b);
  const floorIndex = new Map(floors.map((f, i) => [f, i]));

  // The rounds' minutes, oldest first: two a day, up to now.
  const nowMinute = minuteOfInstant(opts.now);
  const first = dayjs(opts.now).subtract(opts.years, 'year').startOf('day');
  const slots: { date: string; shift: 'am' | 'pm'; at: number }[] = [];
  for (let d = first; !d.isAfter(opts.now, 'day'); d = d.add(1, 'day')) {
    const date = d.format('YYYY-MM-DD');
    for (const shift of ['am', 'pm'] as const) {
      const at = minuteOf(date, SHIFT_TIMES[shift]);
      if (at <= nowMinute) slots.push({ date, shift, at });
    }
  }

  const heightIndex = db.prepare(`SELECT sql FROM sqlite_master WHERE type = 'index' AND name = 'vital_signs_height'`).pluck().get() as string;
  db.exec('DROP INDEX vital_signs_height');
  const t0 = performance.now();

  // Rounds and their audit rows, slot by slot and floor by floor: ids in that order.
  const insertRound = db.prepare(
    `INSERT INTO vital_rounds (floor, taken_on, shift, taken_at, temp_site, glucose_kind, recorded_by, recorded_by_name, late_reason, created_at, updated_at)
     VALUES (?, ?, ?, ?, 0, 0, ?, ?, '', ?, ?)`,
  );
  const insertAudit = db.prepare(
    `INSERT INTO audit_log (at, user_id, user_name, user_role, action, entity, entity_id, summary, before_json, after_json)
     VALUES (?, ?, ?, 'nurse', 'vitals.saveRound', 'vitalRound', ?, ?, NULL, ?)`,
  );
  const roundIds = new Float64Array(slots.length * floors.length);
  db.transaction(() => {
    slots.forEach((s, k) => {
      const at = new Date((s.at + 25) * 60_000).toISOString();
      for (const [fi, floor] of floors.entries()) {
        const id = Number(insertRound.run(floor, s.date, s.shift, s.at, nurse.id, nurse.name, at, at).lastInsertRowid);
        roundIds[k * floors.length + fi] = id;
        const name = `${floor}楼 ${s.date} ${s.shift === 'am' ? '上午' : '下午'}测量`;
        insertAudit.run(at, nurse.id, nurse.name, id, `${name}：测量 ${Math.round(residents.length / floors.length)} 人`, `{"floor":${floor},"date":"${s.date}","shift":"${s.shift}"}`);
      }
    });
  })();

  const insert = db.prepare(
    `INSERT INTO vital_signs (resident_id, taken_at, round_id, sbp, dbp, pulse, temp, temp_site, resp, spo2, glucose, glucose_kind, weight, height, absence, recorded_by)
     VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
  );
  let written = 0;
  const writeResidents = db.transaction((list: { id: number; floor: number }[]) => {
    for (const r of list) {
      const base: Baseline = {
        sbp: rng.int(112, 150),
        dbp: rng.int(64, 88),
        pulse: rng.int(62, 86),
        temp: rng.int(361, 367),
        spo2: rng.int(94, 98),
        weight: rng.int(420, 780),
        height: rng.int(1480, 1760),
        diabetic: rng.next() < 0.2,
      };
      // Height once, the morning before the first round (BMI).
      insert.run(r.id, slots[0]!.at - 60, null, null, null, null, null, null, null, null, null, null, null, base.height, null, nurse.id);
      written++;
      const fi = floorIndex.get(r.floor)!;
      let away = 0;
      for (let k = 0; k < slots.length; k++) {
        const s = slots[k]!;
        const roundId = roundIds[k * floors.length + fi]!;
        // Now and then a hospital stay of a few days: the round marks them 住院, with no numbers.
        if (away === 0 && rng.next() < 0.0008) away = rng.int(4, 20);
        if (away > 0) {
          away--;
          insert.run(r.id, s.at, roundId, null, null, null, null, null, null, null, null, null, null, null, 2, nurse.id);
          written++;
          continue;
        }
        const am = s.shift === 'am';
        const x = rng.next();
        // About 3 readings in 100 with a fever or a sharp rise in blood pressure. On top of these, the baselines (systolic
        // 112–150, SpO2 94–98) put about half of a day's readings of this home above 140 mmHg or at 94%: a home where
        // hypertension is common, and a heavy day for the abnormal list (~1,900 of ~4,000 readings flagged).
        const fever = x < 0.012;
        const high = x > 0.98;
        const sbp = base.sbp + rng.int(-10, 10) + (high ? 35 : 0);
        const dbp = Math.min(base.dbp + rng.int(-6, 6) + (high ? 12 : 0), sbp - 20);
        insert.run(
          r.id,
          s.at,
          roundId,
          sbp,
          dbp,
          base.pulse + rng.int(-6, 6) + (fever ? 18 : 0),
          fever ? rng.int(376, 392) : base.temp + rng.int(-3, 3),
          0,
          am ? rng.int(14, 20) : null,
          am ? base.spo2 + rng.int(-1, 2) : null,
          am && base.diabetic ? rng.int(48, 86) : null,
          am && base.diabetic ? 0 : null,
          am && s.date.endsWith('-01') ? base.weight + rng.int(-15, 15) : null,
          null,
          null,
          nurse.id,
        );
        written++;
      }
    }
  });
  const batch = Math.max(1, Math.floor(500_000 / Math.max(1, slots.length)));
  for (let i = 0; i < residents.length; i += batch) {
    writeResidents(residents.slice(i, i + batch));
    opts.progress?.(written);
  }
  const insertMs = performance.now() - t0;
  const t1 = performance.now();
  db.exec(heightIndex);
  return { rows: written, rounds: slots.length * floors.length, insertMs, indexMs: performance.now() - t1 };
}
