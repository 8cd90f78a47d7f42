import type { Db } from '../../db/open.ts';
import { conflict, invalid } from '../shared/errors.ts';
import { stmt } from '../shared/statements.ts';
import { CENTRE_SERVICES, type AgreedServiceInput } from './schema.ts';

/**
 * Writes an agreement's promised services in the order given. A service keeps its id when edited, so visits that
 * delivered it still count; one a visit has delivered cannot be dropped (change its frequency instead).
 */
export function saveServices(db: Db, agreementId: number, services: readonly AgreedServiceInput[]): void {
  const existing = new Set(stmt<number>(db, 'SELECT id FROM agreement_services WHERE agreement_id = ?').pluck().all(agreementId));
  services.forEach((s, i) => {
    if (s.id !== null && !existing.has(s.id)) throw invalid('这项服务不属于这份协议，请刷新后再试', `services.${i}.id`);
  });
  const kept = new Set(services.map((s) => s.id).filter((id): id is number => id !== null));
  for (const id of existing) {
    if (kept.has(id)) continue;
    const used = stmt<string>(
      db,
      `SELECT s.name FROM agreement_services s WHERE s.id = ? AND EXISTS (SELECT 1 FROM centre_visit_services v WHERE v.service_id = s.id)`,
    )
      .pluck()
      .get(id);
    if (used !== undefined) throw conflict(`“${used}”已有来访记录，不能从协议中删除；如不再提供，可修改协议期限或频次`, 'services');
    stmt(db, 'DELETE FROM agreement_services WHERE id = ?').run(id);
  }
  // Positions are unique per agreement: move the kept rows out of the way before numbering them again.
  stmt(db, 'UPDATE agreement_services SET position = -position - 1 WHERE agreement_id = ?').run(agreementId);
  services.forEach((s, position) => {
    const row = { agreementId, position, service: s.service, name: s.name || CENTRE_SERVICES[s.service], way: s.way, times: s.times, per: s.per };
    if (s.id === null) {
      stmt(
        db,
        `INSERT INTO agreement_services (agreement_id, position, service, name, way, times, per)
         VALUES (@agreementId, @position, @service, @name, @way, @times, @per)`,
      ).run(row);
    } else {
      stmt(db, `UPDATE agreement_services SET position = @position, service = @service, name = @name, way = @way, times = @times, per = @per WHERE id = @id`).run({
        ...row,
        id: s.id,
      });
    }
  });
}
