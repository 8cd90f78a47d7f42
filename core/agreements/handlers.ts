import { defineArea, method } from '../api/define.ts';
import { AGREEMENT_EDITORS, AGREEMENT_READERS, VISIT_DELETERS, VISIT_RECORDERS } from './access.ts';
import {
  agreementIdInput,
  closeHomeBedInput,
  createAgreementInput,
  openHomeBedInput,
  fulfilmentInput,
  recordVisitInput,
  removeAgreementInput,
  removeVisitInput,
  updateAgreementInput,
  visitIdInput,
  visitListInput,
} from './schema.ts';
import { z } from '../shared/fields.ts';
import { createAgreement } from './create.ts';
import { updateAgreement } from './update.ts';
import { removeAgreement, restoreAgreement } from './remove.ts';
import { agreementDetail } from './detail.ts';
import { allAgreements, requireVisit, staffSeen } from './queries.ts';
import { readFulfilment } from './readFulfilment.ts';
import { recordVisit } from './recordVisit.ts';
import { removeVisit } from './removeVisit.ts';
import { listVisits } from './listVisits.ts';
import { emptyInput } from '../shared/fields.ts';
import { closeHomeBed, listHomeBeds, openHomeBed } from './homeBeds.ts';

export const agreementsArea = defineArea('agreements', {
  'agreements.list': method({
    kind: 'read',
    access: AGREEMENT_READERS,
    input: z.object({ deleted: z.boolean().default(false) }).strict().optional().default({ deleted: false }),
    handler: (ctx, input) => allAgreements(ctx.db, ctx.today, input.deleted),
  }),
  'agreements.get': method({ kind: 'read', access: AGREEMENT_READERS, input: agreementIdInput, handler: (ctx, input) => agreementDetail(ctx.db, input.id, ctx.today) }),
  'agreements.create': method({ kind: 'write', access: AGREEMENT_EDITORS, input: createAgreementInput, handler: createAgreement, changes: ['agreements', 'deadlines'] }),
  'agreements.update': method({ kind: 'write', access: AGREEMENT_EDITORS, input: updateAgreementInput, handler: updateAgreement, changes: ['agreements', 'deadlines'] }),
  'agreements.remove': method({ kind: 'write', access: AGREEMENT_EDITORS, input: removeAgreementInput, handler: removeAgreement, changes: ['agreements', 'deadlines'] }),
  'agreements.restore': method({ kind: 'write', access: AGREEMENT_EDITORS, input: agreementIdInput, handler: restoreAgreement, changes: ['agreements', 'deadlines'] }),
  /** 服务到位: agreed against delivered per service and period, with the gaps and the profile's minimum. */
  'agreements.fulfilment': method({ kind: 'read', heavy: true, access: AGREEMENT_READERS, input: fulfilmentInput, handler: (ctx, input) => readFulfilment(ctx.db, ctx.today, input) }),
  'agreements.visits': method({ kind: 'read', access: AGREEMENT_READERS, input: visitListInput, handler: (ctx, input) => listVisits(ctx.db, input) }),
  'agreements.visit': method({ kind: 'read', access: AGREEMENT_READERS, input: visitIdInput, handler: (ctx, input) => requireVisit(ctx.db, input.id) }),
  /** The centre's staff who came before, for quick choice on the visit form. */
  'agreements.staffSeen': method({ kind: 'read', access: AGREEMENT_READERS, input: emptyInput, handler: (ctx) => staffSeen(ctx.db) }),
  'agreements.recordVisit': method({ kind: 'write', access: VISIT_RECORDERS, input: recordVisitInput, handler: recordVisit, changes: ['agreements', 'deadlines'] }),
  'agreements.removeVisit': method({ kind: 'write', access: VISIT_DELETERS, input: removeVisitInput, handler: removeVisit, changes: ['agreements', 'deadlines'] }),
  /** 家庭病床 with visits against the region's weekly frequency (南京 000 三（二）). */
  'agreements.homeBeds': method({ kind: 'read', access: AGREEMENT_READERS, input: emptyInput, handler: (ctx) => listHomeBeds(ctx.db, ctx.today) }),
  'agreements.openHomeBed': method({ kind: 'write', access: VISIT_RECORDERS, input: openHomeBedInput, handler: openHomeBed }),
  'agreements.closeHomeBed': method({ kind: 'write', access: VISIT_RECORDERS, input: closeHomeBedInput, handler: closeHomeBed }),
});
