import type { WriteContext } from '../api/context.ts';
import { conflict, invalid } from '../shared/errors.ts';
import { stmt } from '../shared/statements.ts';
import { requireResident } from '../residents/queries.ts';
import { entrySnapshot, requireEntry, saveEntry } from './entries.ts';
import { REFERRAL_OUTCOMES, type ReferBackInput, type ReferOutInput } from './schema.ts';

/**
 * 转出 (双向转诊, out): one open referral per resident. While a referral that admitted them is open, the resident is
 * 住院中 on the roster and the bed map, and keeps their bed (they stay in residence).
 */
export function referOut(ctx: WriteContext, input: ReferOutInput) {
  const open = stmt<{ id: number; hospital: string }>(
    ctx.db,
    'SELECT id, hospital FROM referrals WHERE resident_id = ? AND returned_on IS NULL AND deleted_at IS NULL AND id <> ?',
  ).get(input.residentId, input.id ?? 0);
  if (open) throw conflict(`这位老人转往${open.hospital}的转诊尚未结束，请先登记回院`);
  if (input.id !== null) {
    const before = requireEntry(ctx.db, 'referral', input.id);
    if (before.returnedOn) throw conflict('这次转诊已结束，不能再修改转出信息');
  }
  return saveEntry(
    ctx,
    'referral',
    { ...input, returnedOn: null, outcome: null, dischargeDiagnosis: '', dischargeSummary: '', newOrders: '' },
    { date: input.referredOn, label: '转诊日期', field: 'referredOn', lateReason: input.lateReason },
  );
}

/** 转回 (back): the day they came back (or that they did not), the discharge summary and the new orders. */
export function referBack(ctx: WriteContext, input: ReferBackInput) {
  const before = requireEntry(ctx.db, 'referral', input.id);
  if (before.deletedAt) throw conflict('这条转诊记录已删除');
  if (before.returnedOn) throw conflict(`这次转诊已于 ${String(before.returnedOn)} 结束`);
  if (input.returnedOn > ctx.today) throw invalid(`回院日期不能晚于今天（${ctx.today}）`, 'returnedOn');
  if (input.returnedOn < String(before.referredOn)) throw invalid(`回院日期不能早于转诊日期（${String(before.referredOn)}）`, 'returnedOn');
  const resident = requireResident(ctx.db, before.residentId);
  stmt(
    ctx.db,
    `UPDATE referrals SET returned_on = @returnedOn, outcome = @outcome, discharge_diagnosis = @dischargeDiagnosis,
       discharge_summary = @dischargeSummary, new_orders = @newOrders WHERE id = @id`,
  ).run(input);
  const after = requireEntry(ctx.db, 'referral', input.id);
  ctx.audit({
    entity: 'referral',
    entityId: input.id,
    summary: `转诊结束：${resident.name} 自${String(before.hospital)}${REFERRAL_OUTCOMES[input.outcome]}（${input.returnedOn}）`,
    before: entrySnapshot(before, resident.name),
    after: entrySnapshot(after, resident.name),
  });
  return after;
}
