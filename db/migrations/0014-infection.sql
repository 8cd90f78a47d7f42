-- 感染控制: the disinfection log, infection cases with their isolation, and the medical-waste register
-- (each batch weighed, stored, then handed over to the disposal company against its 转移联单, with signatures).
CREATE TABLE disinfections (
  id INTEGER PRIMARY KEY,
  date TEXT NOT NULL,
  area TEXT NOT NULL,
  method TEXT NOT NULL,
  agent TEXT NOT NULL DEFAULT '',
  by_name TEXT NOT NULL,
  notes TEXT NOT NULL DEFAULT '',
  created_at TEXT NOT NULL
) STRICT;
CREATE INDEX disinfections_date ON disinfections (date);

CREATE TABLE infection_cases (
  id INTEGER PRIMARY KEY,
  resident_id INTEGER NOT NULL REFERENCES residents (id),
  onset_on TEXT NOT NULL,
  infection TEXT NOT NULL,
  pathogen TEXT NOT NULL DEFAULT '',
  isolation TEXT NOT NULL CHECK (isolation IN ('none', 'contact', 'droplet', 'airborne')),
  isolated_from TEXT,
  isolated_to TEXT,
  reported_to TEXT NOT NULL DEFAULT '',
  closed_on TEXT,
  outcome TEXT NOT NULL DEFAULT '',
  notes TEXT NOT NULL DEFAULT '',
  created_at TEXT NOT NULL,
  updated_at TEXT NOT NULL
) STRICT;
CREATE INDEX infection_cases_onset ON infection_cases (onset_on);

-- Weight in grams (exact sums); handed_over_on NULL while it is still stored.
CREATE TABLE waste_entries (
  id INTEGER PRIMARY KEY,
  produced_on TEXT NOT NULL,
  kind TEXT NOT NULL CHECK (kind IN ('infectious', 'sharps', 'pathological', 'pharmaceutical', 'chemical')),
  weight_g INTEGER NOT NULL CHECK (weight_g > 0),
  packages INTEGER NOT NULL CHECK (packages > 0),
  packed_by TEXT NOT NULL,
  handed_over_on TEXT,
  receiver TEXT NOT NULL DEFAULT '',
  manifest_no TEXT NOT NULL DEFAULT '',
  handed_by TEXT NOT NULL DEFAULT '',
  received_by TEXT NOT NULL DEFAULT '',
  notes TEXT NOT NULL DEFAULT '',
  created_at TEXT NOT NULL,
  CHECK (handed_over_on IS NULL OR handed_over_on >= produced_on)
) STRICT;
CREATE INDEX waste_entries_produced ON waste_entries (produced_on);
CREATE INDEX waste_entries_stored ON waste_entries (produced_on) WHERE handed_over_on IS NULL;
