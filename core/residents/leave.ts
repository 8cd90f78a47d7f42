import type { WriteContext } from '../api/context.ts';
import { conflict, invalid } from '../shared/errors.ts';
import { stmt } from '../shared/statements.ts';
import { requireFreeBed } from '../beds/queries.ts';
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

/** 撤销离院: for a leave recorded by mistake; the last bed must still be empty. */
export function undoLeave(ctx: WriteContext, input: { id: number }) {
  const { db, today } = ctx;
  const resident = requireResident(db, input.id);
  if (resident.status === 'in_residence') throw conflict(`${resident.name} 目前在院，无需撤销`);
  deriveIdentity(db, resident.id_number, today, { exceptResidentId: input.id });
  requireFreeBed(db, resident.bed_id, today, 'bedId', input.id);
  const before = auditSnapshot(db, input.id, today);
  stmt(db, `UPDATE residents SET status = 'in_residence', left_on = NULL, left_reason = NULL, updated_at = ? WHERE id = ?`).run(
    ctx.now.toISOString(),
    input.id,
  );
  stmt(
    db,
    `UPDATE bed_stays SET end_on = NULL WHERE id = (SELECT id FROM bed_stays WHERE resident_id = ? ORDER BY start_on DESC, id DESC LIMIT 1)`,
  ).run(input.id);
  const after = auditSnapshot(db, input.id, today);
  ctx.audit({
    entity: 'resident',
    entityId: input.id,
    summary: `撤销${resident.status === 'deceased' ? '去世登记' : '离院'}：${resident.name}，回到 ${resident.room}-${resident.bed_no}床`,
    before,
    after,
  });
  return after!;
}
