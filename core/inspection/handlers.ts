import { defineArea, method } from '../api/define.ts';
import { emptyInput } from '../shared/fields.ts';
import { INSPECTION_READERS } from './access.ts';
import { momentOf, runInspection } from './run.ts';

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
    handler: (ctx) => runInspection(ctx.db, ctx.today, momentOf(ctx.now)),
  }),
});
