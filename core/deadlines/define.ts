import type { Db } from '../../db/open.ts';
import type { Role } from '../shared/roles.ts';

/**
 * One dated obligation the home must not miss: a family not yet told, a licence expiring, an assessment due.
 * Sources say what is due and when; the list (list.ts) sorts everything by urgency, so a new kind of deadline
 * is one source file and one line in the registry (docs/architecture.md, “Add a deadline”).
 */
export interface Deadline {
  /** The source's key and the record's id, unique across the list. */
  key: string;
  /** What kind of obligation, e.g. “通知家属”. */
  kind: string;
  /** The day it is due (YYYY-MM-DD). */
  due: string;
  /** Whom or what it concerns, e.g. “319-2 床 江金宝 跌倒”. */
  title: string;
  /** What to do, in words. */
  todo: string;
  /** The screen to do it on, e.g. '/incidents?id=3'. */
  link: string;
}

export interface DeadlineSource {
  key: string;
  /** Posts that see this source's deadlines (others see none of it on their 总览). */
  roles: readonly Role[];
  /**
   * Everything due by `horizon` (a date) or already overdue; `id` makes each row's key with the source's. `now` is the
   * local minute ('YYYY-MM-DD HH:MM') for sources that go by the hour (a shift's doses are due once the shift is over).
   */
  read(db: Db, today: string, horizon: string, now: string): (Omit<Deadline, 'key'> & { id: number | string })[];
}

/** Typed identity: a source file reads `export const x = defineDeadlineSource({...})`. */
export const defineDeadlineSource = (source: DeadlineSource): DeadlineSource => source;
