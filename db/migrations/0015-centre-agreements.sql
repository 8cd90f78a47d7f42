-- 签约社区卫生服务中心: the agreements a home signs with its contracted medical institution (000 四(二); 002 (二);
-- 004 第4条), what each agreement promises (services, way, frequency), the centre's visits and what they delivered,
-- and each resident's family-doctor signing (家庭医生签约). Soft-deleted only: a filing may have printed them.
CREATE TABLE agreements (
  id INTEGER PRIMARY KEY,
  partner_name TEXT NOT NULL,
  partner_credit_code TEXT NOT NULL,        -- 统一社会信用代码, checked (GB 32100)
  partner_address TEXT NOT NULL,
  partner_contact TEXT NOT NULL,
  partner_phone TEXT NOT NULL,
  starts_on TEXT NOT NULL,
  ends_on TEXT NOT NULL,
  fee_fen INTEGER NOT NULL CHECK (fee_fen >= 0),     -- yearly fee in 分; 0 = free of charge
  fee_payer TEXT NOT NULL CHECK (fee_payer IN ('home', 'residents', 'insurance', 'public', 'none')),
  fee_note TEXT NOT NULL DEFAULT '',
  home_duties TEXT NOT NULL,
  partner_duties TEXT NOT NULL,
  insurer TEXT NOT NULL DEFAULT '',          -- the visiting staff's 医疗责任险
  policy_no TEXT NOT NULL DEFAULT '',
  insurance_expires_on TEXT,
  attachment_id INTEGER REFERENCES attachments (id),
  notes TEXT NOT NULL DEFAULT '',
  deleted_at TEXT,
  deleted_reason TEXT,
  created_at TEXT NOT NULL,
  updated_at TEXT NOT NULL,
  CHECK (ends_on >= starts_on)
) STRICT;
CREATE INDEX agreements_partner ON agreements (partner_credit_code, starts_on) WHERE deleted_at IS NULL;

-- What an agreement promises: each service with the way it is given and how often (times per week / month /
-- quarter / year). `name` is the service's words (其他 names its own).
CREATE TABLE agreement_services (
  id INTEGER PRIMARY KEY,
  agreement_id INTEGER NOT NULL REFERENCES agreements (id),
  position INTEGER NOT NULL,
  service TEXT NOT NULL CHECK (service IN ('health_management', 'health_education', 'prevention', 'diagnosis',
                                           'rehabilitation', 'hospice', 'family_doctor', 'home_bed', 'other')),
  name TEXT NOT NULL,
  way TEXT NOT NULL DEFAULT '',
  times INTEGER NOT NULL CHECK (times >= 1),
  per TEXT NOT NULL CHECK (per IN ('week', 'month', 'quarter', 'year')),
  UNIQUE (agreement_id, position)
) STRICT;

-- 巡诊 / 服务记录: one visit of the centre's staff. `counted` is 1 when the visit falls inside its agreement's
-- term (it counts towards 服务到位); a visit outside every term is recorded only as an unplanned visit (0).
CREATE TABLE centre_visits (
  id INTEGER PRIMARY KEY,
  agreement_id INTEGER NOT NULL REFERENCES agreements (id),
  visit_on TEXT NOT NULL,                    -- YYYY-MM-DD, the home's calendar
  starts_at TEXT NOT NULL,                   -- HH:mm
  ends_at TEXT NOT NULL DEFAULT '',
  unplanned INTEGER NOT NULL CHECK (unplanned IN (0, 1)),
  counted INTEGER NOT NULL CHECK (counted IN (0, 1)),
  notes TEXT NOT NULL DEFAULT '',
  signed_off_by INTEGER REFERENCES users (id),
  signed_off_by_name TEXT NOT NULL,
  deleted_at TEXT,
  deleted_reason TEXT,
  created_at TEXT NOT NULL,
  updated_at TEXT NOT NULL
) STRICT;
CREATE INDEX centre_visits_agreement ON centre_visits (agreement_id, visit_on) WHERE deleted_at IS NULL;
CREATE INDEX centre_visits_day ON centre_visits (visit_on) WHERE deleted_at IS NULL;

CREATE TABLE centre_visit_staff (
  visit_id INTEGER NOT NULL REFERENCES centre_visits (id),
  position INTEGER NOT NULL,
  name TEXT NOT NULL,
  role TEXT NOT NULL,
  licence_no TEXT NOT NULL DEFAULT '',
  PRIMARY KEY (visit_id, position)
) STRICT;

CREATE TABLE centre_visit_services (
  visit_id INTEGER NOT NULL REFERENCES centre_visits (id),
  service_id INTEGER NOT NULL REFERENCES agreement_services (id),
  PRIMARY KEY (visit_id, service_id)
) STRICT;

-- Who was seen and what was done for each (the readings go to the resident's vital signs when that area is there).
CREATE TABLE centre_visit_residents (
  visit_id INTEGER NOT NULL REFERENCES centre_visits (id),
  resident_id INTEGER NOT NULL REFERENCES residents (id),
  position INTEGER NOT NULL,
  note TEXT NOT NULL DEFAULT '',
  systolic INTEGER,
  diastolic INTEGER,
  pulse INTEGER,
  annual_exam INTEGER NOT NULL DEFAULT 0 CHECK (annual_exam IN (0, 1)),
  PRIMARY KEY (visit_id, resident_id)
) STRICT;
CREATE INDEX centre_visit_residents_resident ON centre_visit_residents (resident_id);

-- 家庭医生签约: a resident's signing with a family-doctor team, renewed yearly.
CREATE TABLE family_doctor_signings (
  id INTEGER PRIMARY KEY,
  resident_id INTEGER NOT NULL REFERENCES residents (id),
  team TEXT NOT NULL,
  doctor TEXT NOT NULL,
  signed_on TEXT NOT NULL,
  expires_on TEXT NOT NULL,
  package TEXT NOT NULL DEFAULT '',
  deleted_at TEXT,
  deleted_reason TEXT,
  created_at TEXT NOT NULL,
  updated_at TEXT NOT NULL,
  CHECK (expires_on > signed_on)
) STRICT;
CREATE INDEX family_doctor_signings_resident ON family_doctor_signings (resident_id, expires_on) WHERE deleted_at IS NULL;

-- 家庭病床 the contracted centre opens for a resident (000 二(四), 三(二)): opened, visited, closed.
CREATE TABLE home_beds (
  id INTEGER PRIMARY KEY,
  resident_id INTEGER NOT NULL REFERENCES residents (id),
  agreement_id INTEGER NOT NULL REFERENCES agreements (id),
  opened_on TEXT NOT NULL,
  reason TEXT NOT NULL,
  doctor TEXT NOT NULL,
  closed_on TEXT,
  close_reason TEXT NOT NULL DEFAULT '',
  deleted_at TEXT,
  deleted_reason TEXT,
  created_at TEXT NOT NULL,
  updated_at TEXT NOT NULL,
  CHECK (closed_on IS NULL OR closed_on >= opened_on)
) STRICT;
CREATE INDEX home_beds_resident ON home_beds (resident_id, opened_on) WHERE deleted_at IS NULL;
