import type { WriteContext } from '../api/context.ts';
import { stmt } from '../shared/statements.ts';
import { currentAbility } from '../assessments/queries.ts';
import { findResident } from './queries.ts';
import { careLevelLabel } from './schema.ts';

/**
 * Keeps the resident's 能力等级 (residents.care_level, with care_level_source) equal to the final level of their
 * latest ability assessment — or the latest external one — in the same transaction as the assessment that moved it.
 * It is stored on the resident, not looked up, so the roster of 2,000 sorts and filters by level with no join
 * (docs/architecture.md). A change of level is one line of the resident's own history in the audit log.
 */
export function syncCareLevel(ctx: WriteContext, residentId: number): void {
  const resident = findResident(ctx.db, residentId);
  if (!resident) return;
  const current = currentAbility(ctx.db, residentId);
  const level = current?.level ?? null;
  const source = current?.source ?? null;
  if (resident.care_level === level && resident.care_level_source === source) return;
  stmt(ctx.db, 'UPDATE residents SET care_level = ?, care_level_source = ?, updated_at = ? WHERE id = ?').run(level, source, ctx.now.toISOString(), residentId);
  const basis = current ? `（${current.source === 'external' ? '外部评估' : '老年人能力评估'} ${current.assessedOn}）` : '（已无评估记录）';
  ctx.audit({
    entity: 'resident',
    entityId: residentId,
    summary: `能力等级：${resident.name} ${careLevelLabel(resident.care_level)} → ${careLevelLabel(level)}${basis}`,
    before: { careLevel: resident.care_level },
    after: { careLevel: level },
  });
}
