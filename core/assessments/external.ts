import type { WriteContext } from '../api/context.ts';
import { stmt } from '../shared/statements.ts';
import { requireResidentForRecord } from '../residents/queries.ts';
import { ABILITY_LEVELS } from './scales/gbt42195.data.ts';
import { RISKS } from './scales/types.ts';
import { homeProfile, nextDue } from './rules.ts';
import { auditSnapshot, refreshLatest, requireAssessment } from './rows.ts';
import type { ExternalInput } from './schema.ts';

/**
 * 外部评估: an ability level from an assessment made elsewhere (a 长护险 assessment, the home the resident came from),
 * typed with its date and source (which may be before the admission). It is the resident's level until a newer assessment; the home's own GB/T 42195
 * assessment is due after the region's routine interval, as after any ability assessment.
 */
export function recordExternalAssessment(ctx: WriteContext, input: ExternalInput) {
  const { db, today } = ctx;
  const resident = requireResidentForRecord(
    db,
    input.residentId,
    { date: input.assessedOn, label: '外部评估日期', field: 'assessedOn', lateReason: input.lateReason, beforeAdmission: true },
    today,
  );
  const level = ABILITY_LEVELS[input.level]!;
  const risk = RISKS[input.level]!;
  const due = nextDue(homeProfile(db), 'ability', input.assessedOn, risk);
  const { lastInsertRowid } = stmt(
    db,
    `INSERT INTO assessments (resident_id, scale, version, assessed_on, level_index, level_label, risk, next_due_on, source, notes,
                             late_reason, created_at, created_by)
     VALUES (?, 'external', '外部评估', ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
  ).run(input.residentId, input.assessedOn, level.index, level.label, risk, due.on, input.source, input.notes, input.lateReason, ctx.now.toISOString(), ctx.actor.name);
  const saved = requireAssessment(db, Number(lastInsertRowid));
  refreshLatest(db, input.residentId, 'ability');
  ctx.audit({
    entity: 'assessment',
    entityId: saved.id,
    summary: `外部评估：${resident.name}（${input.assessedOn}，${level.label}，来源：${input.source}）`,
    after: auditSnapshot(saved, resident.name),
  });
  return saved;
}
