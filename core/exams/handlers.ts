import { defineArea, method } from '../api/define.ts';
import { DUE_LIST_READERS, EXAMINERS, EXAM_READERS } from './access.ts';
import { dueListInput, examIdInput, examInput, removeExamInput, residentExamsInput } from './schema.ts';
import { removeExam, restoreExam, saveExam } from './save.ts';
import { requireExam } from './rows.ts';
import { examDueList, residentExams } from './queries.ts';

/** An exam is an entry of the record's timeline and moves the due list. */
const CHANGES = ['exams', 'records'];

export const examsArea = defineArea('exams', {
  'exams.save': method({ kind: 'write', access: EXAMINERS, input: examInput, changes: CHANGES, handler: saveExam }),
  'exams.remove': method({ kind: 'write', access: EXAMINERS, input: removeExamInput, changes: CHANGES, handler: removeExam }),
  'exams.restore': method({ kind: 'write', access: EXAMINERS, input: examIdInput, changes: CHANGES, handler: restoreExam }),
  'exams.get': method({ kind: 'read', access: EXAM_READERS, input: examIdInput, handler: (ctx, input) => requireExam(ctx.db, input.id) }),
  'exams.forResident': method({ kind: 'read', access: EXAM_READERS, input: residentExamsInput, handler: (ctx, input) => residentExams(ctx.db, input.residentId) }),
  'exams.due': method({ kind: 'read', access: DUE_LIST_READERS, input: dueListInput, handler: (ctx, input) => examDueList(ctx.db, input, ctx.today) }),
});
