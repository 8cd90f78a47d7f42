-- 生命体征 (issue #8). A home of 2,000 keeps ~15 million readings in ten years, so the rows are shaped for size
-- and for the two reads that matter: one resident's trend, and today's readings of everyone in residence.

-- 一轮测量: one floor at one time of a shift (上午/下午), entered as one grid and audited as one change.
CREATE TABLE vital_rounds (
  id INTEGER PRIMARY KEY,
  floor INTEGER NOT NULL,
  taken_on TEXT NOT NULL,                -- the local day of the round (YYYY-MM-DD)
  shift TEXT NOT NULL CHECK (shift IN ('am', 'pm')),
  taken_at INTEGER NOT NULL,             -- minutes since 1970-01-01 UTC; every reading of the round has this time
  temp_site INTEGER NOT NULL CHECK (temp_site BETWEEN 0 AND 2),        -- 0 腋温 1 口温 2 肛温
  glucose_kind INTEGER NOT NULL CHECK (glucose_kind BETWEEN 0 AND 2),  -- 0 空腹 1 餐后2小时 2 随机
  recorded_by INTEGER REFERENCES users (id),
  recorded_by_name TEXT NOT NULL,
  late_reason TEXT NOT NULL DEFAULT '',
  revision INTEGER NOT NULL DEFAULT 1,   -- a correction names the revision it was read at (two nurses, one floor)
  created_at TEXT NOT NULL,
  updated_at TEXT NOT NULL,
  UNIQUE (floor, taken_on, shift)
) STRICT;

-- One row per resident and reading, every measure a nullable column: a round's row is one row, not seven.
-- WITHOUT ROWID, keyed by (resident, minute): the table itself is stored in the order of a resident's trend, so a
-- trend is one range of the key, with no index beside it (an index would double the file). Today's readings of
-- everyone in residence are one short range per resident. Numbers are small integers (体温 36.5 ℃ is 365): SQLite
-- stores them in one or two bytes where a REAL takes eight; codes likewise (0 and 1 take no bytes at all).
CREATE TABLE vital_signs (
  resident_id INTEGER NOT NULL REFERENCES residents (id),
  taken_at INTEGER NOT NULL,             -- minutes since 1970-01-01 UTC
  round_id INTEGER REFERENCES vital_rounds (id),   -- NULL: entered on its own (单独录入、补录)
  sbp INTEGER CHECK (sbp BETWEEN 40 AND 300),      -- mmHg; the bounds are the input guards (core/vitals/measures.ts)
  dbp INTEGER CHECK (dbp BETWEEN 20 AND 200),
  pulse INTEGER CHECK (pulse BETWEEN 20 AND 250),  -- 次/分
  temp INTEGER CHECK (temp BETWEEN 300 AND 450),   -- 0.1 ℃
  temp_site INTEGER CHECK (temp_site BETWEEN 0 AND 2),
  resp INTEGER CHECK (resp BETWEEN 4 AND 60),      -- 次/分
  spo2 INTEGER CHECK (spo2 BETWEEN 50 AND 100),    -- %
  glucose INTEGER CHECK (glucose BETWEEN 10 AND 350),  -- 0.1 mmol/L
  glucose_kind INTEGER CHECK (glucose_kind BETWEEN 0 AND 2),
  weight INTEGER CHECK (weight BETWEEN 200 AND 2500),  -- 0.1 kg
  height INTEGER CHECK (height BETWEEN 1000 AND 2300), -- 0.1 cm
  absence INTEGER CHECK (absence BETWEEN 1 AND 3),     -- 1 外出 2 住院 3 拒测 (a round's resident not measured)
  note TEXT,
  late_reason TEXT,                      -- 补录 for a resident who has left
  recorded_by INTEGER,                   -- users.id (no foreign key: NULL for the system, and it is never joined on)
  deleted_at TEXT,                       -- entered in error: kept, shown struck through, restorable
  deleted_reason TEXT,
  PRIMARY KEY (resident_id, taken_at),
  CHECK ((sbp IS NULL) = (dbp IS NULL) AND (sbp IS NULL OR sbp > dbp)),
  CHECK ((temp IS NULL) = (temp_site IS NULL)),
  CHECK ((glucose IS NULL) = (glucose_kind IS NULL)),
  CHECK (absence IS NULL OR coalesce(sbp, pulse, temp, resp, spo2, glucose, weight, height) IS NULL)
) STRICT, WITHOUT ROWID;

-- A resident's latest height (for BMI): heights are measured rarely, so without this a resident who was never
-- measured would cost a walk over all their readings. Partial: it holds only the few rows that have one.
CREATE INDEX vital_signs_height ON vital_signs (resident_id, taken_at) WHERE height IS NOT NULL AND deleted_at IS NULL;
