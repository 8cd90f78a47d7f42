import type { WriteContext } from '../api/context.ts';
import { addDays } from '../shared/dayMath.ts';
import { findUserByName } from '../users/queries.ts';
import { prescribe, stopOrder } from '../medication/orders.ts';
import { floorShift, floors } from '../medication/dueList.ts';
import { recordShift } from '../medication/recordShift.ts';
import { momentOf, shiftWindow } from '../medication/slots.ts';
import { catalogueDrug, FREQUENCIES, orderInput, recordShiftInput, type Frequency, type Shift } from '../medication/schema.ts';
import type { Random } from './random.ts';

/** Regimens common in a home: catalogue code, dose, frequency. */
export const REGIMENS: [string, string, Frequency][] = [
  ['D004', '5mg', 'qd'],
  ['D001', '100mg', 'qd'],
  ['D010', '0.5g', 'bid'],
  ['D014', '20mg', 'qn'],
  ['D006', '150mg', 'qd'],
  ['D009', '47.5mg', 'qd'],
  ['D016', '20mg', 'qd'],
  ['D017', '5mg', 'qn'],
  ['D025', '1片', 'bid'],
  ['D011', '50mg', 'tid'],
  ['D022', '20mg', 'qd'],
  ['D026', '0.2mg', 'qn'],
];
const STOP_REASONS = ['血压控制平稳，减药', '复查肝功能异常，停药', '症状缓解', '转院后调整用药'];
const NOT_GIVEN: [number, 'refused' | 'held' | 'missed', string][] = [
  [0.003, 'refused', '老人拒服，已劝说无效，报告医生'],
  [0.002, 'held', '血压偏低，遵医嘱暂停'],
  [0.0012, 'missed', '交接遗漏，已报告医生'],
];
/** The one dose the demo leaves unrecorded (days back, shift), on the first floor. */
const UNRECORDED = { back: 3, shift: 'evening' as Shift };
/** Days of administrations the demo records: a month of rounds on every floor (older months have orders only). */
const RECORDED_DAYS = 30;

const hhmm = (minutes: number) => {
  const m = ((minutes % 1440) + 1440) % 1440;
  return `${String(Math.floor(m / 60)).padStart(2, '0')}:${String(m % 60).padStart(2, '0')}`;
};
const plus = (time: string, minutes: number) => hhmm(Number(time.slice(0, 2)) * 60 + Number(time.slice(3, 5)) + minutes);

/**
 * The demo's medication: the doctor's long-term orders for the residents in the home (some stopped since), a few
 * temporary ones, and the last month's rounds on every floor recorded by the nurse (白班) and the caregiver
 * (小夜班 / 大夜班) — most doses on time, a few late, refused, held or missed. The shift in progress is left
 * for the user to record.
 */
