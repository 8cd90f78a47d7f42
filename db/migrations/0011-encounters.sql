-- 诊疗记录 of the clinic: a visit, a bedside round (上门巡诊) or an infusion, by a doctor (an app user). Never
-- deleted: an entry made in error is marked deleted and can be restored (门诊病历 are kept at least 15 years).
CREATE TABLE encounters (
  id INTEGER PRIMARY KEY,
  resident_id INTEGER NOT NULL REFERENCES residents (id),
  kind TEXT NOT NULL CHECK (kind IN ('visit', 'round', 'infusion')),
  date TEXT NOT NULL,
  time TEXT NOT NULL,
  doctor_id INTEGER NOT NULL REFERENCES users (id),
  complaint TEXT NOT NULL,
  findings TEXT NOT NULL DEFAULT '',
  diagnoses TEXT NOT NULL DEFAULT '[]' CHECK (json_valid(diagnoses)),   -- [{ code (ICD-10) | null, name }]
  orders TEXT NOT NULL DEFAULT '',
  referral_kind TEXT CHECK (referral_kind IN ('emergency', 'outpatient', 'inpatient')),
  referral_to TEXT NOT NULL DEFAULT '',
  referral_reason TEXT NOT NULL DEFAULT '',
  notes TEXT NOT NULL DEFAULT '',
  deleted_at TEXT,
  deleted_reason TEXT,
  created_at TEXT NOT NULL,
  updated_at TEXT NOT NULL
) STRICT;
-- A month's report and the checks read by date; a resident's history by resident.
CREATE INDEX encounters_date ON encounters (date, kind) WHERE deleted_at IS NULL;
CREATE INDEX encounters_kind_date ON encounters (kind, date) WHERE deleted_at IS NULL;
CREATE INDEX encounters_resident ON encounters (resident_id, date);

-- Its fees, in two kinds that never mix: medical items (insurance may pay) and care items (it never does).
-- date and void repeat the encounter's date and deletion, so sums over a period read one index.
CREATE TABLE encounter_fees (
  id INTEGER PRIMARY KEY,
  encounter_id INTEGER NOT NULL REFERENCES encounters (id),
  date TEXT NOT NULL,
  item_code TEXT,
  name TEXT NOT NULL,
  category TEXT NOT NULL CHECK (category IN ('medical', 'care')),
  insured INTEGER NOT NULL CHECK (insured IN (0, 1)),
  visit_fee INTEGER NOT NULL DEFAULT 0 CHECK (visit_fee IN (0, 1)),
  quantity INTEGER NOT NULL CHECK (quantity > 0),
  unit_price_fen INTEGER NOT NULL CHECK (unit_price_fen >= 0),
  amount_fen INTEGER NOT NULL,
  void INTEGER NOT NULL DEFAULT 0 CHECK (void IN (0, 1)),
  -- 002 (十八): medical insurance never pays 生活照护.
  CHECK (category = 'medical' OR insured = 0),
  CHECK (amount_fen = quantity * unit_price_fen)
) STRICT;
CREATE INDEX encounter_fees_encounter ON encounter_fees (encounter_id);
CREATE INDEX encounter_fees_date ON encounter_fees (date, category, insured, amount_fen) WHERE void = 0;
CREATE INDEX encounter_fees_visit ON encounter_fees (date, encounter_id) WHERE visit_fee = 1 AND void = 0;
CREATE INDEX encounter_fees_item ON encounter_fees (item_code, id) WHERE item_code IS NOT NULL;
