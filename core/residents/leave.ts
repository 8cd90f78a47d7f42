import type { WriteContext } from '../api/context.ts';
import { conflict, invalid } from '../shared/errors.ts';
import { stmt } from '../shared/statements.ts';
import { getBed, requireFreeBed } from '../beds/queries.ts';
import { auditSnapshot, bedStaysOf, requireResident } from './queries.ts';
import { checkDateNotFuture, deriveIdentity } from './identity.ts';
import { LEAVE_KINDS } from './schema.ts';

/** 离院 or 去世: ends the stay and frees the bed. The record stays for history and filings. */
export function recordLeave(
  ctx: WriteContext,
  input: { id: number; kind: 'discharged' | 'deceased'; date: string; reason: string },
) {
  const { db, today } = ctx;
  const resident = requireResident(db, input.id);
  if (resident.status !== 'in_residence') throw conflict(`${resident.name} 已登记离院或去世，无需重复办理`);
  checkDateNotFuture(input.date, today, '日期', 'date');
  if (input.date < resident.admission_date) {
    throw invalid(`${LEAVE_KINDS[input.kind]}日期不能早于入住日期（${resident.admission_date}）`, 'date');
  }
  const current = bedStaysOf(db, input.id).at(-1);
  if (current && input.date < current.startOn) {
    throw invalid(`${LEAVE_KINDS[input.kind]}日期不能早于最近一次换床日期（${current.startOn}）`, 'date');
  }
  const before = auditSnapshot(db, input.id, today);
  stmt(db, `UPDATE residents SET status = ?, left_on = ?, left_reason = ?, updated_at = ? WHERE id = ?`).run(
    input.kind,
    input.date,
    input.reason,
    ctx.now.toISOString(),
    input.id,
  );
  stmt(db, 'UPDATE bed_stays SET end_on = ? WHERE resident_id = ? AND end_on IS NULL').run(input.date, input.id);
  const after = auditSnapshot(db, input.id, today);
  ctx.audit({
    entity: 'resident',
    entityId: input.id,
    summary: `${input.kind === 'deceased' ? '登记去世' : '办理离院'}：${resident.name}（${input.date}，${input.reason}）`,
    before,
    after,
  });
  return after!;
}

/**
 * 撤销离院: for a leave recorded by mistake. The resident goes back to the last bed if it is still empty;
 * if someone has been given it since, to the empty bed chosen (`bedId`), as a move on the day of the leave.
 */
export function undoLeave(ctx: WriteContext, input: { id: number; bedId: number | null }) {
  const { db, today } = ctx;
  const resident = requireResident(db, input.id);
  if (resident.status === 'in_residence') throw conflict(`${resident.name} 目前在院，无需撤销`);
  deriveIdentity(db, resident.id_number, today, { exceptResidentId: input.id });
  const oldBed = `${resident.room}-${resident.bed_no}`;
  const targetId = input.bedId ?? resident.bed_id;
  const target = getBed(db, targetId, today);
  if (targetId === resident.bed_id && target?.occupant && target.occupant.residentId !== input.id) {
    throw conflict(`原床位 ${oldBed} 已有老人入住（${target.occupant.name}），请为 ${resident.name} 选择一张空床位`, 'bedId');
  }
  const bed = requireFreeBed(db, targetId, today, 'bedId', input.id);
  const before = auditSnapshot(db, input.id, today);
  stmt(db, `UPDATE residents SET status = 'in_residence', left_on = NULL, left_reason = NULL, bed_id = ?, updated_at = ? WHERE id = ?`).run(
    bed.bedId,
    ctx.now.toISOString(),
    input.id,
  );
  if (bed.bedId === resident.bed_id) {
    stmt(
      db,
      `UPDATE bed_stays SET end_on = NULL WHERE id = (SELECT id FROM bed_stays WHERE resident_id = ? ORDER BY start_on DESC, id DESC LIMIT 1)`,
    ).run(input.id);
  } else {
    // The old stay keeps its end (the bed went to someone else); the new bed is theirs from that day on.
    stmt(db, 'INSERT INTO bed_stays (resident_id, bed_id, start_on) VALUES (?, ?, ?)').run(input.id, bed.bedId, resident.left_on);
  }
  const after = auditSnapshot(db, input.id, today);
  const where = bed.bedId === resident.bed_id ? `回到 ${oldBed}床` : `原床位 ${oldBed} 已有他人，改住 ${bed.label}床`;
  ctx.audit({
    entity: 'resident',
    entityId: input.id,
    summary: `撤销${resident.status === 'deceased' ? '去世登记' : '离院'}：${resident.name}，${where}`,
    before,
    after,
  });
  return after!;
}