export function seedMedicationDemo(ctx: WriteContext, rng: Random): void {
  const people = (['yisheng', 'hushi', 'huliyuan'] as const).map((u) => findUserByName(ctx.db, u));
  if (people.some((p) => !p)) return;
  const as = (u: NonNullable<(typeof people)[number]>): WriteContext => ({ ...ctx, actor: { userId: u.id, name: u.display_name, role: u.role } });
  const [doctor, nurse, caregiver] = people.map((p) => as(p!)) as [WriteContext, WriteContext, WriteContext];
  const today = ctx.today;
  const residents = ctx.db
    .prepare('SELECT id, admission_date AS admitted FROM residents WHERE deleted_at IS NULL AND left_on IS NULL ORDER BY id')
    .all() as { id: number; admitted: string }[];
  const order = (residentId: number, [code, dose, frequency]: (typeof REGIMENS)[number], startDate: string, longTerm = true) => {
    const drug = catalogueDrug(code)!;
    return prescribe(
      doctor,
      orderInput.parse({
        residentId,
        drugCode: code,
        drugName: drug.name,
        dose,
        route: drug.route,
        frequency,
        times: [...FREQUENCIES[frequency].times],
        longTerm,
        startDate,
        startTime: frequency === 'once' ? FREQUENCIES.once.times[0] : '07:00',
      }),
    );
  };
  for (const r of residents) {
    const start = (maxBack: number) => {
      const d = addDays(today, -rng.int(RECORDED_DAYS + 5, maxBack));
      return d < r.admitted ? r.admitted : d;
    };
    const picked = new Set<number>();
    for (let n = rng.int(1, 4); n > 0; n--) picked.add(rng.int(0, REGIMENS.length - 1));
    for (const i of picked) order(r.id, REGIMENS[i]!, start(400));
    // One in eight had an order stopped since.
    if (rng.next() < 0.125) {
      const startDate = start(200);
      const o = order(r.id, REGIMENS[rng.int(0, REGIMENS.length - 1)]!, startDate);
      const stopOn = addDays(startDate, rng.int(7, 20));
      if (stopOn < today) stopOrder(doctor, { id: o.id, date: stopOn, time: '20:00', reason: rng.pick(STOP_REASONS) });
    }
  }
  const now = momentOf(ctx.now);
  const forgotten = forgottenShift(today, now);
  const lastFloor = floors(ctx.db).at(-1);
  for (let back = RECORDED_DAYS; back >= 0; back--) {
    const date = addDays(today, -back);
    for (const shift of ['day', 'evening', 'night'] as Shift[]) {
      // Only shifts already over; the one in progress is left for the user.
      if (shiftWindow(date, shift).to > now) continue;
      for (const floor of floors(ctx.db)) {
        const rows = floorShift(ctx.db, floor, date, shift).residents.flatMap((res) =>
          res.doses.map((d) => {
            const roll = rng.next();
            let acc = 0;
            for (const [p, status, reason] of NOT_GIVEN) {
              acc += p;
              if (roll < acc) return { orderId: d.orderId, dueDate: d.dueDate, dueTime: d.dueTime, status, givenTime: null, reason };
            }
            const late = rng.next() < 0.01;
            return { orderId: d.orderId, dueDate: d.dueDate, dueTime: d.dueTime, status: 'given' as const, givenTime: plus(d.dueTime, late ? rng.int(70, 120) : rng.int(-10, 30)), reason: late ? '老人外出检查，回院后补服' : '' };
          }),
        );
        // Three days ago the evening shift of the first floor forgot one dose altogether — neither given nor a reason:
        // the 漏记 the self-inspection's MAR check finds (core/inspection/records/missedDoses.ts).
        if (back === UNRECORDED.back && shift === UNRECORDED.shift && floor === floors(ctx.db)[0]) rows.shift();
        // The latest finished shift on the last floor forgot one too: the 漏记给药 on the director's 待办期限.
        if (date === forgotten.date && shift === forgotten.shift && floor === lastFloor) rows.pop();
        if (rows.length > 0) recordShift(shift === 'day' ? nurse : caregiver, recordShiftInput.parse({ floor, date, shift, rows }));
      }
    }
  }
}

/**
 * The shift whose last floor's caregiver forgot to record one dose, so the 待办期限 always has a missed dose to chase
 * (core/deadlines/sources/missedDoses.ts): the latest day or evening shift already over. Not a night shift: the demo's
 * regimens give no dose between 23:00 and 07:00, so a forgotten night dose would be no dose at all (as it was from
 * 07:00 to 15:00, when the latest finished shift is the night's). When it is yesterday's, the self-inspection's
 * week sees it too, beside the one forgotten three days ago.
 */
export function forgottenShift(today: string, now: string): { date: string; shift: Shift } {
  const over = [addDays(today, -1), today]
    .flatMap((date) => (['day', 'evening'] as Shift[]).map((shift) => ({ date, shift })))
    .filter((s) => shiftWindow(s.date, s.shift).to <= now);
  return over[over.length - 1]!;
}
