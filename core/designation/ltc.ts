import type { Db } from '../../db/open.ts';
import type { WriteContext } from '../api/context.ts';
import { stmt } from '../shared/statements.ts';
import { invalid, notFound } from '../shared/errors.ts';
import { addDays, daysBetween } from '../shared/dayMath.ts';
import { findResident } from '../residents/queries.ts';
import { currentLtcLevels, findLtcAssessment } from './queries.ts';
import { ltcLevelLabel, type LtcAssessmentInput, type LtcAssessmentRow } from './schema.ts';
import type { ParamValue } from './params.ts';

type Benefit = ParamValue<{ eligibleLevels: number[]; validityMonths: number; reminderDays: number }>;

function checkResident(db: Db, residentId: number) {
  const resident = findResident(db, residentId);
  if (!resident || resident.deleted_at) throw notFound('这位老人');
  return resident;
}

/** 登记长护险失能等级: the assessing agency's conclusion (level 0–5 of 医保办发〔2021〕37号), its date and validity. */
export function addLtcAssessment(ctx: WriteContext, input: LtcAssessmentInput) {
  const resident = checkResident(ctx.db, input.residentId);
  if (input.assessedOn > ctx.today) throw invalid('评估日期不能晚于今天', 'assessedOn');
  const { lastInsertRowid } = stmt(
    ctx.db,
    `INSERT INTO ltc_assessments (resident_id, level, assessed_on, agency, valid_until, benefit_from, note, created_at)
     VALUES (@residentId, @level, @assessedOn, @agency, @validUntil, @benefitFrom, @note, @at)`,
  ).run({ ...input, at: ctx.now.toISOString() });
  const after = findLtcAssessment(ctx.db, Number(lastInsertRowid))!;
  ctx.audit({
    entity: 'ltcAssessment',
    entityId: after.id,
    summary: `登记长护险失能等级：${resident.name} ${ltcLevelLabel(input.level)}（${input.assessedOn}，有效期至 ${input.validUntil}）`,
    after,
  });
  return after;
}

export function updateLtcAssessment(ctx: WriteContext, input: LtcAssessmentInput & { id: number }) {
  const before = findLtcAssessment(ctx.db, input.id);
  if (!before) throw notFound('这条失能等级记录');
  const resident = checkResident(ctx.db, input.residentId);
  if (input.assessedOn > ctx.today) throw invalid('评估日期不能晚于今天', 'assessedOn');
  stmt(
    ctx.db,
    `UPDATE ltc_assessments SET resident_id = @residentId, level = @level, assessed_on = @assessedOn, agency = @agency,
       valid_until = @validUntil, benefit_from = @benefitFrom, note = @note WHERE id = @id`,
  ).run(input);
  const after = findLtcAssessment(ctx.db, input.id)!;
  ctx.audit({ entity: 'ltcAssessment', entityId: input.id, summary: `修改长护险失能等级：${resident.name} ${ltcLevelLabel(input.level)}`, before, after });
  return after;
}

export function removeLtcAssessment(ctx: WriteContext, id: number) {
  const before = findLtcAssessment(ctx.db, id);
  if (!before) throw notFound('这条失能等级记录');
  stmt(ctx.db, 'UPDATE ltc_assessments SET deleted_at = ? WHERE id = ?').run(ctx.now.toISOString(), id);
  ctx.audit({ entity: 'ltcAssessment', entityId: id, summary: `删除长护险失能等级：${before.residentName} ${ltcLevelLabel(before.level)}`, before });
  return { id };
}

export interface LtcOverviewRow extends LtcAssessmentRow {
  /** Within validity today. */
  valid: boolean;
  /** Days until valid_until (negative once past). */
  daysLeft: number;
  /** Expires within the reminder window, or has expired. */
  remind: boolean;
  /** The level is one the profile funds, and the conclusion is valid. */
  eligible: boolean;
}

/** Each resident's current 长护险 level, with validity, reminders and eligibility under the profile. */
export function ltcOverview(db: Db, today: string, benefit: Benefit) {
  const rows: LtcOverviewRow[] = currentLtcLevels(db).map((r) => {
    const daysLeft = daysBetween(today, r.validUntil);
    const valid = r.assessedOn <= today && daysLeft >= 0;
    return { ...r, valid, daysLeft, remind: daysLeft <= benefit.value.reminderDays, eligible: valid && benefit.value.eligibleLevels.includes(r.level) };
  });
  return {
    rows,
    eligibleCount: rows.filter((r) => r.eligible).length,
    remindCount: rows.filter((r) => r.remind).length,
    reminderHorizon: addDays(today, benefit.value.reminderDays),
    benefit,
  };
}
