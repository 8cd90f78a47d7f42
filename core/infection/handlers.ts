import { defineArea, method } from '../api/define.ts';
import { emptyInput } from '../shared/fields.ts';
import { monthRange } from '../shared/dayMath.ts';
import { CASE_WRITERS, INFECTION_READERS, INFECTION_RECORDERS } from './access.ts';
import { caseInput, closeCaseInput, disinfectionInput, handOverInput, monthInput, wasteInput } from './schema.ts';
import { disinfectionsBetween, listCases, wasteBetween } from './queries.ts';
import { closeCase, handOver, recordDisinfection, recordWaste, saveCase } from './registers.ts';

/** The registers are facts of the rule checker (medicalWasteStorage, infectionControlSeparation). */
const CHANGES = ['infection', 'policy'];

export const infectionArea = defineArea('infection', {
  'infection.disinfections': method({
    kind: 'read',
    access: INFECTION_READERS,
    input: monthInput,
    handler: (ctx, input) => {
      const { from, to } = monthRange(input.month);
      return disinfectionsBetween(ctx.db, from, to);
    },
  }),
  'infection.recordDisinfection': method({ kind: 'write', access: INFECTION_RECORDERS, input: disinfectionInput, changes: CHANGES, handler: recordDisinfection }),
  'infection.cases': method({ kind: 'read', access: INFECTION_READERS, input: emptyInput, handler: (ctx) => listCases(ctx.db, ctx.today) }),
  'infection.saveCase': method({ kind: 'write', access: CASE_WRITERS, input: caseInput, changes: CHANGES, handler: saveCase }),
  'infection.closeCase': method({ kind: 'write', access: CASE_WRITERS, input: closeCaseInput, changes: CHANGES, handler: closeCase }),
  'infection.waste': method({
    kind: 'read',
    access: INFECTION_READERS,
    input: monthInput,
    handler: (ctx, input) => {
      const { from, to } = monthRange(input.month);
      return wasteBetween(ctx.db, from, to, ctx.today);
    },
  }),
  'infection.recordWaste': method({ kind: 'write', access: INFECTION_RECORDERS, input: wasteInput, changes: CHANGES, handler: recordWaste }),
  'infection.handOver': method({ kind: 'write', access: INFECTION_RECORDERS, input: handOverInput, changes: CHANGES, handler: handOver }),
});
