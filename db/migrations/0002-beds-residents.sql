CREATE TABLE beds (
  id INTEGER PRIMARY KEY,
  floor INTEGER NOT NULL CHECK (floor BETWEEN -3 AND 99),
  room TEXT NOT NULL,
  bed_no TEXT NOT NULL,
  active INTEGER NOT NULL DEFAULT 1 CHECK (active IN (0, 1)),
  created_at TEXT NOT NULL,
  UNIQUE (room, bed_no)
) STRICT;
CREATE INDEX beds_floor ON beds (floor, room, bed_no);

-- 住养老人. Nobody is ever deleted: they leave (discharged/deceased), or an entry made in error is soft-deleted.
CREATE TABLE residents (
  id INTEGER PRIMARY KEY,
  name TEXT NOT NULL,
  name_pinyin TEXT NOT NULL,            -- for 拼音 order
  name_initials TEXT NOT NULL,          -- for searching 'zs' → 张三
  sex TEXT NOT NULL CHECK (sex IN ('男', '女')),
  id_number TEXT NOT NULL,              -- 居民身份证, GB 11643
  birth_date TEXT NOT NULL,
  phone TEXT NOT NULL DEFAULT '',
  admission_date TEXT NOT NULL,
  bed_id INTEGER NOT NULL REFERENCES beds (id),   -- current bed, or the last one after leaving
  care_level INTEGER CHECK (care_level BETWEEN 0 AND 4),  -- GB/T 42195-2022 能力等级; NULL = 未评估
  payment_type TEXT NOT NULL CHECK (payment_type IN ('self', 'ltci', 'subsidy', 'destitute', 'other')),
  status TEXT NOT NULL CHECK (status IN ('in_residence', 'discharged', 'deceased')),
  left_on TEXT,
  left_reason TEXT,
  notes TEXT NOT NULL DEFAULT '',
  deleted_at TEXT,
  deleted_reason TEXT,
  created_at TEXT NOT NULL,
  updated_at TEXT NOT NULL,
  CHECK ((status = 'in_residence') = (left_on IS NULL)),
  CHECK (left_on IS NULL OR left_on >= admission_date)
) STRICT;
-- The database itself refuses two residents in one bed and the same 身份证 twice in residence.
CREATE UNIQUE INDEX residents_one_per_bed ON residents (bed_id) WHERE status = 'in_residence' AND deleted_at IS NULL;
CREATE UNIQUE INDEX residents_unique_id_in_residence ON residents (id_number) WHERE status = 'in_residence' AND deleted_at IS NULL;
CREATE INDEX residents_status ON residents (status, birth_date);
CREATE INDEX residents_id_number ON residents (id_number);

CREATE TABLE emergency_contacts (
  id INTEGER PRIMARY KEY,
  resident_id INTEGER NOT NULL REFERENCES residents (id),
  ordinal INTEGER NOT NULL,
  name TEXT NOT NULL,
  relation TEXT NOT NULL,
  phone TEXT NOT NULL,
  UNIQUE (resident_id, ordinal)
) STRICT;

-- Bed history: one open stay per resident in residence.
CREATE TABLE bed_stays (
  id INTEGER PRIMARY KEY,
  resident_id INTEGER NOT NULL REFERENCES residents (id),
  bed_id INTEGER NOT NULL REFERENCES beds (id),
  start_on TEXT NOT NULL,
  end_on TEXT,
  CHECK (end_on IS NULL OR end_on >= start_on)
) STRICT;
CREATE INDEX bed_stays_resident ON bed_stays (resident_id, start_on);
CREATE UNIQUE INDEX bed_stays_one_open ON bed_stays (resident_id) WHERE end_on IS NULL;
