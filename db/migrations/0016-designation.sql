-- 医保定点 and 长护险定点: what the clinic needs on file to apply (医保 principal and administrator, the information
-- system declaration, the billing separation, the register of the home's rules documents, earlier bars), the
-- applications with their steps, supplement requests (which pause the evaluation clock) and materials, and
-- each resident's 长护险 失能等级 from the assessing agency. Dates are ISO days. Soft-deleted only.

-- One row: the designation set-up of the home's clinic (国家医疗保障局令第2号 第六条).
CREATE TABLE designation_setup (
  id INTEGER PRIMARY KEY CHECK (id = 1),
  insurance_principal TEXT NOT NULL DEFAULT '',
  insurance_administrator TEXT NOT NULL DEFAULT '',
  insurance_department INTEGER NOT NULL DEFAULT 0 CHECK (insurance_department IN (0, 1)),
  info_vendor TEXT NOT NULL DEFAULT '',
  info_declared_on TEXT,
  info_direct_settlement INTEGER NOT NULL DEFAULT 0 CHECK (info_direct_settlement IN (0, 1)),
  info_national_codes INTEGER NOT NULL DEFAULT 0 CHECK (info_national_codes IN (0, 1)),
  billing_separated INTEGER NOT NULL DEFAULT 0 CHECK (billing_separated IN (0, 1)),
  billing_note TEXT NOT NULL DEFAULT '',
  updated_at TEXT NOT NULL
) STRICT;

-- The home's rules documents (医保管理制度, 财务制度 …) with version and adoption date.
CREATE TABLE rule_documents (
  id INTEGER PRIMARY KEY,
  title TEXT NOT NULL,
  version TEXT NOT NULL,
  adopted_on TEXT NOT NULL,
  attachment_id INTEGER REFERENCES attachments (id),
  deleted_at TEXT,
  created_at TEXT NOT NULL
) STRICT;

-- Earlier events that bar an application for a time (第十二条): fraud, terminations, 失信 (listed until ended_on).
CREATE TABLE designation_bars (
  id INTEGER PRIMARY KEY,
  kind TEXT NOT NULL CHECK (kind IN ('fraud', 'illegal_termination', 'breach_termination', 'principal_termination', 'dishonest')),
  occurred_on TEXT NOT NULL,
  ended_on TEXT,
  note TEXT NOT NULL DEFAULT '',
  deleted_at TEXT,
  created_at TEXT NOT NULL,
  CHECK (ended_on IS NULL OR ended_on >= occurred_on)
) STRICT;

CREATE TABLE designation_applications (
  id INTEGER PRIMARY KEY,
  kind TEXT NOT NULL CHECK (kind IN ('medical', 'ltc')),
  status TEXT NOT NULL CHECK (status IN ('draft', 'ready', 'evaluating', 'passed', 'failed', 'signed', 'suspended', 'ended')),
  title TEXT NOT NULL,
  submitted_on TEXT,
  accepted_on TEXT,
  outcome_on TEXT,
  reasons TEXT NOT NULL DEFAULT '',
  rectification TEXT NOT NULL DEFAULT '',
  agreement_no TEXT NOT NULL DEFAULT '',
  agreement_from TEXT,
  agreement_to TEXT,
  suspended_from TEXT,
  suspended_until TEXT,
  exit_notice_on TEXT,
  exit_on TEXT,
  -- The major information (第四十条) as it stood when the agreement was signed: later changes are to be reported.
  signed_facts TEXT CHECK (signed_facts IS NULL OR json_valid(signed_facts)),
  signed_at TEXT,
  deleted_at TEXT,
  created_at TEXT NOT NULL,
  updated_at TEXT NOT NULL,
  CHECK (accepted_on IS NULL OR accepted_on >= submitted_on),
  CHECK (outcome_on IS NULL OR outcome_on >= accepted_on),
  CHECK (agreement_to IS NULL OR agreement_to > agreement_from)
) STRICT;
CREATE INDEX designation_applications_kind ON designation_applications (kind, id) WHERE deleted_at IS NULL;

-- 补正材料: the agency asks for more; the evaluation clock stops from requested_on until supplied_on.
CREATE TABLE designation_supplements (
  id INTEGER PRIMARY KEY,
  application_id INTEGER NOT NULL REFERENCES designation_applications (id),
  requested_on TEXT NOT NULL,
  supplied_on TEXT,
  note TEXT NOT NULL DEFAULT '',
  CHECK (supplied_on IS NULL OR supplied_on >= requested_on)
) STRICT;
CREATE INDEX designation_supplements_application ON designation_supplements (application_id, requested_on);

-- The materials of one application: generated from the app's data, or a scan attached.
CREATE TABLE designation_materials (
  id INTEGER PRIMARY KEY,
  application_id INTEGER NOT NULL REFERENCES designation_applications (id),
  key TEXT NOT NULL,
  attachment_id INTEGER REFERENCES attachments (id),
  not_needed_reason TEXT NOT NULL DEFAULT '',
  updated_at TEXT NOT NULL,
  UNIQUE (application_id, key)
) STRICT;

-- 长护险 失能等级 (医保办发〔2021〕37号: 0 基本正常 … 5 重度失能Ⅲ级) as the assessing agency concluded it.
CREATE TABLE ltc_assessments (
  id INTEGER PRIMARY KEY,
  resident_id INTEGER NOT NULL REFERENCES residents (id),
  level INTEGER NOT NULL CHECK (level BETWEEN 0 AND 5),
  assessed_on TEXT NOT NULL,
  agency TEXT NOT NULL,
  valid_until TEXT NOT NULL,
  benefit_from TEXT,
  note TEXT NOT NULL DEFAULT '',
  deleted_at TEXT,
  created_at TEXT NOT NULL,
  CHECK (valid_until >= assessed_on)
) STRICT;
CREATE INDEX ltc_assessments_resident ON ltc_assessments (resident_id, assessed_on) WHERE deleted_at IS NULL;
CREATE INDEX ltc_assessments_valid ON ltc_assessments (valid_until) WHERE deleted_at IS NULL;

-- 重大信息变更已申报: a detected change (field, its new value) marked as reported to the agency on a day.
CREATE TABLE designation_change_reports (
  id INTEGER PRIMARY KEY,
  application_id INTEGER NOT NULL REFERENCES designation_applications (id),
  field TEXT NOT NULL,
  value TEXT NOT NULL,
  reported_on TEXT NOT NULL,
  created_at TEXT NOT NULL
) STRICT;
CREATE INDEX designation_change_reports_application ON designation_change_reports (application_id, field);
