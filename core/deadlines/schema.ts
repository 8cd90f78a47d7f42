import { z, intInRange } from '../shared/fields.ts';
import type { Deadline } from './define.ts';

export const URGENCIES = { overdue: '已逾期', today: '今天到期', week: '7 天内', later: '稍后' } as const;
export type Urgency = keyof typeof URGENCIES;

export const deadlineListInput = z
  .object({
    /** How far ahead to look, in days (the 总览 shows a month). */
    days: intInRange('查看天数', 1, 366).default(30),
  })
  .strict();

export interface DeadlineRow extends Deadline {
  urgency: Urgency;
  /** Days until due; negative when overdue. */
  daysLeft: number;
}
