import { defineArea, method } from '../api/define.ts';
import { emptyInput } from '../shared/fields.ts';
import { notFound } from '../shared/errors.ts';
import { DOSE_RECORDERS, MAR_READERS, ORDER_READERS, ORDER_WRITERS } from './access.ts';
import { dueListInput, exceptionsInput, marInput, orderInput, ordersListInput, recordShiftInput, stopOrderInput, DRUG_CATALOGUE, DRUG_CATALOGUE_NOTE } from './schema.ts';
import { findOrder, toOrderRow } from './queries.ts';
import { listOrders, prescribe, stopOrder } from './orders.ts';
import { dueList, floors } from './dueList.ts';
import { recordShift } from './recordShift.ts';
import { shiftExceptions } from './exceptions.ts';
import { monthMar } from './mar.ts';
import { ALLERGIES_RECORDED } from './allergies.ts';
import { z, entityId } from '../shared/fields.ts';
import { momentOf as nowMoment } from './slots.ts';

const idInput = z.object({ id: entityId('医嘱') }).strict();


export const medicationArea = defineArea('medication', {
  'medication.orders': method({
    kind: 'read',
    access: ORDER_READERS,
    input: ordersListInput,
    handler: (ctx, input) => listOrders(ctx.db, input, nowMoment(ctx.now)),
  }),
  'medication.order': method({
    kind: 'read',
    access: ORDER_READERS,
    input: idInput,
    handler: (ctx, input) => {
      const o = findOrder(ctx.db, input.id);
      if (!o) throw notFound('这条医嘱');
      return toOrderRow(o);
    },
  }),
  /** What the screens offer: the drug catalogue, the floors, and whether allergies are recorded yet. */
  'medication.options': method({
    kind: 'read',
    access: ORDER_READERS,
    input: emptyInput,
    handler: (ctx) => ({ drugs: DRUG_CATALOGUE, catalogueNote: DRUG_CATALOGUE_NOTE, floors: floors(ctx.db), allergiesRecorded: ALLERGIES_RECORDED, now: nowMoment(ctx.now) }),
  }),
  'medication.prescribe': method({ kind: 'write', access: ORDER_WRITERS, input: orderInput, handler: prescribe }),
  'medication.stop': method({ kind: 'write', access: ORDER_WRITERS, input: stopOrderInput, handler: stopOrder }),
  /** 本班给药单: read often during a round, small (one floor, one shift). */
  'medication.due': method({ kind: 'read', access: ORDER_READERS, input: dueListInput, handler: (ctx, input) => dueList(ctx.db, input.floor, input.date, input.shift) }),
  'medication.recordShift': method({ kind: 'write', access: DOSE_RECORDERS, input: recordShiftInput, handler: recordShift }),
  'medication.exceptions': method({
    kind: 'read',
    access: MAR_READERS,
    input: exceptionsInput,
    handler: (ctx, input) => shiftExceptions(ctx.db, input.date, input.shift, input.floor, nowMoment(ctx.now)),
  }),
  'medication.mar': method({
    kind: 'read',
    heavy: true,
    access: MAR_READERS,
    input: marInput,
    handler: (ctx, input) => monthMar(ctx.db, input.residentId, input.month ?? ctx.today.slice(0, 7), nowMoment(ctx.now)),
  }),
});
