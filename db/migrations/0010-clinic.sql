-- 内设医疗机构 (the in-house clinic), as the home records it: one row once recorded. type NULL records that the
-- home has none; near_medical_institution names the medical institution next door where a region exempts such
-- homes from setting one up.
CREATE TABLE clinic (
  id INTEGER PRIMARY KEY CHECK (id = 1),
  type TEXT CHECK (type IN ('门诊部', '诊所', '医务室', '卫生所(室)', '护理站', '护理院')),
  name TEXT NOT NULL DEFAULT '',
  filing_kind TEXT NOT NULL CHECK (filing_kind IN ('备案凭证', '执业许可证')),
  filing_no TEXT NOT NULL DEFAULT '',
  filing_date TEXT,
  opened_on TEXT,                        -- 正式运营日期: the clock of 医保定点 starts here
  subjects TEXT NOT NULL DEFAULT '[]' CHECK (json_valid(subjects)),  -- 诊疗科目, a JSON array of names
  medical_alliance TEXT NOT NULL DEFAULT '',
  near_medical_institution TEXT NOT NULL DEFAULT '',
  areas_separated INTEGER NOT NULL DEFAULT 0 CHECK (areas_separated IN (0, 1)),
  separation_note TEXT NOT NULL DEFAULT '',
  updated_at TEXT NOT NULL
) STRICT;

-- The clinic's rooms with their area. A room taken out of use is marked removed, never deleted (a filing may
-- have printed it).
CREATE TABLE clinic_rooms (
  id INTEGER PRIMARY KEY,
  kind TEXT NOT NULL CHECK (kind IN ('treatment', 'disposal', 'observation', 'infusion', 'rehab', 'pharmacy', 'other')),
  name TEXT NOT NULL,
  area_m2 REAL NOT NULL CHECK (area_m2 > 0),
  notes TEXT NOT NULL DEFAULT '',
  removed_at TEXT,
  removed_reason TEXT,
  created_at TEXT NOT NULL,
  updated_at TEXT NOT NULL
) STRICT;

-- Service agreements with qualified imaging and lab providers, with their term.
CREATE TABLE clinic_agreements (
  id INTEGER PRIMARY KEY,
  kind TEXT NOT NULL CHECK (kind IN ('imaging', 'lab')),
  partner TEXT NOT NULL,
  partner_licence_no TEXT NOT NULL DEFAULT '',
  signed_on TEXT NOT NULL,
  starts_on TEXT NOT NULL,
  ends_on TEXT NOT NULL,
  notes TEXT NOT NULL DEFAULT '',
  removed_at TEXT,
  removed_reason TEXT,
  created_at TEXT NOT NULL,
  updated_at TEXT NOT NULL,
  CHECK (ends_on >= starts_on)
) STRICT;

-- Clinic staff with their licences. They are people, not accounts: user_id links the one who also signs in.
CREATE TABLE clinic_staff (
  id INTEGER PRIMARY KEY,
  name TEXT NOT NULL,
  profession TEXT NOT NULL CHECK (profession IN ('physician', 'nurse', 'pharmacist', 'therapist')),
  user_id INTEGER REFERENCES users (id),
  licence_no TEXT NOT NULL,
  category TEXT NOT NULL DEFAULT '',      -- 执业类别
  scope TEXT NOT NULL DEFAULT '',         -- 执业范围
  title TEXT NOT NULL DEFAULT '',         -- 职称
  practice_site TEXT NOT NULL CHECK (practice_site IN ('primary', 'multi')),
  primary_site_name TEXT NOT NULL DEFAULT '',
  registered_on TEXT NOT NULL,            -- 首次执业注册: years of practice count from here
  issued_on TEXT NOT NULL,
  expires_on TEXT,                        -- NULL: 长期有效
  joined_on TEXT NOT NULL,
  left_on TEXT,
  notes TEXT NOT NULL DEFAULT '',
  deleted_at TEXT,
  deleted_reason TEXT,
  created_at TEXT NOT NULL,
  updated_at TEXT NOT NULL,
  CHECK (expires_on IS NULL OR expires_on > issued_on)
) STRICT;
-- The database itself refuses one licence on two people, and one account linked to two people.
CREATE UNIQUE INDEX clinic_staff_licence ON clinic_staff (licence_no) WHERE deleted_at IS NULL;
CREATE UNIQUE INDEX clinic_staff_user ON clinic_staff (user_id) WHERE user_id IS NOT NULL AND deleted_at IS NULL;
