import type { Authority } from '../../../core/policy/schema.ts';
import type { InspectionItem, InspectionStatus } from '../../../core/inspection/schema.ts';

/** The conclusions that ask for work, in the order the page offers them. */
export const PROBLEM_STATUSES = ['fail', 'attention', 'unknown'] as const satisfies readonly InspectionStatus[];

export const INSPECTION_COLOR: Record<InspectionStatus, string> = {
  fail: 'red',
  attention: 'orange',
  unknown: 'gold',
  pass: 'green',
  na: 'default',
};

/** Whether an item passes the page's filters: its conclusion, its reviewer, and words anywhere in it (a name, a bed). */
export function matches(item: InspectionItem, f: { status: 'problems' | 'all' | InspectionStatus; authority: Authority | null; text: string }): boolean {
  if (f.status === 'problems' && !(PROBLEM_STATUSES as readonly string[]).includes(item.status)) return false;
  if (f.status !== 'problems' && f.status !== 'all' && item.status !== f.status) return false;
  if (f.authority !== null && item.authority !== f.authority) return false;
  const q = f.text.trim();
  if (q === '') return true;
  return [item.label, item.summary, item.fix, item.basis, ...item.evidence.map((e) => e.text)].some((s) => s.includes(q));
}
