-- 能力等级 used to be typed by hand on the resident. Each typed value becomes an 外部评估 (an assessment made outside
-- the app) dated on the admission date with the source “入住时录入”, and the resident's level now points at it. Its
-- next due date is that same date: nothing in the app assessed this level, so the nurse's list asks for the home's
-- own GB/T 42195 assessment of each of these residents.
INSERT INTO assessments (resident_id, scale, version, assessed_on, level_index, level_label, risk, next_due_on, source, notes, created_at, created_by)
SELECT id, 'external', '外部评估', admission_date, care_level,
       CASE care_level WHEN 0 THEN '能力完好' WHEN 1 THEN '轻度失能' WHEN 2 THEN '中度失能' WHEN 3 THEN '重度失能' ELSE '完全失能' END,
       CASE care_level WHEN 0 THEN 'none' WHEN 1 THEN 'low' WHEN 2 THEN 'moderate' WHEN 3 THEN 'high' ELSE 'very_high' END,
       admission_date, '入住时录入', '升级前在老人信息中手工录入的能力等级，升级时转为外部评估记录',
       strftime('%Y-%m-%dT%H:%M:%fZ', 'now'), '系统（数据升级）'
FROM residents WHERE care_level IS NOT NULL;

INSERT INTO assessment_latest (resident_id, track, assessment_id, assessed_on, next_due_on, total, risk, level_label)
SELECT resident_id, 'ability', id, assessed_on, next_due_on, NULL, risk, level_label FROM assessments WHERE scale = 'external';

UPDATE residents SET care_level_source = 'external' WHERE care_level IS NOT NULL;
