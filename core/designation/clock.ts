import { addDays, addMonths, daysBetween } from '../shared/dayMath.ts';
import { addWorkingDays, workingDaysBetween } from './workingDays.ts';
import type { SupplementRow } from './schema.ts';

export interface EvaluationLimit {
  unit: 'months' | 'naturalDays' | 'workingDays';
  amount: number;
}

export interface EvaluationClock {
  /** The day the evaluation must be finished by, with the paused time added. */
  due: string;
  /** Days the clock stood still for supplements (natural days, or working days for a working-day limit). */
  pausedDays: number;
  /** An open supplement request: the clock is stopped today. */
  paused: boolean;
  /** Natural days from today to `due` (negative once overdue); null while paused. */
  daysLeft: number | null;
  warning: string | null;
}

/**
 * The evaluation clock (第九条: at most the limit from acceptance; the time the applicant spends adding materials
 * is not counted). A supplement stops the clock from the day it was asked for until the day it was supplied
 * (that day the clock runs again); one still open stops it until today. The limit is added to the acceptance
 * day first (months with dayjs's month-end rule: accepted 11-30 + 3 months = 02-28/29), then the paused days.
 */
export function evaluationClock(acceptedOn: string, limit: EvaluationLimit, supplements: readonly SupplementRow[], today: string): EvaluationClock {
  let pausedDays = 0;
  let paused = false;
  let warning: string | null = null;
  for (const s of supplements) {
    const end = s.suppliedOn ?? today;
    if (s.suppliedOn === null) paused = true;
    if (end <= s.requestedOn) continue;
    if (limit.unit === 'workingDays') {
      const w = workingDaysBetween(s.requestedOn, end);
      pausedDays += w.days;
      warning ??= w.warning;
    } else pausedDays += daysBetween(s.requestedOn, end);
  }
  let due: string;
  if (limit.unit === 'months') due = addDays(addMonths(acceptedOn, limit.amount), pausedDays);
  else if (limit.unit === 'naturalDays') due = addDays(acceptedOn, limit.amount + pausedDays);
  else {
    const w = addWorkingDays(acceptedOn, limit.amount + pausedDays);
    due = w.date;
    warning ??= w.warning;
  }
  return { due, pausedDays, paused, daysLeft: paused ? null : daysBetween(today, due), warning };
}
