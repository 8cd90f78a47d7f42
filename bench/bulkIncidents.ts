import dayjs from 'dayjs';
import type { Db } from '../db/open.ts';
import { seededRandom } from '../core/demo/random.ts';
import { INCIDENT_KINDS, INJURIES, type IncidentKind, type Injury } from '../core/incidents/schema.ts';

/**
 * Incidents at a real home's rate — about one a resident a year (mostly falls) — for everyone who lived in the
 * benchmark home, written by plain INSERTs in one transaction: the register, the 总览's deadlines and the district
 * pack read them. The last few weeks' are left open (family not told, follow-up running) as in a real register.
 */
export function bulkIncidents(db: Db, today: string, seed: number): number {
  const rng = seededRandom(seed);
  const kinds = Object.keys(INCIDENT_KINDS) as IncidentKind[];
  const injuries = Object.keys(INJURIES) as Injury[];
  const people = db
    .prepare(`SELECT id, admission_date, coalesce(left_on, ?) AS until FROM residents WHERE deleted_at IS NULL`)
    .all(today) as { id: number; admission_date: string; until: string }[];
  const insert = db.prepare(
    `INSERT INTO incidents (resident_id, kind, occurred_at, place, witnesses, description, injury, actions, family_notified_at,
       family_notified_whom, follow_up, follow_up_closed_on, reported_by_name, created_at, updated_at)
     VALUES (?, ?, ?, '房间', '', '性能测试用的意外事件记录', ?, '医生查看', ?, ?, ?, ?, '护理员', ?, ?)`,
  );
  const recent = dayjs(today).subtract(21, 'day').format('YYYY-MM-DD');
  let n = 0;
  db.transaction(() => {
    for (const p of people) {
      const days = Math.max(1, dayjs(p.until).diff(p.admission_date, 'day'));
      const count = Math.floor((days / 365) * (0.5 + rng.next()));
      for (let i = 0; i < count; i++) {
        const at = dayjs(p.admission_date).add(rng.int(0, days - 1), 'day').hour(rng.int(6, 21)).minute(rng.int(0, 59));
        const day = at.format('YYYY-MM-DD');
        const open = day >= recent;
        const occurred = at.format('YYYY-MM-DDTHH:mm');
        const told = open && rng.next() < 0.3 ? null : at.add(40, 'minute').format('YYYY-MM-DDTHH:mm');
        insert.run(
          p.id,
          rng.weighted(kinds.map((k) => [k, k === 'fall' ? 12 : 1] as const)),
          occurred,
          rng.weighted(injuries.map((k) => [k, k === 'none' ? 6 : k === 'minor' ? 3 : k === 'death' ? 0 : 1] as const)),
          told,
          told ? '家属（电话）' : '',
          open ? '' : '已加强巡视',
          open ? null : at.add(7, 'day').format('YYYY-MM-DD') > today ? null : at.add(7, 'day').format('YYYY-MM-DD'),
          `${occurred}:00.000Z`,
          `${occurred}:00.000Z`,
        );
        n++;
      }
    }
  })();
  return n;
}
