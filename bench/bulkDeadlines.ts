import type { Db } from '../db/open.ts';
import { seededRandom } from '../core/demo/random.ts';
import { addDays } from '../core/shared/dayMath.ts';
import { dueSlots, momentOf, shiftWindow } from '../core/medication/slots.ts';
import { FREQUENCIES, type Frequency, type Shift } from '../core/medication/schema.ts';

export interface BulkDeadlinesReport {
  staff: number;
  batches: number;
  orders: number;
  doses: number;
  unrecorded: number;
}

const SHIFTS: Shift[] = ['day', 'evening', 'night'];

/**
 * What the deadline sources read besides incidents and the health records (which the seed writes through the
 * services): the clinic's staff with licences expiring over the next year, a pharmacy of a few hundred batches, and
 * every resident's long-term orders with yesterday's and today's finished shifts recorded — a few doses left
 * unrecorded, as a busy shift leaves them. Plain INSERTs in one transaction, and only into empty tables: a home that
 * already has a clinic keeps its own.
 */
export function bulkDeadlines(db: Db, now: Date, seed: number): BulkDeadlinesReport {
  const rng = seededRandom(seed);
  const today = momentOf(now).slice(0, 10);
  const moment = momentOf(now);
  const stamp = now.toISOString();
  const empty = (table: string) => (db.prepare(`SELECT count(*) FROM ${table}`).pluck().get() as number) === 0;
  const report: BulkDeadlinesReport = { staff: 0, batches: 0, orders: 0, doses: 0, unrecorded: 0 };
  db.transaction(() => {
    if (empty('clinic_staff')) {
      const staff = db.prepare(
        `INSERT INTO clinic_staff (name, profession, licence_no, practice_site, registered_on, issued_on, expires_on, joined_on, created_at, updated_at)
         VALUES (?, ?, ?, 'primary', '2015-07-01', ?, ?, '2020-01-01', ?, ?)`,
      );
      for (let i = 0; i < 40; i++) {
        const expires = i % 4 === 0 ? null : addDays(today, rng.int(-30, 400));
        staff.run(`医务人员${i + 1}`, i % 3 === 0 ? 'physician' : 'nurse', `BENCH${String(i).padStart(8, '0')}`, '2019-01-01', expires, stamp, stamp);
        report.staff++;
      }
    }
    if (empty('stock_drugs')) {
      const drug = db.prepare(`INSERT INTO stock_drugs (name, spec, unit, low_level, created_at) VALUES (?, '', '盒', 5, ?)`);
      const batch = db.prepare(
        `INSERT INTO stock_batches (drug_id, batch_no, expires_on, supplier, received_on, received_qty, qty, created_at) VALUES (?, ?, ?, '医药公司', ?, 50, ?, ?)`,
      );
      for (let d = 0; d < 200; d++) {
        const id = Number(drug.run(`性能测试药品${d + 1}`, stamp).lastInsertRowid);
        for (let b = 0; b < 3; b++) {
          batch.run(id, `B${d}-${b}`, addDays(today, rng.int(-20, 720)), addDays(today, -rng.int(30, 300)), rng.int(0, 40), stamp);
          report.batches++;
        }
      }
    }
    if (empty('medication_orders')) {
      const residents = db
        .prepare(`SELECT r.id, r.admission_date, b.floor FROM residents r JOIN beds b ON b.id = r.bed_id WHERE r.status = 'in_residence' AND r.deleted_at IS NULL`)
        .all() as { id: number; admission_date: string; floor: number }[];
      const order = db.prepare(
        `INSERT INTO medication_orders (resident_id, source, prescriber, drug_name, dose, route, frequency, times, long_term, start_at, created_at, updated_at)
         VALUES (?, 'clinic', '医生', ?, '1片', '口服', ?, ?, 1, ?, ?, ?)`,
      );
      const round = db.prepare('INSERT INTO medication_rounds (date, shift, floor, recorded_at, recorder_name) VALUES (?, ?, ?, ?, ?)');
      const dose = db.prepare(
        `INSERT INTO medication_administrations (order_id, due_date, due_time, status, given_time, reason, round_id) VALUES (?, ?, ?, 'given', ?, NULL, ?)`,
      );
      const shifts = [addDays(today, -1), today].flatMap((date) => SHIFTS.map((shift) => ({ date, shift }))).filter((s) => shiftWindow(s.date, s.shift).to <= moment);
      const rounds = new Map<string, number>();
      const roundOf = (date: string, shift: Shift, floor: number) => {
        const key = `${date} ${shift} ${floor}`;
        let id = rounds.get(key);
        if (id === undefined) {
          id = Number(round.run(date, shift, floor, stamp, '护士').lastInsertRowid);
          rounds.set(key, id);
        }
        return id;
      };
      const frequencies: Frequency[] = ['qd', 'bid', 'tid', 'qn'];
      for (const r of residents) {
        for (let k = rng.int(1, 4); k > 0; k--) {
          const frequency = rng.pick(frequencies);
          const times = [...FREQUENCIES[frequency].times];
          const start = addDays(today, -60) < r.admission_date ? r.admission_date : addDays(today, -60);
          const id = Number(order.run(r.id, `性能测试药品${rng.int(1, 200)}`, frequency, times.join(','), `${start} 07:00`, stamp, stamp).lastInsertRowid);
          report.orders++;
          for (const s of shifts) {
            for (const slot of dueSlots({ times, longTerm: true, startAt: `${start} 07:00`, stopAt: null }, { admitted: r.admission_date, leftOn: null }, s.date, s.shift)) {
              if (rng.next() < 0.003) {
                report.unrecorded++;
                continue;
              }
              dose.run(id, slot.dueDate, slot.dueTime, slot.dueTime, roundOf(s.date, s.shift, r.floor));
              report.doses++;
            }
          }
        }
      }
    }
  })();
  return report;
}
