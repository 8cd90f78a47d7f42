import type { Db } from '../../db/open.ts';
import { stmt } from '../shared/statements.ts';
import { notFound } from '../shared/errors.ts';
import type { ScoreResult } from '../assessments/schema.ts';
import type { ExamForm } from './schema.ts';

interface ExamDbRow {
  id: number;
  resident_id: number;
  exam_on: string;
  exam_year: number;
  doctor: string;
  form_json: string;
  selfcare_json: string;
  selfcare_total: number;
  selfcare_level: string;
  tcm_answers_json: string;
  tcm_result_json: string;
  tcm_main: string;
  tcm_guidance_json: string;
  evaluation: 'normal' | 'abnormal';
  late_reason: string;
  created_at: string;
  created_by: string;
  deleted_at: string | null;
  deleted_reason: string | null;
}

/** One annual exam as the screens and the printout read it. */
export interface Exam {
  id: number;
  residentId: number;
  examOn: string;
  year: number;
  doctor: string;
  form: ExamForm;
  /** The 生活自理能力 table as scored when saved. */
  selfcare: ScoreResult;
  tcm: { result: ScoreResult; guidance: Record<string, string[]>; guidanceNote: string };
  evaluation: 'normal' | 'abnormal';
  lateReason: string;
  createdAt: string;
  createdBy: string;
  deletedAt: string | null;
  deletedReason: string | null;
}

export function toExam(r: ExamDbRow): Exam {
  const guidance = JSON.parse(r.tcm_guidance_json) as { guidance: Record<string, string[]>; note: string };
  return {
    id: r.id,
    residentId: r.resident_id,
    examOn: r.exam_on,
    year: r.exam_year,
    doctor: r.doctor,
    form: JSON.parse(r.form_json) as ExamForm,
    selfcare: JSON.parse(r.selfcare_json) as ScoreResult,
    tcm: { result: JSON.parse(r.tcm_result_json) as ScoreResult, guidance: guidance.guidance, guidanceNote: guidance.note },
    evaluation: r.evaluation,
    lateReason: r.late_reason,
    createdAt: r.created_at,
    createdBy: r.created_by,
    deletedAt: r.deleted_at,
    deletedReason: r.deleted_reason,
  };
}

export function findExam(db: Db, id: number): Exam | undefined {
  const row = stmt<ExamDbRow>(db, 'SELECT * FROM annual_exams WHERE id = ?').get(id);
  return row && toExam(row);
}

export function requireExam(db: Db, id: number): Exam {
  const e = findExam(db, id);
  if (!e) throw notFound('这次体检记录');
  return e;
}

/** A resident's exams, newest first, deleted ones included (the record page shows them struck out). */
export function examsOf(db: Db, residentId: number): Exam[] {
  return stmt<ExamDbRow>(db, 'SELECT * FROM annual_exams WHERE resident_id = ? ORDER BY exam_on DESC, id DESC').all(residentId).map(toExam);
}

/** The exam of a year (not deleted), if any. */
export function examOfYear(db: Db, residentId: number, year: number): Exam | undefined {
  const row = stmt<ExamDbRow>(db, 'SELECT * FROM annual_exams WHERE resident_id = ? AND exam_year = ? AND deleted_at IS NULL').get(residentId, year);
  return row && toExam(row);
}

/** What the audit log keeps of an exam: who, when, by whom, the results in words (not the whole form). */
export function examSnapshot(e: Exam, residentName: string) {
  return {
    resident: residentName,
    examOn: e.examOn,
    doctor: e.doctor,
    selfcare: `${e.selfcare.total} 分，${e.selfcare.level.label}`,
    tcm: e.tcm.result.level.label,
    evaluation: e.evaluation,
    abnormalities: e.form.abnormalities,
    lateReason: e.lateReason || undefined,
    deletedAt: e.deletedAt ?? undefined,
    deletedReason: e.deletedReason ?? undefined,
  };
}
