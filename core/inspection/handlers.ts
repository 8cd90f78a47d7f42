import { defineArea, method } from '../api/define.ts';
import { emptyInput } from '../shared/fields.ts';
import { INSPECTION_READERS } from './access.ts';
import type { ReadContext } from '../api/context.ts';
import { checkHome } from '../policy/check.ts';
import { momentOf, runInspection } from './run.ts';

/** The self-inspection as of the context's moment: the rule checker's findings composed with the record checks. */
export const inspect = (ctx: ReadContext) => runInspection(ctx.db, ctx.today, momentOf(ctx.now), checkHome(ctx.db, ctx.today));

export const inspectionArea = defineArea('inspection', {
  /**
   * 自查: every rule of the region profile and every record the inspection checklist asks for, with the evidence
   * behind each finding, what to fix and where (core/inspection/run.ts). A read across many areas: in the worker.
   */
  'inspection.run': method({
    kind: 'read',
    heavy: true,
    access: INSPECTION_READERS,
    input: emptyInput,
    handler: (ctx) => inspect(ctx),
  }),
});
