import type { Db } from '../../db/open.ts';
import type { WriteContext } from '../api/context.ts';
import { defineArea, method } from '../api/define.ts';
import { emptyInput, z } from '../shared/fields.ts';
import { checkHome } from '../policy/check.ts';
import { clinicProfile } from '../clinic/queries.ts';
import { DESIGNATION_DIRECTORS, DESIGNATION_EDITORS, DESIGNATION_READERS, LTC_EDITORS, LTC_READERS } from './access.ts';
import { homeProfile, param } from './params.ts';
import { judgeEligibility } from './eligibility.ts';
import { applications, designationBars, designationFacts, designationSetup, findApplication, ltcAssessmentsOf, ruleDocuments } from './queries.ts';
import { addBar, addRuleDocument, removeBar, removeRuleDocument, saveSetup, updateRuleDocument } from './setup.ts';
import { addLtcAssessment, ltcOverview, removeLtcAssessment, updateLtcAssessment } from './ltc.ts';
import {
  applicationView,
  attachMaterial,
  createApplication,
  exitAgreement,
  markChangeReported,
  recordOutcome,
  requestSupplement,
  resumeAgreement,
  signAgreement,
  submitApplication,
  supplySupplement,
  suspendAgreement,
  type Terms,
} from './workflow.ts';
import { calendarCoverage, CALENDAR_SOURCE } from './workingDays.ts';
import { notFound } from '../shared/errors.ts';
import {
  barInput,
  changeReportedInput,
  createApplicationInput,
  exitInput,
  idInput,
  ltcAssessmentInput,
  ltcListInput,
  materialAttachInput,
  outcomeInput,
  resumeInput,
  ruleDocumentInput,
  ruleDocumentUpdateInput,
  saveSetupInput,
  signInput,
  submitInput,
  supplementRequestInput,
  supplementSuppliedInput,
  suspendInput,
  type ApplicationKind,
} from './schema.ts';

/** The profile values the workflow applies, with their clauses. */
function profileValues(db: Db) {
  const profile = homeProfile(db);
  const evaluation = param(profile, 'designationEvaluation');
  const terms = param(profile, 'designationTerms');
  const materials = param(profile, 'designationMaterials');
  const ltc = param(profile, 'ltcBenefit');
  const t: Terms = { evaluation: evaluation.value.limit, ...terms.value };
  return { profile, evaluation, terms, materials, ltc, t };
}

/** Whether the clinic may apply for 医保定点 today: the rule checker's designation findings read together. */
export function eligibilityOf(db: Db, today: string) {
  const profile = homeProfile(db);
  const check = checkHome(db, today);
  return judgeEligibility(check.findings, profile, clinicProfile(db)?.openedOn ?? null, designationFacts(db), today);
}

const defsOf = (db: Db, kind: ApplicationKind) => profileValues(db).materials.value[kind];

function kindOfApplication(db: Db, id: number): ApplicationKind {
  const app = findApplication(db, id);
  if (!app) throw notFound('这份定点申请');
  return app.kind;
}

const write = <S extends z.ZodType, R>(input: S, handler: (ctx: WriteContext, input: z.output<S>) => R, access = DESIGNATION_DIRECTORS) =>
  method({ kind: 'write', access, input, handler, changes: ['designation', 'deadlines'] });

export const designationArea = defineArea('designation', {
  /** Eligibility, what is on file, every application with its clock and materials, and the profile values used. */
  'designation.overview': method({
    kind: 'read',
    access: DESIGNATION_READERS,
    input: emptyInput,
    handler: (ctx) => {
      const v = profileValues(ctx.db);
      return {
        today: ctx.today,
        eligibility: eligibilityOf(ctx.db, ctx.today),
        setup: designationSetup(ctx.db),
        rules: ruleDocuments(ctx.db),
        bars: designationBars(ctx.db),
        applications: applications(ctx.db).map((a) => applicationView(ctx.db, a, v.materials.value[a.kind], v.t, ctx.today)),
        values: { evaluation: v.evaluation, terms: v.terms, ltc: v.ltc, materials: v.materials },
        calendar: { coverage: calendarCoverage(), source: CALENDAR_SOURCE },
      };
    },
  }),
  'designation.eligibility': method({ kind: 'read', access: DESIGNATION_READERS, input: emptyInput, handler: (ctx) => eligibilityOf(ctx.db, ctx.today) }),
  'designation.saveSetup': write(saveSetupInput, saveSetup, DESIGNATION_EDITORS),
  'designation.addRule': write(ruleDocumentInput, addRuleDocument, DESIGNATION_EDITORS),
  'designation.updateRule': write(ruleDocumentUpdateInput, updateRuleDocument, DESIGNATION_EDITORS),
  'designation.removeRule': write(idInput, (ctx, i) => removeRuleDocument(ctx, i.id), DESIGNATION_EDITORS),
  'designation.addBar': write(barInput, addBar),
  'designation.removeBar': write(idInput, (ctx, i) => removeBar(ctx, i.id)),
  'designation.create': write(createApplicationInput, createApplication, DESIGNATION_EDITORS),
  'designation.attach': write(materialAttachInput, (ctx, i) => attachMaterial(ctx, i, defsOf(ctx.db, kindOfApplication(ctx.db, i.id))), DESIGNATION_EDITORS),
  'designation.submit': write(submitInput, (ctx, i) => {
    const kind = kindOfApplication(ctx.db, i.id);
    const eligibility = kind === 'medical' ? eligibilityOf(ctx.db, ctx.today) : null;
    return submitApplication(ctx, i, eligibility, defsOf(ctx.db, kind), profileValues(ctx.db).t);
  }),
  'designation.requestSupplement': write(supplementRequestInput, requestSupplement),
  'designation.supplySupplement': write(supplementSuppliedInput, supplySupplement),
  'designation.outcome': write(outcomeInput, (ctx, i) => recordOutcome(ctx, i, profileValues(ctx.db).t)),
  'designation.sign': write(signInput, signAgreement),
  'designation.suspend': write(suspendInput, (ctx, i) => suspendAgreement(ctx, i, profileValues(ctx.db).t)),
  'designation.resume': write(resumeInput, (ctx, i) => resumeAgreement(ctx, i.id)),
  'designation.exit': write(exitInput, (ctx, i) => exitAgreement(ctx, i, profileValues(ctx.db).t)),
  'designation.changeReported': write(changeReportedInput, (ctx, i) => markChangeReported(ctx, i, profileValues(ctx.db).t)),

  /** 长护险: every resident's current level, validity, reminders and who is eligible under the profile. */
  'designation.ltcOverview': method({
    kind: 'read',
    access: LTC_READERS,
    input: emptyInput,
    handler: (ctx) => ltcOverview(ctx.db, ctx.today, profileValues(ctx.db).ltc),
  }),
  'designation.ltcOf': method({
    kind: 'read',
    access: LTC_READERS,
    input: ltcListInput,
    handler: (ctx, i) => (i.residentId ? ltcAssessmentsOf(ctx.db, i.residentId) : []),
  }),
  'designation.ltcAdd': write(ltcAssessmentInput, addLtcAssessment, LTC_EDITORS),
  'designation.ltcUpdate': write(ltcAssessmentInput.and(z.object({ id: z.number().int().positive() })), updateLtcAssessment, LTC_EDITORS),
  'designation.ltcRemove': write(idInput, (ctx, i) => removeLtcAssessment(ctx, i.id), LTC_EDITORS),
});
