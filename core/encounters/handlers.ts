import { defineArea, method } from '../api/define.ts';
import { emptyInput, z, entityId, requiredText } from '../shared/fields.ts';
import { notFound } from '../shared/errors.ts';
import { listUsers } from '../users/queries.ts';
import { ENCOUNTER_DELETERS, ENCOUNTER_READERS, ENCOUNTER_WRITERS, MONTHLY_READERS } from './access.ts';
import { encounterInput, encounterListInput, monthlyInput } from './schema.ts';
import { findEncounter, lastPrices } from './queries.ts';
import { listEncounters } from './list.ts';
import { saveEncounter } from './save.ts';
import { removeEncounter, restoreEncounter } from './remove.ts';
import { monthlyReport } from './report.ts';

const idInput = z.object({ id: entityId('诊疗记录') }).strict();
const removeInput = z.object({ id: entityId('诊疗记录'), reason: requiredText('删除原因', 200) }).strict();

/** An encounter's fees and rounds feed the rule checker (上门费, 输液室, the fee split). */
const CHANGES = ['encounters', 'policy'];

export const encountersArea = defineArea('encounters', {
  'encounters.list': method({ kind: 'read', access: ENCOUNTER_READERS, input: encounterListInput, handler: (ctx, input) => listEncounters(ctx.db, input) }),
  'encounters.get': method({
    kind: 'read',
    access: ENCOUNTER_READERS,
    input: idInput,
    handler: (ctx, input) => {
      const e = findEncounter(ctx.db, input.id);
      if (!e) throw notFound('这条诊疗记录');
      return e;
    },
  }),
  /** What the form offers: the home's last price of each fee item, and the doctors' accounts. */
  'encounters.formOptions': method({
    kind: 'read',
    access: ENCOUNTER_READERS,
    input: emptyInput,
    handler: (ctx) => ({
      lastPrices: lastPrices(ctx.db),
      doctors: listUsers(ctx.db).filter((u) => u.active && u.role === 'doctor').map((u) => ({ id: u.id, displayName: u.displayName })),
    }),
  }),
  'encounters.save': method({ kind: 'write', access: ENCOUNTER_WRITERS, input: encounterInput, changes: CHANGES, handler: saveEncounter }),
  'encounters.remove': method({ kind: 'write', access: ENCOUNTER_DELETERS, input: removeInput, changes: CHANGES, handler: removeEncounter }),
  'encounters.restore': method({ kind: 'write', access: ENCOUNTER_DELETERS, input: idInput, changes: CHANGES, handler: restoreEncounter }),
  /** 医务室月报 on screen (the same data as the clinic-monthly filing): a report, so it runs in the worker. */
  'encounters.monthly': method({
    kind: 'read',
    heavy: true,
    access: MONTHLY_READERS,
    input: monthlyInput,
    handler: (ctx, input) => monthlyReport(ctx.db, input.month ?? ctx.today.slice(0, 7)),
  }),
});
