import dayjs from 'dayjs';
import type { Db } from '../../db/open.ts';
import type { Role } from '../shared/roles.ts';
import type { DeadlineSource } from './define.ts';
import type { DeadlineRow, Urgency } from './schema.ts';

const URGENCY_ORDER: Record<Urgency, number> = { overdue: 0, today: 1, week: 2, later: 3 };

function urgencyOf(daysLeft: number): Urgency {
  if (daysLeft < 0) return 'overdue';
  if (daysLeft === 0) return 'today';
  return daysLeft <= 7 ? 'week' : 'later';
}

/** Whole days since 1970-01-01 of an ISO date: a list of thousands of rows counts days without a date library. */
const dayNumber = (iso: string) => Date.UTC(Number(iso.slice(0, 4)), Number(iso.slice(5, 7)) - 1, Number(iso.slice(8, 10))) / 86_400_000;

/**
 * Every deadline the post sees, due by `days` from today or overdue: most urgent first, then by date. `now` (local
 * 'YYYY-MM-DD HH:MM') defaults to the day's first minute, when no shift of the day is over yet.
 */
export function listDeadlines(db: Db, sources: readonly DeadlineSource[], role: Role, today: string, days: number, now = `${today} 00:00`): DeadlineRow[] {
  const horizon = dayjs(today).add(days, 'day').format('YYYY-MM-DD');
  const todayNumber = dayNumber(today);
  const rows: DeadlineRow[] = [];
  for (const source of sources) {
    if (!source.roles.includes(role)) continue;
    for (const { id, ...d } of source.read(db, today, horizon, now)) {
      if (d.due > horizon) continue;
      const daysLeft = dayNumber(d.due) - todayNumber;
      rows.push({ ...d, key: `${source.key}:${id}`, urgency: urgencyOf(daysLeft), daysLeft });
    }
  }
  return rows.sort((a, b) => URGENCY_ORDER[a.urgency] - URGENCY_ORDER[b.urgency] || a.due.localeCompare(b.due) || a.key.localeCompare(b.key));
}
