import type { Db } from '../../db/open.ts';
import { allStock } from './queries.ts';
import type { DrugStock } from './schema.ts';

/** 药品库存 on screen: searched by name, or only the drugs with an alert (low, expiring within 90 days, expired). */
export function listStock(db: Db, input: { q: string; alert: 'all' | 'low' | 'expiring' | 'expired' }, today: string) {
  const all = allStock(db, today);
  const alerts = {
    low: all.filter((d) => d.low).length,
    expiring: all.filter((d) => d.level === 'soon' || d.level === 'near').length,
    expired: all.filter((d) => d.level === 'expired').length,
  };
  const q = input.q.toLowerCase();
  const rows = all.filter(
    (d: DrugStock) =>
      (q === '' || d.name.toLowerCase().includes(q) || d.spec.toLowerCase().includes(q)) &&
      (input.alert === 'all' ||
        (input.alert === 'low' && d.low) ||
        (input.alert === 'expiring' && (d.level === 'soon' || d.level === 'near')) ||
        (input.alert === 'expired' && d.level === 'expired')),
  );
  return { rows, alerts, total: all.length };
}
