import type { Role } from '../../shared/roles.ts';
import type { Finding } from '../../policy/schema.ts';
import type { Db } from '../../../db/open.ts';
import { defineDeadlineSource } from '../define.ts';

/** The director answers for compliance and the clinic's doctor fixes the clinic's part; the others only read the report. */
const VIOLATION_FIXERS: readonly Role[] = ['director', 'doctor'];

/**
 * 合规问题: each finding of the rule checker that is a violation today. The checker reads every area, so it is
 * handed in by the composition root (core/deadlines/handlers.ts) rather than imported: an area's published queries
 * importing the whole checker would tie every area into one import circle. A violation has no date of its own — it
 * is due now — so it is listed as due today, with the checker's own fix and the screen that fixes it.
 */
export const complianceViolations = (findings: (db: Db, today: string) => readonly Finding[]) =>
  defineDeadlineSource({
    key: 'violation',
    roles: VIOLATION_FIXERS,
    read: (db, today) =>
      findings(db, today)
        .filter((f) => f.status === 'violation')
        .map((f, i) => ({
          id: `${f.rule}:${i}`,
          kind: '合规问题',
          due: today,
          title: `${f.label}（${f.authority}）${f.unverified ? '【待核实】' : ''}`,
          todo: f.fix || f.looked,
          link: f.link ? f.link.replace(/^#/, '') : '/compliance',
        })),
  });
