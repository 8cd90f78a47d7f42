import { defineArea, method } from '../api/define.ts';
import { formatDateTime } from '../shared/dates.ts';
import { listDeadlines } from './list.ts';
import { DEADLINE_SOURCES } from './registry.ts';
import { complianceViolations } from './sources/violations.ts';
import { checkHome } from '../policy/check.ts';

const SOURCES = [...DEADLINE_SOURCES, complianceViolations((db, today) => checkHome(db, today).findings)];
import { deadlineListInput } from './schema.ts';

export const deadlinesArea = defineArea('deadlines', {
  /** 待办期限: what the signed-in post must do by when, most urgent first (the 总览's list). */
  'deadlines.list': method({
    kind: 'read',
    access: 'signedIn',
    input: deadlineListInput,
    // signedIn: the dispatcher has checked there is a session.
    handler: (ctx, input) => listDeadlines(ctx.db, SOURCES, ctx.session!.role, ctx.today, input.days, formatDateTime(ctx.now.toISOString())),
  }),
});
