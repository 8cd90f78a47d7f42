import type { WriteContext } from '../api/context.ts';
import { conflict, notFound } from '../shared/errors.ts';
import { stmt } from '../shared/statements.ts';
import { getBed } from './queries.ts';
import type { BedCell } from './schema.ts';

/** 停用/启用床位. A bed with someone in it cannot be stopped; setting the state it already has changes nothing. */
export function setBedActive(ctx: WriteContext, bedId: number, active: boolean): BedCell {
  const bed = getBed(ctx.db, bedId, ctx.today);
  if (!bed) throw notFound('该床位');
  if (!active && bed.occupant) {
    throw conflict(`床位 ${bed.label} 有老人在住（${bed.occupant.name}），请先为老人换床再停用`, 'bedId');
  }
  if (bed.active === active) return bed;
  stmt(ctx.db, 'UPDATE beds SET active = ? WHERE id = ?').run(active ? 1 : 0, bedId);
  ctx.audit({
    entity: 'bed',
    entityId: bedId,
    summary: `${active ? '启用' : '停用'}床位 ${bed.label}`,
    before: { active: bed.active },
    after: { active },
  });
  return { ...bed, active };
}
