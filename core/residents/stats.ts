import type { Db } from '../../db/open.ts';
import { stmt } from '../shared/statements.ts';
import { bornOnOrBefore } from '../shared/dates.ts';
import { floorSummaries } from '../beds/queries.ts';

/** The numbers on the 总览 page. */
export function residentStats(db: Db, today: string) {
  const monthStart = `${today.slice(0, 7)}-01`;
  const counts = stmt<{
    inResidence: number;
    aged65: number;
    aged80: number;
    male: number;
    unassessed: number;
    admittedThisMonth: number;
  }>(
    db,
    `SELECT count(*) AS inResidence,
            sum(birth_date <= ?) AS aged65,
            sum(birth_date <= ?) AS aged80,
            sum(sex = '男') AS male,
            sum(care_level IS NULL) AS unassessed,
            sum(admission_date >= ?) AS admittedThisMonth
     FROM residents WHERE status = 'in_residence' AND deleted_at IS NULL`,
  ).get(bornOnOrBefore(today, 65), bornOnOrBefore(today, 80), monthStart)!;
  const byCareLevel = stmt<{ level: number | null; n: number }>(
    db,
    `SELECT care_level AS level, count(*) AS n FROM residents
     WHERE status = 'in_residence' AND deleted_at IS NULL GROUP BY care_level ORDER BY care_level`,
  ).all();
  const left = stmt<{ discharged: number; deceased: number }>(
    db,
    `SELECT coalesce(sum(status = 'discharged'), 0) AS discharged, coalesce(sum(status = 'deceased'), 0) AS deceased
     FROM residents WHERE deleted_at IS NULL AND left_on >= ?`,
  ).get(monthStart)!;
  const floors = floorSummaries(db);
  return {
    inResidence: counts.inResidence,
    aged65: counts.aged65 ?? 0,
    aged80: counts.aged80 ?? 0,
    male: counts.male ?? 0,
    female: counts.inResidence - (counts.male ?? 0),
    unassessed: counts.unassessed ?? 0,
    admittedThisMonth: counts.admittedThisMonth ?? 0,
    leftThisMonth: left,
    byCareLevel,
    floors,
    beds: floors.reduce((s, f) => s + f.beds, 0),
    occupiedBeds: floors.reduce((s, f) => s + f.occupied, 0),
  };
}
