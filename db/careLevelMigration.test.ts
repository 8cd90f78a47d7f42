import { describe, expect, it } from 'vitest';
import { openDatabase } from './open.ts';
import { loadMigrations, migrate } from './migrate.ts';

/**
 * 能力等级 used to be typed by hand on the resident (residents.care_level). The migration that brings the assessments
 * (db/migrations/index.ts: '…-care-level-to-external-assessment.sql', after '…-health-records.sql') turns each typed
 * value into an 外部评估 dated on admission with the source 入住时录入, and the resident's level points at it.
 */
describe('the typed 能力等级 becomes an external assessment', () => {
  it('keeps every typed level, marks it external, dates it on admission, and makes it due for the home\'s own assessment', () => {
    const all = loadMigrations();
    const before = all.findIndex((m) => m.name === 'health-records');
    expect(before).toBeGreaterThan(0);
    const db = openDatabase(':memory:');
    migrate(db, all.slice(0, before));
    const at = '2026-01-01T00:00:00Z';
    db.prepare(`INSERT INTO beds (id, floor, room, bed_no, created_at) VALUES (1, 1, '101', '1', ?), (2, 1, '101', '2', ?)`).run(at, at);
    const insert = db.prepare(
      `INSERT INTO residents (name, name_pinyin, name_initials, sex, id_number, birth_date, admission_date, bed_id, care_level, payment_type, status, created_at, updated_at)
       VALUES (?, '', '', '女', ?, '1940-01-01', ?, ?, ?, 'self', 'in_residence', ?, ?)`,
    );
    const a = Number(insert.run('张秀英', '110105194001010020', '2025-03-04', 1, 3, at, at).lastInsertRowid);
    const b = Number(insert.run('李桂兰', '110105194001010046', '2025-05-06', 2, null, at, at).lastInsertRowid);
    migrate(db, all);

    expect(db.prepare('SELECT care_level, care_level_source FROM residents WHERE id = ?').get(a)).toEqual({ care_level: 3, care_level_source: 'external' });
    expect(db.prepare('SELECT care_level, care_level_source FROM residents WHERE id = ?').get(b)).toEqual({ care_level: null, care_level_source: null });
    const rows = db.prepare('SELECT resident_id, scale, assessed_on, level_index, level_label, source, next_due_on FROM assessments').all();
    expect(rows).toEqual([{ resident_id: a, scale: 'external', assessed_on: '2025-03-04', level_index: 3, level_label: '重度失能', source: '入住时录入', next_due_on: '2025-03-04' }]);
    expect(db.prepare(`SELECT resident_id, track FROM assessment_latest`).all()).toEqual([{ resident_id: a, track: 'ability' }]);
  });
});
