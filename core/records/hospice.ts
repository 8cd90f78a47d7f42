import type { WriteContext } from '../api/context.ts';
import { conflict, invalid } from '../shared/errors.ts';
import { stmt } from '../shared/statements.ts';
import { requireResident } from '../residents/queries.ts';
import { entrySnapshot, requireEntry, saveEntry } from './entries.ts';

/** 安宁疗护 starts: the resident's hospice status is an open period; only one at a time. */
export function startHospice(ctx: WriteContext, input: { residentId: number; startedOn: string; notes: string; lateReason: string }) {
  const open = stmt(ctx.db, 'SELECT 1 FROM hospice_periods WHERE resident_id = ? AND ended_on IS NULL AND deleted_at IS NULL').get(input.residentId);
  if (open) throw conflict('这位老人已在安宁疗护中');
  return saveEntry(
    ctx,
    'hospice',
    { id: null, residentId: input.residentId, startedOn: input.startedOn, endedOn: null, endReason: '', notes: input.notes, lateReason: input.lateReason },
    { date: input.startedOn, label: '开始日期', field: 'startedOn', lateReason: input.lateReason },
  );
}

/** 安宁疗护 ends (the resident left it, or died): the period closes on that day. */
export function endHospice(ctx: WriteContext, input: { id: number; endedOn: string; endReason: string }) {
  const before = requireEntry(ctx.db, 'hospice', input.id);
  if (before.deletedAt) throw conflict('这条安宁疗护记录已删除');
  if (before.endedOn) throw conflict(`这段安宁疗护已于 ${String(before.endedOn)} 结束`);
  if (input.endedOn > ctx.today) throw invalid(`结束日期不能晚于今天（${ctx.today}）`, 'endedOn');
  if (input.endedOn < String(before.startedOn)) throw invalid(`结束日期不能早于开始日期（${String(before.startedOn)}）`, 'endedOn');
  const resident = requireResident(ctx.db, before.residentId);
  stmt(ctx.db, 'UPDATE hospice_periods SET ended_on = ?, end_reason = ? WHERE id = ?').run(input.endedOn, input.endReason, input.id);
  const after = requireEntry(ctx.db, 'hospice', input.id);
  ctx.audit({
    entity: 'hospice',
    entityId: input.id,
    summary: `结束安宁疗护：${resident.name}（${input.endedOn}，${input.endReason}）`,
    before: entrySnapshot(before, resident.name),
    after: entrySnapshot(after, resident.name),
  });
  return after;
}
