-- 健康档案 (issue #8): the resident's history, allergies, conditions, outside medication, hospice care, vaccinations and
-- referrals (core/records), scored assessments (core/assessments) and the annual exam with 中医体质辨识 (core/exams).
-- Nothing a filing may have printed is deleted: every row is soft-deleted with a reason (deleted_at) and can be restored.
-- A record made for a resident who has since left carries the reason it was entered late (late_reason).

CREATE TABLE medical_history (
  id INTEGER PRIMARY KEY,
  resident_id INTEGER NOT NULL REFERENCES residents (id),
  kind TEXT NOT NULL CHECK (kind IN ('illness', 'surgery', 'trauma', 'transfusion', 'family')),
  description TEXT NOT NULL,
  when_text TEXT NOT NULL DEFAULT '',        -- as told: “2015年”, “约20年前”
  relation TEXT NOT NULL DEFAULT '',         -- family history: whose (父亲、母亲…)
  recorded_on TEXT NOT NULL,
  late_reason TEXT NOT NULL DEFAULT '',
  created_at TEXT NOT NULL,
  created_by TEXT NOT NULL,
  deleted_at TEXT,
  deleted_reason TEXT
) STRICT;
CREATE INDEX medical_history_resident ON medical_history (resident_id);

CREATE TABLE allergies (
  id INTEGER PRIMARY KEY,
  resident_id INTEGER NOT NULL REFERENCES residents (id),
  category TEXT NOT NULL CHECK (category IN ('drug', 'food', 'other')),
  substance TEXT NOT NULL,
  reaction TEXT NOT NULL DEFAULT '',
  severity TEXT NOT NULL CHECK (severity IN ('mild', 'moderate', 'severe')),
  recorded_on TEXT NOT NULL,
  notes TEXT NOT NULL DEFAULT '',
  late_reason TEXT NOT NULL DEFAULT '',
  created_at TEXT NOT NULL,
  created_by TEXT NOT NULL,
  deleted_at TEXT,
  deleted_reason TEXT
) STRICT;
-- Who has an allergy (the red tag on the roster and the bed map): the entries of this index alone.
CREATE INDEX allergies_active ON allergies (resident_id) WHERE deleted_at IS NULL;

CREATE TABLE conditions (
  id INTEGER PRIMARY KEY,
  resident_id INTEGER NOT NULL REFERENCES residents (id),
  icd10 TEXT NOT NULL DEFAULT '',            -- from core/records/icd10.json, or '' for a diagnosis typed as text
  name TEXT NOT NULL,
  diagnosed_on TEXT,
  status TEXT NOT NULL CHECK (status IN ('active', 'resolved')),
  resolved_on TEXT,
  notes TEXT NOT NULL DEFAULT '',
  recorded_on TEXT NOT NULL,
  late_reason TEXT NOT NULL DEFAULT '',
  created_at TEXT NOT NULL,
  created_by TEXT NOT NULL,
  deleted_at TEXT,
  deleted_reason TEXT,
  CHECK ((status = 'resolved') = (resolved_on IS NOT NULL))
) STRICT;
CREATE INDEX conditions_resident ON conditions (resident_id);

-- 长期用药 as recorded from prescriptions made outside the home (a hospital, the community centre).
CREATE TABLE outside_medications (
  id INTEGER PRIMARY KEY,
  resident_id INTEGER NOT NULL REFERENCES residents (id),
  drug TEXT NOT NULL,
  dose TEXT NOT NULL DEFAULT '',
  route TEXT NOT NULL DEFAULT '',
  frequency TEXT NOT NULL DEFAULT '',
  prescribed_by TEXT NOT NULL DEFAULT '',
  started_on TEXT,
  stopped_on TEXT,
  notes TEXT NOT NULL DEFAULT '',
  recorded_on TEXT NOT NULL,
  late_reason TEXT NOT NULL DEFAULT '',
  created_at TEXT NOT NULL,
  created_by TEXT NOT NULL,
  deleted_at TEXT,
  deleted_reason TEXT,
  CHECK (stopped_on IS NULL OR started_on IS NULL OR stopped_on >= started_on)
) STRICT;
CREATE INDEX outside_medications_resident ON outside_medications (resident_id);

-- 安宁疗护: a period from its start to its end; an open period is the resident's hospice status.
CREATE TABLE hospice_periods (
  id INTEGER PRIMARY KEY,
  resident_id INTEGER NOT NULL REFERENCES residents (id),
  started_on TEXT NOT NULL,
  ended_on TEXT,
  end_reason TEXT NOT NULL DEFAULT '',
  notes TEXT NOT NULL DEFAULT '',
  late_reason TEXT NOT NULL DEFAULT '',
  created_at TEXT NOT NULL,
  created_by TEXT NOT NULL,
  deleted_at TEXT,
  deleted_reason TEXT,
  CHECK (ended_on IS NULL OR ended_on >= started_on)
) STRICT;
CREATE UNIQUE INDEX hospice_one_open ON hospice_periods (resident_id) WHERE ended_on IS NULL AND deleted_at IS NULL;

CREATE TABLE vaccinations (
  id INTEGER PRIMARY KEY,
  resident_id INTEGER NOT NULL REFERENCES residents (id),
  vaccine TEXT NOT NULL CHECK (vaccine IN ('influenza', 'pneumococcal', 'other')),
  vaccine_name TEXT NOT NULL,
  dose TEXT NOT NULL DEFAULT '',
  given_on TEXT NOT NULL,
  institution TEXT NOT NULL DEFAULT '',
  batch_no TEXT NOT NULL DEFAULT '',
  consent_by TEXT NOT NULL,                  -- who consented (本人 or a family member), and when
  consent_relation TEXT NOT NULL,
  consent_on TEXT NOT NULL,
  notes TEXT NOT NULL DEFAULT '',
  late_reason TEXT NOT NULL DEFAULT '',
  created_at TEXT NOT NULL,
  created_by TEXT NOT NULL,
  deleted_at TEXT,
  deleted_reason TEXT,
  CHECK (consent_on <= given_on)
) STRICT;
CREATE INDEX vaccinations_resident ON vaccinations (resident_id, given_on);

-- 双向转诊: out to a hospital, and back with its discharge summary and new orders. While a referral that admitted
-- the resident is open, they are 住院中 on the roster and the bed map, and the bed stays theirs.
CREATE TABLE referrals (
  id INTEGER PRIMARY KEY,
  resident_id INTEGER NOT NULL REFERENCES residents (id),
  referred_on TEXT NOT NULL,
  hospital TEXT NOT NULL,
  partner INTEGER NOT NULL CHECK (partner IN (0, 1)),   -- a 医联体 partner of the home
  department TEXT NOT NULL DEFAULT '',
  reason TEXT NOT NULL,
  urgent INTEGER NOT NULL DEFAULT 0 CHECK (urgent IN (0, 1)),
  admitted INTEGER NOT NULL DEFAULT 0 CHECK (admitted IN (0, 1)),
  returned_on TEXT,
  outcome TEXT CHECK (outcome IN ('returned', 'not_returned')),
  discharge_diagnosis TEXT NOT NULL DEFAULT '',
  discharge_summary TEXT NOT NULL DEFAULT '',
  new_orders TEXT NOT NULL DEFAULT '',
  notes TEXT NOT NULL DEFAULT '',
  late_reason TEXT NOT NULL DEFAULT '',
  created_at TEXT NOT NULL,
  created_by TEXT NOT NULL,
  deleted_at TEXT,
  deleted_reason TEXT,
  CHECK ((returned_on IS NULL) = (outcome IS NULL)),
  CHECK (returned_on IS NULL OR returned_on >= referred_on)
) STRICT;
CREATE INDEX referrals_resident ON referrals (resident_id, referred_on);
-- One open referral per resident; the open ones are the list the doctor works from.
CREATE UNIQUE INDEX referrals_open ON referrals (resident_id) WHERE returned_on IS NULL AND deleted_at IS NULL;

-- Every scored assessment (core/assessments/scales) with its raw answers and the result the scoring function gave,
-- and 外部评估: an ability level from an assessment made elsewhere, typed with its date and source.
CREATE TABLE assessments (
  id INTEGER PRIMARY KEY,
  resident_id INTEGER NOT NULL REFERENCES residents (id),
  scale TEXT NOT NULL CHECK (scale IN ('gbt42195', 'braden', 'morse', 'ad8', 'mmse', 'selfcare', 'external')),
  version TEXT NOT NULL,
  assessed_on TEXT NOT NULL,
  reason TEXT NOT NULL DEFAULT '',
  assessors TEXT NOT NULL DEFAULT '',
  answers_json TEXT NOT NULL DEFAULT '{}',
  context_json TEXT NOT NULL DEFAULT '{}',
  total INTEGER,
  level_index INTEGER,
  level_label TEXT NOT NULL,
  risk TEXT NOT NULL CHECK (risk IN ('none', 'low', 'moderate', 'high', 'very_high')),
  result_json TEXT NOT NULL DEFAULT '{}',
  next_due_on TEXT,
  source TEXT NOT NULL DEFAULT '',
  notes TEXT NOT NULL DEFAULT '',
  late_reason TEXT NOT NULL DEFAULT '',
  created_at TEXT NOT NULL,
  created_by TEXT NOT NULL,
  deleted_at TEXT,
  deleted_reason TEXT
) STRICT;
CREATE INDEX assessments_resident ON assessments (resident_id, scale, assessed_on);

-- The latest assessment of each resident on each track (ability = GB/T 42195 or external; each other scale its own),
-- written in the same transaction as every save and removal of an assessment, so the nurse's lists (high risk,
-- overdue) read at most a few rows per resident instead of their whole history.
CREATE TABLE assessment_latest (
  resident_id INTEGER NOT NULL REFERENCES residents (id),
  track TEXT NOT NULL,
  assessment_id INTEGER NOT NULL REFERENCES assessments (id),
  assessed_on TEXT NOT NULL,
  next_due_on TEXT,
  total INTEGER,
  risk TEXT NOT NULL,
  level_label TEXT NOT NULL,
  PRIMARY KEY (resident_id, track)
) STRICT;
CREATE INDEX assessment_latest_risk ON assessment_latest (track, risk);
CREATE INDEX assessment_latest_due ON assessment_latest (next_due_on);

