import type { DeadlineRow, Urgency } from '../../../core/deadlines/schema.ts';

export const URGENCY_COLOR: Record<Urgency, string> = { overdue: 'red', today: 'volcano', week: 'gold', later: 'blue' };

/** When a deadline falls, in words: 逾期 3 天（2026-11-20）, 今天, 5 天后. */
export function whenText(d: Pick<DeadlineRow, 'daysLeft' | 'due'>): string {
  if (d.daysLeft < 0) return `逾期 ${-d.daysLeft} 天（${d.due}）`;
  if (d.daysLeft === 0) return `今天（${d.due}）`;
  return `${d.daysLeft} 天后（${d.due}）`;
}
