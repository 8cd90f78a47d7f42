import dayjs from 'dayjs';
import type { Db } from '../db/open.ts';
import { seededRandom } from '../core/demo/random.ts';

/** Doses recorded back from yesterday: two weeks covers the self-inspection's look-back (7 days by default). */
const DOSE_DAYS = 14;

/**
 * The medication of the benchmark home, by plain INSERTs in one transaction, prescribed by the demo doctor's account
 * (the designation benchmark later puts the clinic and its staff in place through the demo seed): for every resident
 * in residence a few orders stopped over the years and two running (08:00 and 08:00 + 17:00), and the last two weeks
 * of doses recorded by floor and shift — about one in 500 left unrecorded and one in 300 refused with its reason, as
 * a real MAR. The self-inspection reads them (missed doses, prescribers).
 */
export function bulkMedication(db: Db, today: string, seed: number): { orders: number; doses: number } {
  const rng = seededRandom(seed);
  const now = new Date().toISOString();
  const doctor = db.prepare(`SELECT id, display_name AS name FROM users WHERE role = 'doctor' ORDER BY id LIMIT 1`).get() as { id: number; name: string } | undefined;
  const nurse = db.prepare(`SELECT id, display_name AS name FROM users WHERE role = 'nurse' ORDER BY id LIMIT 1`).get() as { id: number; name: string } | undefined;
  if (!doctor || !nurse) return { orders: 0, doses: 0 };
  const residents = db
    .prepare(
      `SELECT r.id, r.admission_date, b.floor FROM residents r JOIN beds b ON b.id = r.bed_id WHERE r.status = 'in_residence' AND r.deleted_at IS NULL ORDER BY r.id`,
    )
    .all() as { id: number; admission_date: string; floor: number }[];
  const order = db.prepare(
    `INSERT INTO medication_orders (resident_id, source, prescriber, prescriber_id, drug_code, drug_name, generic_name, drug_class, spec, dose, route,
       frequency, times, long_term, start_at, stop_at, stopped_by, stop_reason, created_at, updated_at)
     VALUES (?, 'clinic', ?, ?, NULL, ?, '', '', '', ?, '口服', ?, ?, 1, ?, ?, ?, ?, ?, ?)`,
  );
  const round = db.prepare(`INSERT INTO medication_rounds (date, shift, floor, recorded_at, recorded_by, recorder_name) VALUES (?, ?, ?, ?, ?, ?)`);
  const dose = db.prepare(
    `INSERT INTO medication_administrations (order_id, due_date, due_time, status, given_time, reason, round_id) VALUES (?, ?, ?, ?, ?, ?, ?)`,
  );
  const running: { id: number; floor: number; times: string[] }[] = [];
  let orders = 0;
  let doses = 0;
  db.transaction(() => {
    const since = dayjs(today).subtract(2, 'year').format('YYYY-MM-DD');
    for (const r of residents) {
      const start = r.admission_date > since ? r.admission_date : since;
      // Orders stopped over the stay: the join walks them as it would in a real home.
      const years = Math.max(1, dayjs(today).diff(r.admission_date, 'year'));
      for (let k = 0; k < Math.min(12, 2 * years); k++) {
        const from = dayjs(r.admission_date).add(rng.int(0, Math.max(1, dayjs(start).diff(r.admission_date, 'day'))), 'day');
        order.run(r.id, doctor.name, doctor.id, '既往药品', '1片', 'qd', '08:00', `${from.format('YYYY-MM-DD')} 08:00`, `${from.add(30, 'day').format('YYYY-MM-DD')} 08:00`, doctor.name, '疗程结束', now, now);
        orders++;
      }
      for (const [drug, times, freq] of [
        ['苯磺酸氨氯地平片', ['08:00'], 'qd'],
        ['二甲双胍片', ['08:00', '17:00'], 'bid'],
      ] as const) {
        const id = Number(order.run(r.id, doctor.name, doctor.id, drug, '1片', freq, times.join(','), `${start} 08:00`, null, null, null, now, now).lastInsertRowid);
        running.push({ id, floor: r.floor, times: [...times] });
        orders++;
      }
    }
    const floors = [...new Set(running.map((o) => o.floor))];
    for (let d = DOSE_DAYS; d >= 1; d--) {
      const date = dayjs(today).subtract(d, 'day').format('YYYY-MM-DD');
      for (const floor of floors) {
        // One save per floor and shift: the 08:00 doses in the day shift's, the 17:00 ones in the evening's.
        const rounds = {
          day: Number(round.run(date, 'day', floor, `${date}T02:00:00.000Z`, nurse.id, nurse.name).lastInsertRowid),
          evening: Number(round.run(date, 'evening', floor, `${date}T10:00:00.000Z`, nurse.id, nurse.name).lastInsertRowid),
        };
        for (const o of running) {
          if (o.floor !== floor) continue;
          for (const time of o.times) {
            const roundId = time < '15:00' ? rounds.day : rounds.evening;
            const roll = rng.next();
            if (roll < 1 / 500) continue;
            if (roll < 1 / 500 + 1 / 300) dose.run(o.id, date, time, 'refused', null, '老人拒服，已报告医生', roundId);
            else dose.run(o.id, date, time, 'given', time, null, roundId);
            doses++;
          }
        }
      }
    }
  })();
  return { orders, doses };
}
