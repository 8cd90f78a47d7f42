import { defineArea, method, type Context } from '../api/define.ts';
import { emptyInput } from '../shared/fields.ts';
import { maskIdNumber } from '../shared/idcard.ts';
import { ROSTER_DELETERS, ROSTER_EDITORS, ROSTER_FULL_VIEW } from './access.ts';
import {
  admitInput,
  leaveInput,
  listInput,
  moveBedInput,
  removeInput,
  residentIdInput,
  undoLeaveInput,
  updateInput,
  type ResidentRow,
} from './schema.ts';
import { listResidents } from './list.ts';
import { residentDetail } from './detail.ts';
import { admitResident } from './admit.ts';
import { updateResident } from './update.ts';
import { moveResidentBed } from './moveBed.ts';
import { recordLeave, undoLeave } from './leave.ts';
import { removeResident, restoreResident } from './remove.ts';
import { residentStats } from './stats.ts';
import { syncCareLevel } from './careLevel.ts';
import { auditSnapshot } from './queries.ts';
import { recordExternalAssessment } from '../assessments/external.ts';
import { AppError } from '../shared/errors.ts';
import { healthTags } from '../records/queries.ts';
import type { WriteContext } from '../api/context.ts';
import type { AdmitInput } from './schema.ts';

const fullView = (ctx: Context) => ctx.session !== null && ROSTER_FULL_VIEW.includes(ctx.session.role);

/**
 * Caregivers see who is where and how old, not 身份证 numbers or birth dates (docs/domain.md: they never see
 * beyond what they need): with the birth date beside a masked number, the number could be rebuilt.
 */
function forViewer<T extends Pick<ResidentRow, 'idNumber' | 'birthDate'>>(ctx: Context, row: T): T {
  return fullView(ctx) ? row : { ...row, idNumber: maskIdNumber(row.idNumber), birthDate: null };
}

/** Every roster change moves someone into or out of a bed: the bed map and its floors change with it. */
const ROSTER_CHANGES = ['residents', 'beds'];

/**
 * 办理入住, with the result of an assessment made elsewhere when the admission brings one (外部评估, core/assessments):
 * both in the one transaction, and the resident's level set from it. A refusal of the assessment names its field
 * inside the admission form (externalAssessment.assessedOn).
 */
function admitWithAssessment(ctx: WriteContext, input: AdmitInput) {
  const admitted = admitResident(ctx, input);
  if (!input.externalAssessment) return admitted;
  try {
    recordExternalAssessment(ctx, { residentId: admitted.id, ...input.externalAssessment, notes: '入住时录入', lateReason: '' });
  } catch (error) {
    if (error instanceof AppError && error.field) throw new AppError(error.code, error.message, `externalAssessment.${error.field}`);
    throw error;
  }
  syncCareLevel(ctx, admitted.id);
  return auditSnapshot(ctx.db, admitted.id, ctx.today)!;
}

export const residentsArea = defineArea('residents', {
  'residents.list': method({
    kind: 'read',
    access: 'signedIn',
    input: listInput,
    handler: (ctx, input) => {
      const page = listResidents(ctx.db, input, ctx.today, { byIdNumber: fullView(ctx) });
      const tags = healthTags(ctx.db, page.rows.map((r) => r.id));
      return { ...page, rows: page.rows.map((r) => ({ ...forViewer(ctx, r), tags: tags(r.id) })) };
    },
  }),
  'residents.get': method({
    kind: 'read',
    access: 'signedIn',
    input: residentIdInput,
    handler: (ctx, input) => ({ ...forViewer(ctx, residentDetail(ctx.db, input.id, ctx.today)), tags: healthTags(ctx.db, [input.id])(input.id) }),
  }),
  'residents.stats': method({
    kind: 'read',
    access: 'signedIn',
    input: emptyInput,
    handler: (ctx) => residentStats(ctx.db, ctx.today),
  }),
  'residents.admit': method({ kind: 'write', access: ROSTER_EDITORS, input: admitInput, changes: [...ROSTER_CHANGES, 'assessments'], handler: admitWithAssessment }),
  'residents.update': method({ kind: 'write', access: ROSTER_EDITORS, input: updateInput, changes: ROSTER_CHANGES, handler: updateResident }),
  'residents.moveBed': method({ kind: 'write', access: ROSTER_EDITORS, input: moveBedInput, changes: ROSTER_CHANGES, handler: moveResidentBed }),
  'residents.leave': method({ kind: 'write', access: ROSTER_EDITORS, input: leaveInput, changes: ROSTER_CHANGES, handler: recordLeave }),
  'residents.undoLeave': method({ kind: 'write', access: ROSTER_EDITORS, input: undoLeaveInput, changes: ROSTER_CHANGES, handler: undoLeave }),
  'residents.remove': method({ kind: 'write', access: ROSTER_DELETERS, input: removeInput, changes: ROSTER_CHANGES, handler: removeResident }),
  'residents.restore': method({ kind: 'write', access: ROSTER_DELETERS, input: residentIdInput, changes: ROSTER_CHANGES, handler: restoreResident }),
});
