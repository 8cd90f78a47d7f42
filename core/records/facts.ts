import type { WriteContext } from '../api/context.ts';
import { conflict, invalid } from '../shared/errors.ts';
import { stmt } from '../shared/statements.ts';
import { saveEntry } from './entries.ts';
import { ICD10, type AllergyInput, type ConditionInput, type HistoryInput, type MedicationInput } from './schema.ts';

// Recording the facts of the record: history, allergies, chronic conditions, long-term medication from outside.
// Each is dated by the day it is recorded; a fact about the past (a diagnosis, a drug started years ago) keeps its
// own dates beside it, which may be before admission but never in the future.

const recorded = (input: { recordedOn: string; lateReason: string }) => ({ date: input.recordedOn, label: '记录日期', field: 'recordedOn', lateReason: input.lateReason });

function notFuture(date: string | null, today: string, label: string, field: string) {
  if (date !== null && date > today) throw invalid(`${label}不能晚于今天（${today}）`, field);
}

export function saveHistory(ctx: WriteContext, input: HistoryInput) {
  return saveEntry(ctx, 'history', input, recorded(input));
}

/** An allergy: the same substance twice for one resident is refused (change the one recorded instead). */
export function saveAllergy(ctx: WriteContext, input: AllergyInput) {
  const same = stmt<{ id: number }>(
    ctx.db,
    'SELECT id FROM allergies WHERE resident_id = ? AND substance = ? AND deleted_at IS NULL AND id <> ?',
  ).get(input.residentId, input.substance, input.id ?? 0);
  if (same) throw conflict(`已记录对“${input.substance}”过敏，请修改那一条`, 'substance');
  return saveEntry(ctx, 'allergy', input, recorded(input));
}

/** A chronic condition: from the shipped ICD-10 list (its code must be one of it) or typed as text with no code. */
export function saveCondition(ctx: WriteContext, input: ConditionInput) {
  if (input.icd10 !== '' && !ICD10.diagnoses.some((d) => d.code === input.icd10)) {
    throw invalid(`ICD-10 编码“${input.icd10}”不在常见诊断表中；不在表中的诊断请只填写诊断名称`, 'icd10');
  }
  notFuture(input.diagnosedOn, ctx.today, '确诊日期', 'diagnosedOn');
  notFuture(input.resolvedOn, ctx.today, '治愈/缓解日期', 'resolvedOn');
  return saveEntry(ctx, 'condition', input, recorded(input));
}

export function saveMedication(ctx: WriteContext, input: MedicationInput) {
  notFuture(input.startedOn, ctx.today, '开始日期', 'startedOn');
  notFuture(input.stoppedOn, ctx.today, '停用日期', 'stoppedOn');
  return saveEntry(ctx, 'medication', input, recorded(input));
}
