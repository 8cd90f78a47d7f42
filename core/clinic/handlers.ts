import { defineArea, method } from '../api/define.ts';
import { emptyInput } from '../shared/fields.ts';
import { listUsers } from '../users/queries.ts';
import { CLINIC_DELETERS, CLINIC_EDITORS, CLINIC_READERS } from './access.ts';
import { activeStaff, clinicAgreements, clinicProfile, clinicRooms, licenceAlerts } from './queries.ts';
import { agreementInput, clinicProfileInput, idInput, removeInput, roomInput, staffInput, staffLeaveInput, staffListInput } from './schema.ts';
import { saveClinicProfile } from './profile.ts';
import { removeRoom, restoreRoom, saveRoom } from './rooms.ts';
import { removeAgreement, restoreAgreement, saveAgreement } from './agreements.ts';
import { removeStaff, restoreStaff, saveStaff, staffLeave, staffReturn } from './staff.ts';
import { listStaff } from './staffList.ts';
import { staffDetail } from './detail.ts';

/** The rule checker reads the clinic: every change here may turn a finding. */
const CLINIC_CHANGES = ['clinic', 'policy'];

export const clinicArea = defineArea('clinic', {
  /** 医务室信息 with its rooms and agreements (those deleted too, for restoring). */
  'clinic.get': method({
    kind: 'read',
    access: CLINIC_READERS,
    input: emptyInput,
    handler: (ctx) => ({
      profile: clinicProfile(ctx.db),
      rooms: clinicRooms(ctx.db, { includeRemoved: true }),
      agreements: clinicAgreements(ctx.db, { includeRemoved: true }),
    }),
  }),
  'clinic.saveProfile': method({ kind: 'write', access: CLINIC_EDITORS, input: clinicProfileInput, changes: CLINIC_CHANGES, handler: saveClinicProfile }),
  'clinic.saveRoom': method({ kind: 'write', access: CLINIC_EDITORS, input: roomInput, changes: CLINIC_CHANGES, handler: saveRoom }),
  'clinic.removeRoom': method({ kind: 'write', access: CLINIC_DELETERS, input: removeInput, changes: CLINIC_CHANGES, handler: removeRoom }),
  'clinic.restoreRoom': method({ kind: 'write', access: CLINIC_DELETERS, input: idInput, changes: CLINIC_CHANGES, handler: restoreRoom }),
  'clinic.saveAgreement': method({ kind: 'write', access: CLINIC_EDITORS, input: agreementInput, changes: CLINIC_CHANGES, handler: saveAgreement }),
  'clinic.removeAgreement': method({ kind: 'write', access: CLINIC_DELETERS, input: removeInput, changes: CLINIC_CHANGES, handler: removeAgreement }),
  'clinic.restoreAgreement': method({ kind: 'write', access: CLINIC_DELETERS, input: idInput, changes: CLINIC_CHANGES, handler: restoreAgreement }),

  /** 人员与执照. */
  'clinic.staffList': method({ kind: 'read', access: CLINIC_READERS, input: staffListInput, handler: (ctx, input) => listStaff(ctx.db, input, ctx.today) }),
  'clinic.staffGet': method({ kind: 'read', access: CLINIC_READERS, input: idInput, handler: (ctx, input) => staffDetail(ctx.db, input.id, ctx.today) }),
  /** Working staff, for choosing a prescriber or who did something. */
  'clinic.activeStaff': method({ kind: 'read', access: 'signedIn', input: emptyInput, handler: (ctx) => activeStaff(ctx.db, ctx.today) }),
  /** Licences expired or expiring within 60 days (the dashboard's reminders). */
  'clinic.licenceAlerts': method({ kind: 'read', access: CLINIC_READERS, input: emptyInput, handler: (ctx) => licenceAlerts(ctx.db, ctx.today) }),
  /** Accounts a staff record may be linked to: those in use. */
  'clinic.linkableUsers': method({
    kind: 'read',
    access: CLINIC_EDITORS,
    input: emptyInput,
    handler: (ctx) => listUsers(ctx.db).filter((u) => u.active).map((u) => ({ id: u.id, displayName: u.displayName, role: u.role })),
  }),
  'clinic.saveStaff': method({ kind: 'write', access: CLINIC_EDITORS, input: staffInput, changes: CLINIC_CHANGES, handler: saveStaff }),
  'clinic.staffLeave': method({ kind: 'write', access: CLINIC_EDITORS, input: staffLeaveInput, changes: CLINIC_CHANGES, handler: staffLeave }),
  'clinic.staffReturn': method({ kind: 'write', access: CLINIC_EDITORS, input: idInput, changes: CLINIC_CHANGES, handler: staffReturn }),
  'clinic.removeStaff': method({ kind: 'write', access: CLINIC_DELETERS, input: removeInput, changes: CLINIC_CHANGES, handler: removeStaff }),
  'clinic.restoreStaff': method({ kind: 'write', access: CLINIC_DELETERS, input: idInput, changes: CLINIC_CHANGES, handler: restoreStaff }),
});
