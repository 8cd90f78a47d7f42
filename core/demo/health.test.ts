import { describe, expect, it } from 'vitest';
import { openDatabase } from '../../db/open.ts';
import { migrate } from '../../db/migrate.ts';
import { DEMO_HOME, seedHome } from './seed.ts';

/** The demo home has something real on every new screen: levels, risks, overdue assessments, facts, exams, referrals. */
describe('the demo home’s health records', () => {
  it('are seeded through the use cases with levels, risks, overdue items, allergies, exams of part of the 65+ and open referrals', () => {
    const db = openDatabase(':memory:');
    migrate(db);
    const today = '2026-11-23';
    seedHome(db, { shape: DEMO_HOME, now: new Date(`${today}T01:00:00Z`), isDemo: true, users: false });
    const count = (sql: string, ...p: unknown[]) => db.prepare(sql).pluck().get(...p) as number;
    const inResidence = count(`SELECT count(*) FROM residents WHERE status = 'in_residence'`);
    expect(count(`SELECT count(*) FROM residents WHERE status = 'in_residence' AND care_level_source = 'assessment'`)).toBeGreaterThan(inResidence * 0.4);
    expect(count(`SELECT count(*) FROM residents WHERE status = 'in_residence' AND care_level_source = 'external'`)).toBeGreaterThan(0);
    expect(count(`SELECT count(*) FROM residents WHERE status = 'in_residence' AND care_level IS NULL`)).toBeGreaterThan(0);
    expect(count(`SELECT count(*) FROM assessment_latest WHERE track IN ('braden', 'morse') AND risk IN ('high', 'very_high')`)).toBeGreaterThan(0);
    expect(count(`SELECT count(*) FROM assessment_latest WHERE next_due_on < ?`, today)).toBeGreaterThan(0);
    expect(count(`SELECT count(DISTINCT resident_id) FROM allergies`)).toBeGreaterThan(5);
    expect(count(`SELECT count(*) FROM referrals WHERE returned_on IS NULL AND admitted = 1`)).toBe(2);
    expect(count(`SELECT count(*) FROM referrals WHERE returned_on IS NULL`)).toBe(3);
    const eligible = count(`SELECT count(*) FROM residents WHERE status = 'in_residence' AND birth_date <= '1961-11-23'`);
    const examined = count(`SELECT count(DISTINCT resident_id) FROM annual_exams WHERE exam_year = 2026`);
    expect(examined).toBeGreaterThan(0);
    expect(examined).toBeLessThan(eligible);
  });
});
