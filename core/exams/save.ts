import type { WriteContext } from '../api/context.ts';
import { conflict, invalid } from '../shared/errors.ts';
import { stmt } from '../shared/statements.ts';
import { requireResidentForRecord } from '../residents/queries.ts';
import { ScoringError, scoreSelfCare, scoreTcm } from '../assessments/queries.ts';
import type { ScoreResult } from '../assessments/schema.ts';
import { examSnapshot, requireExam } from './rows.ts';
import type { ExamInput } from './schema.ts';

/** The scale's refusal under the field of the exam's input it came from (selfcare.eating, tcm.answers.Q9). */
function scored(score: () => ScoreResult, prefix: string): ScoreResult {
  try {
    return score();
  } catch (error) {
    if (error instanceof ScoringError) throw invalid(error.message, `${prefix}.${error.field.replace(/^answers\./, '')}`);
    throw error;
  }
}

/**
 * Saves the annual exam (one per resident per calendar year): the 健康体检表 as entered, the 生活自理能力 table and the
 * 33 TCM questions scored by their scales' own functions (core/assessments/scales), the guidance given. A change of a
 * saved exam (`id`) is audited with what was there before.
 */
export function saveExam(ctx: WriteContext, input: ExamInput) {
  const { db, today } = ctx;
  const resident = requireResidentForRecord(db, input.residentId, { date: input.examOn, label: '体检日期', field: 'examOn', lateReason: input.lateReason }, today);
  const year = Number(input.examOn.slice(0, 4));
  const same = stmt<{ id: number; exam_on: string }>(
    db,
    'SELECT id, exam_on FROM annual_exams WHERE resident_id = ? AND exam_year = ? AND deleted_at IS NULL AND id <> ?',
  ).get(input.residentId, year, input.id ?? 0);
  if (same) throw conflict(`${resident.name} ${year} 年已有体检记录（${same.exam_on}），每年一次；如需更正请修改那一次`, 'examOn');
  const selfcare = scored(() => scoreSelfCare(input.selfcare), 'selfcare');
  const tcm = scored(() => scoreTcm(input.tcm.answers), 'tcm.answers');
  const values = {
    residentId: input.residentId,
    examOn: input.examOn,
    year,
    doctor: input.doctor,
    form: JSON.stringify(input.form),
    selfcare: JSON.stringify(selfcare),
    selfcareTotal: selfcare.total,
    selfcareLevel: selfcare.level.label,
    tcmAnswers: JSON.stringify(Object.fromEntries(tcm.items.map((i) => [i.code, i.points]))),
    tcmResult: JSON.stringify(tcm),
    tcmMain: tcm.level.label,
    tcmGuidance: JSON.stringify({ guidance: input.tcm.guidance, note: input.tcm.guidanceNote }),
    evaluation: input.form.evaluation,
    lateReason: input.lateReason,
  };
  let before;
  let id = input.id;
  if (id !== null) {
    before = requireExam(db, id);
    if (before.residentId !== input.residentId) throw invalid(`这次体检不是${resident.name}的`, 'id');
    if (before.deletedAt) throw conflict('这次体检记录已删除，请先恢复再修改');
    stmt(
      db,
      `UPDATE annual_exams SET exam_on = @examOn, exam_year = @year, doctor = @doctor, form_json = @form, selfcare_json = @selfcare,
         selfcare_total = @selfcareTotal, selfcare_level = @selfcareLevel, tcm_answers_json = @tcmAnswers, tcm_result_json = @tcmResult,
         tcm_main = @tcmMain, tcm_guidance_json = @tcmGuidance, evaluation = @evaluation, late_reason = @lateReason WHERE id = @id`,
    ).run({ ...values, id });
  } else {
    id = Number(
      stmt(
        db,
        `INSERT INTO annual_exams (resident_id, exam_on, exam_year, doctor, form_json, selfcare_json, selfcare_total, selfcare_level,
           tcm_answers_json, tcm_result_json, tcm_main, tcm_guidance_json, evaluation, late_reason, created_at, created_by)
         VALUES (@residentId, @examOn, @year, @doctor, @form, @selfcare, @selfcareTotal, @selfcareLevel,
           @tcmAnswers, @tcmResult, @tcmMain, @tcmGuidance, @evaluation, @lateReason, @at, @by)`,
      ).run({ ...values, at: ctx.now.toISOString(), by: ctx.actor.name }).lastInsertRowid,
    );
  }
  const after = requireExam(db, id);
  ctx.audit({
    entity: 'annualExam',
    entityId: id,
    summary: `${before ? '修改' : '记录'}年度体检：${resident.name}（${input.examOn}，生活自理能力 ${selfcare.level.label}，中医体质 ${tcm.level.label}${input.lateReason ? '，补记' : ''}）`,
    ...(before ? { before: examSnapshot(before, resident.name) } : {}),
    after: examSnapshot(after, resident.name),
  });
  return after;
}

export function removeExam(ctx: WriteContext, input: { id: number; reason: string }) {
  const before = requireExam(ctx.db, input.id);
  if (before.deletedAt) throw conflict('这次体检记录已删除');
  const resident = requireResidentForRecord(ctx.db, before.residentId, { date: before.examOn, label: '体检日期', field: 'id', lateReason: 'x' }, '9999-12-31');
  stmt(ctx.db, 'UPDATE annual_exams SET deleted_at = ?, deleted_reason = ? WHERE id = ?').run(ctx.now.toISOString(), input.reason, input.id);
  const after = requireExam(ctx.db, input.id);
  ctx.audit({
    entity: 'annualExam',
    entityId: input.id,
    summary: `删除年度体检记录：${resident.name}（${before.examOn}，原因：${input.reason}）`,
    before: examSnapshot(before, resident.name),
    after: examSnapshot(after, resident.name),
  });
  return after;
}

export function restoreExam(ctx: WriteContext, input: { id: number }) {
  const before = requireExam(ctx.db, input.id);
  if (!before.deletedAt) throw conflict('这次体检记录没有被删除，无需恢复');
  const other = stmt(ctx.db, 'SELECT exam_on FROM annual_exams WHERE resident_id = ? AND exam_year = ? AND deleted_at IS NULL').get(before.residentId, before.year);
  if (other) throw conflict(`${before.year} 年已有另一次体检记录，不能恢复这一次`);
  const resident = requireResidentForRecord(ctx.db, before.residentId, { date: before.examOn, label: '体检日期', field: 'id', lateReason: 'x' }, '9999-12-31');
  stmt(ctx.db, 'UPDATE annual_exams SET deleted_at = NULL, deleted_reason = NULL WHERE id = ?').run(input.id);
  const after = requireExam(ctx.db, input.id);
  ctx.audit({
    entity: 'annualExam',
    entityId: input.id,
    summary: `恢复年度体检记录：${resident.name}（${before.examOn}）`,
    before: examSnapshot(before, resident.name),
    after: examSnapshot(after, resident.name),
  });
  return after;
}
