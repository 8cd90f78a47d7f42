import type { Db } from '../../db/open.ts';
import { monthRange } from '../shared/dayMath.ts';
import { requireResident } from '../residents/queries.ts';
import { bedLabel } from '../beds/schema.ts';
import { administrationsOf, ordersOfResident, stayOf } from './queries.ts';
import { isDue, isLate } from './slots.ts';
import { FREQUENCIES, type AdminStatus } from './schema.ts';

/** One cell of the grid: '' not due (or not yet); '—' due and nothing recorded; else the mark (✓ 给, 迟 late, 拒 / 停 / 漏). */
export type MarMark = '' | '—' | '✓' | '迟' | '拒' | '停' | '漏';
const MARK: Record<AdminStatus, MarMark> = { given: '✓', refused: '拒', held: '停', missed: '漏' };

export interface MarLine {
  orderId: number;
  drugName: string;
  spec: string;
  dose: string;
  route: string;
  frequency: string;
  longTerm: boolean;
  startAt: string;
  stopAt: string | null;
  prescriber: string;
  time: string;
  /** One mark per day of the month. */
  marks: MarMark[];
}

export interface MarNote {
  date: string;
  time: string;
  drugName: string;
  mark: MarMark;
  text: string;
}

export interface Mar {
  resident: { id: number; name: string; bedLabel: string; admissionDate: string; leftOn: string | null };
  month: string;
  days: number;
  lines: MarLine[];
  notes: MarNote[];
  totals: { due: number; given: number; late: number; refused: number; held: number; missed: number; unrecorded: number };
}

/**
 * 给药记录单 (MAR) of one resident for a month: a line per order and time of day, a column per day, the grid
 * nurses know from paper; doses not given or given late are explained under it.
 */
export function monthMar(db: Db, residentId: number, month: string, now: string): Mar {
  const r = requireResident(db, residentId);
  const { from, to, days } = monthRange(month);
  const orders = ordersOfResident(db, residentId, `${from} 00:00`, `${to} 24:00`);
  const lines: MarLine[] = [];
  const notes: MarNote[] = [];
  const totals = { due: 0, given: 0, late: 0, refused: 0, held: 0, missed: 0, unrecorded: 0 };
  for (const o of orders) {
    const recorded = new Map(administrationsOf(db, o.id, from, to).map((a) => [`${a.due_date} ${a.due_time}`, a]));
    const times = o.times.split(',');
    const order = { times, longTerm: o.long_term === 1, startAt: o.start_at, stopAt: o.stop_at };
    for (const time of times) {
      const marks: MarMark[] = [];
      for (let d = 1; d <= days; d++) {
        const date = `${month}-${String(d).padStart(2, '0')}`;
        // Not yet due (later today, or a day to come) is left blank like a day the order does not run.
        if (`${date} ${time}` > now || !isDue(order, stayOf(o), { dueDate: date, dueTime: time })) {
          marks.push('');
          continue;
        }
        totals.due += 1;
        const a = recorded.get(`${date} ${time}`);
        if (!a) {
          totals.unrecorded += 1;
          marks.push('—');
          continue;
        }
        const late = a.status === 'given' && isLate(time, a.given_time);
        const mark = late ? '迟' : MARK[a.status];
        totals[a.status] += 1;
        if (late) totals.late += 1;
        marks.push(mark);
        if (a.status !== 'given' || late) {
          notes.push({ date, time, drugName: o.drug_name, mark, text: late ? `${a.given_time} 给药（${a.recorder_name}）` : `${a.reason ?? ''}（${a.recorder_name}）` });
        }
      }
      lines.push({
        orderId: o.id,
        drugName: o.drug_name,
        spec: o.spec,
        dose: o.dose,
        route: o.route,
        frequency: FREQUENCIES[o.frequency].label,
        longTerm: o.long_term === 1,
        startAt: o.start_at,
        stopAt: o.stop_at,
        prescriber: o.prescriber,
        time,
        marks,
      });
    }
  }
  notes.sort((a, b) => `${a.date}${a.time}`.localeCompare(`${b.date}${b.time}`));
  return {
    resident: { id: r.id, name: r.name, bedLabel: bedLabel(r.room, r.bed_no), admissionDate: r.admission_date, leftOn: r.left_on },
    month,
    days,
    lines,
    notes,
    totals,
  };
}
