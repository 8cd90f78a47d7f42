import type { WriteContext } from '../api/context.ts';
import { invalid } from '../shared/errors.ts';
import { stmt } from '../shared/statements.ts';
import { requireResidentForRecord } from '../residents/queries.ts';
import { homeProfile, nextDue, parameter } from './rules.ts';
import { scoreOrRefuse } from './score.ts';
import type { ScoreRequest } from './scales/score.ts';
import { auditSnapshot, refreshLatest, requireAssessment } from './rows.ts';
import { SCALE_LABELS, trackOf, type SaveInput } from './schema.ts';

/**
 * Saves an assessment: the answers as given and the result the scale's scoring function computes from them now, on
 * the server (a total sent by a form is never trusted, reference §7), with the due date of the next one from the
 * region profile. The track's latest result moves with it in the same transaction.
 */
export function saveAssessment(ctx: WriteContext, input: SaveInput) {
  const { db, today } = ctx;
  const resident = requireResidentForRecord(
    db,
    input.residentId,
    { date: input.assessedOn, label: '评估日期', field: 'assessedOn', lateReason: input.lateReason },
    today,
  );
  const profile = homeProfile(db);
  if (input.scale === 'gbt42195') {
    const needed = parameter(profile, 'abilityReassessment');
    if (new Set(input.assessors).size < needed.value.assessors) {
      throw invalid(`老年人能力评估需要 ${needed.value.assessors} 名评估员签名（${needed.cite}${needed.unverified ? '，待核实' : ''}），请填写两位不同的评估员`, 'assessors');
    }
  }
  const request = ('context' in input ? { scale: input.scale, answers: input.answers, context: input.context } : { scale: input.scale, answers: input.answers }) as ScoreRequest;
  const result = scoreOrRefuse(request, profile);
  const track = trackOf(input.scale);
  const due = nextDue(profile, track, input.assessedOn, result.risk);
  const { lastInsertRowid } = stmt(
    db,
    `INSERT INTO assessments (resident_id, scale, version, assessed_on, reason, assessors, answers_json, context_json, total, level_index,
                             level_label, risk, result_json, next_due_on, notes, late_reason, created_at, created_by)
     VALUES (@residentId, @scale, @version, @assessedOn, @reason, @assessors, @answers, @context, @total, @levelIndex,
             @levelLabel, @risk, @result, @nextDueOn, @notes, @lateReason, @at, @by)`,
  ).run({
    residentId: input.residentId,
    scale: input.scale,
    version: result.version,
    assessedOn: input.assessedOn,
    reason: input.scale === 'gbt42195' ? input.reason : '',
    assessors: input.assessors.join('、'),
    // The answers as the scoring function read them: option codes, whatever form (points or codes) they came in.
    answers: JSON.stringify(Object.fromEntries(result.items.map((i) => [i.code, i.optionCode]))),
    context: JSON.stringify('context' in input ? input.context : {}),
    total: result.total,
    levelIndex: result.level.index,
    levelLabel: result.level.label,
    risk: result.risk,
    result: JSON.stringify(result),
    nextDueOn: due.on,
    notes: input.notes,
    lateReason: input.lateReason,
    at: ctx.now.toISOString(),
    by: ctx.actor.name,
  });
  const saved = requireAssessment(db, Number(lastInsertRowid));
  refreshLatest(db, input.residentId, track);
  ctx.audit({
    entity: 'assessment',
    entityId: saved.id,
    summary: `${SCALE_LABELS[input.scale]}：${resident.name}（${input.assessedOn}，${result.total} 分，${result.level.label}${input.lateReason ? '，补记' : ''}）`,
    after: auditSnapshot(saved, resident.name),
  });
  return { ...saved, nextDueRule: due.rule, residentName: resident.name };
}
