import dayjs from 'dayjs';
import { defineArea, method, type Context } from '../api/define.ts';
import { syncCareLevel } from '../residents/careLevel.ts';
import { ASSESSMENT_DELETERS, ASSESSMENT_READERS, ASSESSORS, EXTERNAL_RECORDERS } from './access.ts';
import {
  assessmentIdInput,
  externalInput,
  nurseListInput,
  removeAssessmentInput,
  residentAssessmentsInput,
  saveInput,
  scoreInput,
} from './schema.ts';
import { scoreAnswers } from './score.ts';
import { saveAssessment } from './save.ts';
import { recordExternalAssessment } from './external.ts';
import { removeAssessment, restoreAssessment } from './remove.ts';
import { requireAssessment } from './rows.ts';
import { residentAssessments } from './resident.ts';
import { dueList, highRiskList } from './lists.ts';

/** “Due soon” on the nurse's list: the coming week, so a round can be planned. A screen's choice, not a rule. */
const SOON_DAYS = 7;
const soonUntil = (ctx: Context) => dayjs(ctx.today).add(SOON_DAYS, 'day').format('YYYY-MM-DD');

/**
 * An ability assessment moves the resident's level, shown on the roster, the bed map and the dashboard; every
 * assessment is an entry of the record's timeline.
 */
const CHANGES = ['assessments', 'residents', 'beds', 'records'];

export const assessmentsArea = defineArea('assessments', {
  /** The scale's scoring function on answers as typed: the forms show it live, the tests use it; nothing is saved. */
  'assessments.score': method({ kind: 'read', access: 'signedIn', input: scoreInput, handler: (ctx, input) => scoreAnswers(ctx.db, input) }),
  'assessments.save': method({
    kind: 'write',
    access: ASSESSORS,
    input: saveInput,
    changes: CHANGES,
    handler: (ctx, input) => {
      const saved = saveAssessment(ctx, input);
      if (saved.track === 'ability') syncCareLevel(ctx, input.residentId);
      return saved;
    },
  }),
  'assessments.recordExternal': method({
    kind: 'write',
    access: EXTERNAL_RECORDERS,
    input: externalInput,
    changes: CHANGES,
    handler: (ctx, input) => {
      const saved = recordExternalAssessment(ctx, input);
      syncCareLevel(ctx, input.residentId);
      return saved;
    },
  }),
  'assessments.remove': method({
    kind: 'write',
    access: ASSESSMENT_DELETERS,
    input: removeAssessmentInput,
    changes: CHANGES,
    handler: (ctx, input) => {
      const removed = removeAssessment(ctx, input);
      if (removed.track === 'ability') syncCareLevel(ctx, removed.residentId);
      return removed;
    },
  }),
  'assessments.restore': method({
    kind: 'write',
    access: ASSESSMENT_DELETERS,
    input: assessmentIdInput,
    changes: CHANGES,
    handler: (ctx, input) => {
      const restored = restoreAssessment(ctx, input);
      if (restored.track === 'ability') syncCareLevel(ctx, restored.residentId);
      return restored;
    },
  }),
  'assessments.get': method({ kind: 'read', access: ASSESSMENT_READERS, input: assessmentIdInput, handler: (ctx, input) => requireAssessment(ctx.db, input.id) }),
  'assessments.forResident': method({
    kind: 'read',
    access: ASSESSMENT_READERS,
    input: residentAssessmentsInput,
    handler: (ctx, input) => residentAssessments(ctx.db, input.residentId, ctx.today, soonUntil(ctx)),
  }),
  'assessments.highRisk': method({ kind: 'read', access: ASSESSMENT_READERS, input: nurseListInput, handler: (ctx, input) => highRiskList(ctx.db, input) }),
  'assessments.due': method({ kind: 'read', access: ASSESSMENT_READERS, input: nurseListInput, handler: (ctx, input) => dueList(ctx.db, input, ctx.today, soonUntil(ctx)) }),
});