-- The resident's 能力等级 (residents.care_level) is no longer typed: it is the final level of the latest ability
-- assessment, or of the latest external one, kept on the resident in the same transaction (so the roster sorts and
-- filters by it with no join). Where it came from:
ALTER TABLE residents ADD COLUMN care_level_source TEXT CHECK (care_level_source IN ('assessment', 'external'));

-- 年度健康体检 of residents aged 65+ (国家基本公共卫生服务规范（第三版） 老年人健康管理): the 健康体检表 as entered,
-- the 生活自理能力 and 中医体质辨识 results computed by core/assessments/scales, and the guidance given.
CREATE TABLE annual_exams (
  id INTEGER PRIMARY KEY,
  resident_id INTEGER NOT NULL REFERENCES residents (id),
  exam_on TEXT NOT NULL,
  exam_year INTEGER NOT NULL,
  doctor TEXT NOT NULL,
  form_json TEXT NOT NULL,
  selfcare_json TEXT NOT NULL,
  selfcare_total INTEGER NOT NULL,
  selfcare_level TEXT NOT NULL,
  tcm_answers_json TEXT NOT NULL,
  tcm_result_json TEXT NOT NULL,
  tcm_main TEXT NOT NULL,
  tcm_guidance_json TEXT NOT NULL,
  evaluation TEXT NOT NULL CHECK (evaluation IN ('normal', 'abnormal')),
  late_reason TEXT NOT NULL DEFAULT '',
  created_at TEXT NOT NULL,
  created_by TEXT NOT NULL,
  deleted_at TEXT,
  deleted_reason TEXT
) STRICT;
CREATE UNIQUE INDEX annual_exams_one_a_year ON annual_exams (resident_id, exam_year) WHERE deleted_at IS NULL;
CREATE INDEX annual_exams_resident ON annual_exams (resident_id, exam_on);
