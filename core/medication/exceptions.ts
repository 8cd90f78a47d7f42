import type { Db } from '../../db/open.ts';
import { floorShift, floors } from './dueList.ts';
import { isLate, minutesLate, shiftWindow } from './slots.ts';
import type { DoseException, ExceptionKind, Shift } from './schema.ts';

/**
 * 交班漏给/迟给报告: a shift's doses that were not given as due — missed, refused, held, given late, or not
 * recorded at all once the shift is over — for the nurse taking over.
 */
export function shiftExceptions(db: Db, date: string, shift: Shift, floor: number | null, nowMoment: string) {
  const { to } = shiftWindow(date, shift);
  const over = nowMoment >= to;
  const rows: DoseException[] = [];
  let due = 0;
  for (const f of floor === null ? floors(db) : [floor]) {
    for (const r of floorShift(db, f, date, shift).residents) {
      for (const d of r.doses) {
        due += 1;
        const kind: ExceptionKind | null =
          d.status === null ? (over ? 'unrecorded' : null) : d.status !== 'given' ? d.status : isLate(d.dueTime, d.givenTime) ? 'late' : null;
        if (kind === null) continue;
        rows.push({
          floor: f,
          bedLabel: r.bedLabel,
          residentName: r.name,
          drugName: d.drugName,
          dose: d.dose,
          route: d.route,
          dueDate: d.dueDate,
          dueTime: d.dueTime,
          kind,
          givenTime: d.givenTime,
          minutesLate: kind === 'late' ? minutesLate(d.dueTime, d.givenTime!) : null,
          reason: d.reason,
          recordedBy: d.recordedBy,
        });
      }
    }
  }
  return { date, shift, floor, over, due, rows };
}
