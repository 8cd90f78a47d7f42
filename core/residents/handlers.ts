import { method } from '../api/define.ts';
import type { Context } from '../api/context.ts';
import { emptyInput } from '../shared/fields.ts';
import { maskIdNumber } from '../shared/idcard.ts';
import { ROSTER_EDITORS, ROSTER_FULL_VIEW, DIRECTOR_ONLY } from '../auth/roles.ts';
import {
  admitInput,
  leaveInput,
  listInput,
  moveBedInput,
  removeInput,
  residentIdInput,
  rosterFilter,
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
import { rosterWorkbook } from './exportXlsx.ts';
import { requireInstitution } from '../institution/service.ts';
import { describeFilter } from './describeFilter.ts';

/** Caregivers see who is where, not whole 身份证 numbers (domain.md: they never see beyond what they need). */
function forViewer<T extends Pick<ResidentRow, 'idNumber'>>(ctx: Context, row: T): T {
  return ctx.session && ROSTER_FULL_VIEW.includes(ctx.session.role) ? row : { ...row, idNumber: maskIdNumber(row.idNumber) };
}

export const residentMethods = {
  'residents.list': method({
    kind: 'read',
    access: 'signedIn',
    input: listInput,
    handler: (ctx, input) => {
      const page = listResidents(ctx.db, input, ctx.today);
      return { ...page, rows: page.rows.map((r) => forViewer(ctx, r)) };
    },
  }),
  'residents.get': method({
    kind: 'read',
    access: 'signedIn',
    input: residentIdInput,
    handler: (ctx, input) => forViewer(ctx, residentDetail(ctx.db, input.id, ctx.today)),
  }),
  'residents.stats': method({
    kind: 'read',
    access: 'signedIn',
    input: emptyInput,
    handler: (ctx) => residentStats(ctx.db, ctx.today),
  }),
  'residents.admit': method({ kind: 'write', access: ROSTER_EDITORS, input: admitInput, handler: admitResident }),
  'residents.update': method({ kind: 'write', access: ROSTER_EDITORS, input: updateInput, handler: updateResident }),
  'residents.moveBed': method({ kind: 'write', access: ROSTER_EDITORS, input: moveBedInput, handler: moveResidentBed }),
  'residents.leave': method({ kind: 'write', access: ROSTER_EDITORS, input: leaveInput, handler: recordLeave }),
  'residents.undoLeave': method({ kind: 'write', access: ROSTER_EDITORS, input: residentIdInput, handler: undoLeave }),
  'residents.remove': method({ kind: 'write', access: DIRECTOR_ONLY, input: removeInput, handler: removeResident }),
  'residents.restore': method({ kind: 'write', access: DIRECTOR_ONLY, input: residentIdInput, handler: restoreResident }),
  /** The roster as .xlsx; exporting personal data is itself recorded in the audit log. */
  'residents.exportXlsx': method({
    kind: 'task',
    access: ROSTER_FULL_VIEW,
    input: rosterFilter,
    handler: async (ctx, filter) => {
      const institution = requireInstitution(ctx.db);
      const file = await rosterWorkbook(ctx.db, filter, ctx.today, ctx.now, institution.name);
      ctx.audit({
        entity: 'filing',
        entityId: null,
        summary: `导出住养老人名册 Excel（${describeFilter(filter)}，共 ${file.rows} 人）`,
        after: { filter },
      });
      return file;
    },
  }),
};
