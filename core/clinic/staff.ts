import type { WriteContext } from '../api/context.ts';
import { conflict, invalid, notFound } from '../shared/errors.ts';
import { stmt } from '../shared/statements.ts';
import { findUserById } from '../users/queries.ts';
import { findStaff, requireStaff, staffOfUser, staffWithLicence } from './queries.ts';
import { PROFESSIONS, type StaffInput } from './schema.ts';

const who = (s: { name: string; profession: keyof typeof PROFESSIONS }) => `${s.name}（${PROFESSIONS[s.profession]}）`;

function checkStaff(ctx: WriteContext, input: StaffInput, exceptId: number) {
  const { db, today } = ctx;
  for (const [field, label] of [['registeredOn', '首次执业注册日期'], ['issuedOn', '发证日期'], ['joinedOn', '到岗日期']] as const) {
    if (input[field] > today) throw invalid(`${label}不能晚于今天（${today}）`, field);
  }
  const holder = staffWithLicence(db, input.licenceNo, exceptId);
  if (holder) {
    const note = holder.leftOn ? `（${holder.leftOn} 已离职；如是同一人返岗，请在其记录中办理“返岗”）` : '';
    throw conflict(`执业证书编号 ${input.licenceNo} 已登记在 ${holder.name} 名下${note}，同一证书不能登记给两个人`, 'licenceNo');
  }
  if (input.userId !== null) {
    const user = findUserById(db, input.userId);
    if (!user || user.active !== 1) throw invalid('所选登录账号不存在或已停用，请重新选择', 'userId');
    const linked = staffOfUser(db, input.userId, today, exceptId);
    if (linked) throw conflict(`登录账号“${user.display_name}”已关联到医务人员 ${linked.name}，一个账号只能对应一个人`, 'userId');
  }
}

/** Adds a staff member with their licence (no id), or corrects one. */
export function saveStaff(ctx: WriteContext, input: StaffInput) {
  const { db, today } = ctx;
  const at = ctx.now.toISOString();
  const values = { ...input, primarySiteName: input.practiceSite === 'primary' ? '' : input.primarySiteName, at };
  const columns = `name = @name, profession = @profession, user_id = @userId, licence_no = @licenceNo, category = @category,
    scope = @scope, title = @title, practice_site = @practiceSite, primary_site_name = @primarySiteName,
    registered_on = @registeredOn, issued_on = @issuedOn, expires_on = @expiresOn, joined_on = @joinedOn, notes = @notes, updated_at = @at`;
  if (input.id === null) {
    checkStaff(ctx, input, 0);
    const { lastInsertRowid } = stmt(
      db,
      `INSERT INTO clinic_staff (name, profession, user_id, licence_no, category, scope, title, practice_site, primary_site_name,
         registered_on, issued_on, expires_on, joined_on, notes, created_at, updated_at)
       VALUES (@name, @profession, @userId, @licenceNo, @category, @scope, @title, @practiceSite, @primarySiteName,
         @registeredOn, @issuedOn, @expiresOn, @joinedOn, @notes, @at, @at)`,
    ).run(values);
    const after = findStaff(db, Number(lastInsertRowid), today)!;
    ctx.audit({ entity: 'clinicStaff', entityId: after.id, summary: `登记医务人员：${who(after)}，证书 ${after.licenceNo}`, after });
    return after;
  }
  const before = requireStaff(db, input.id, today);
  checkStaff(ctx, input, input.id);
  stmt(db, `UPDATE clinic_staff SET ${columns} WHERE id = @id`).run(values);
  const after = findStaff(db, input.id, today)!;
  ctx.audit({ entity: 'clinicStaff', entityId: after.id, summary: `修改医务人员：${who(after)}`, before, after });
  return after;
}

/** 离职: no longer counted for the clinic; the record and its licence stay for the filings that printed them. */
export function staffLeave(ctx: WriteContext, input: { id: number; date: string }) {
  const before = requireStaff(ctx.db, input.id, ctx.today);
  if (before.leftOn !== null) throw conflict(`${before.name} 已于 ${before.leftOn} 离职`);
  if (input.date > ctx.today) throw invalid(`离职日期不能晚于今天（${ctx.today}）`, 'date');
  if (input.date < before.joinedOn) throw invalid(`离职日期不能早于到岗日期（${before.joinedOn}）`, 'date');
  stmt(ctx.db, 'UPDATE clinic_staff SET left_on = ?, updated_at = ? WHERE id = ?').run(input.date, ctx.now.toISOString(), input.id);
  const after = findStaff(ctx.db, input.id, ctx.today)!;
  ctx.audit({ entity: 'clinicStaff', entityId: input.id, summary: `医务人员离职：${who(before)}（${input.date}）`, before, after });
  return after;
}

/** 返岗 (or undoing a leave recorded by mistake). */
export function staffReturn(ctx: WriteContext, input: { id: number }) {
  const before = requireStaff(ctx.db, input.id, ctx.today);
  if (before.leftOn === null) throw conflict(`${before.name} 目前在岗，无需返岗`);
  stmt(ctx.db, 'UPDATE clinic_staff SET left_on = NULL, updated_at = ? WHERE id = ?').run(ctx.now.toISOString(), input.id);
  const after = findStaff(ctx.db, input.id, ctx.today)!;
  ctx.audit({ entity: 'clinicStaff', entityId: input.id, summary: `医务人员返岗：${who(before)}`, before, after });
  return after;
}

/** 删除 an entry made in error: soft, and restorable. */
export function removeStaff(ctx: WriteContext, input: { id: number; reason: string }) {
  const before = requireStaff(ctx.db, input.id, ctx.today);
  const at = ctx.now.toISOString();
  stmt(ctx.db, 'UPDATE clinic_staff SET deleted_at = ?, deleted_reason = ?, updated_at = ? WHERE id = ?').run(at, input.reason, at, input.id);
  const after = findStaff(ctx.db, input.id, ctx.today)!;
  ctx.audit({ entity: 'clinicStaff', entityId: input.id, summary: `删除医务人员记录：${who(before)}（原因：${input.reason}）`, before, after });
  return { id: input.id };
}

export function restoreStaff(ctx: WriteContext, input: { id: number }) {
  const before = findStaff(ctx.db, input.id, ctx.today);
  if (!before) throw notFound('这位医务人员');
  if (before.deletedAt === null) throw conflict(`${before.name} 的记录未被删除，无需恢复`);
  const holder = staffWithLicence(ctx.db, before.licenceNo, input.id);
  if (holder) throw conflict(`执业证书编号 ${before.licenceNo} 现已登记在 ${holder.name} 名下，不能恢复`);
  if (before.userId !== null && staffOfUser(ctx.db, before.userId, ctx.today, input.id)) {
    stmt(ctx.db, 'UPDATE clinic_staff SET user_id = NULL WHERE id = ?').run(input.id);
  }
  stmt(ctx.db, 'UPDATE clinic_staff SET deleted_at = NULL, deleted_reason = NULL, updated_at = ? WHERE id = ?').run(ctx.now.toISOString(), input.id);
  const after = findStaff(ctx.db, input.id, ctx.today)!;
  ctx.audit({ entity: 'clinicStaff', entityId: input.id, summary: `恢复医务人员记录：${who(after)}`, before, after });
  return after;
}
