import type { WriteContext } from '../api/context.ts';
import { conflict, invalid } from '../shared/errors.ts';
import { stmt } from '../shared/statements.ts';
import { requireFreeBed } from '../beds/queries.ts';
import { auditSnapshot, bedStaysOf, requireResident } from './queries.ts';
import { checkDateNotFuture } from './identity.ts';

/** 换床: closes the current bed stay on `date` and opens one in the new bed. */
export function moveResidentBed(ctx: WriteContext, input: { id: number; bedId: number; date: string }) {
  const { db, today } = ctx;
  const resident = requireResident(db, input.id);
  if (resident.status !== 'in_residence') throw conflict(`${resident.name} 已不在院，不能换床`);
  if (resident.bed_id === input.bedId) throw invalid('新床位与当前床位相同，请选择其他床位', 'bedId');
  checkDateNotFuture(input.date, today, '换床日期', 'date');
  const current = bedStaysOf(db, input.id).at(-1);
  if (current && input.date < current.startOn) {
    throw invalid(`换床日期不能早于入住当前床位的日期（${current.startOn}）`, 'date');
  }
  const bed = requireFreeBed(db, input.bedId, today, 'bedId', input.id);
  const before = auditSnapshot(db, input.id, today);

  stmt(db, 'UPDATE bed_stays SET end_on = ? WHERE resident_id = ? AND end_on IS NULL').run(input.date, input.id);
  stmt(db, 'INSERT INTO bed_stays (resident_id, bed_id, start_on) VALUES (?, ?, ?)').run(input.id, bed.bedId, input.date);
  stmt(db, 'UPDATE residents SET bed_id = ?, updated_at = ? WHERE id = ?').run(bed.bedId, ctx.now.toISOString(), input.id);

  const after = auditSnapshot(db, input.id, today);
  ctx.audit({
    entity: 'resident',
    entityId: input.id,
    summary: `换床：${resident.name} ${resident.room}-${resident.bed_no} → ${bed.label}（${input.date}）`,
    before,
    after,
  });
  return after!;
}
