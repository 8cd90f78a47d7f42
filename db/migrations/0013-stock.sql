-- 药品库存: a drug (name + specification), its batches as received, and every change of a batch's quantity as a
-- ledger row. A batch's qty is the sum of its ledger; it never goes below zero (the CHECK is the last guard, the
-- service refuses first, naming the drug).
CREATE TABLE stock_drugs (
  id INTEGER PRIMARY KEY,
  drug_code TEXT,                       -- the shipped catalogue's code; NULL for a drug typed in
  name TEXT NOT NULL,
  spec TEXT NOT NULL DEFAULT '',
  unit TEXT NOT NULL,
  low_level INTEGER NOT NULL DEFAULT 0 CHECK (low_level >= 0),
  created_at TEXT NOT NULL,
  UNIQUE (name, spec)
) STRICT;

CREATE TABLE stock_batches (
  id INTEGER PRIMARY KEY,
  drug_id INTEGER NOT NULL REFERENCES stock_drugs (id),
  batch_no TEXT NOT NULL,
  expires_on TEXT NOT NULL,
  supplier TEXT NOT NULL,
  received_on TEXT NOT NULL,
  received_qty INTEGER NOT NULL CHECK (received_qty > 0),
  qty INTEGER NOT NULL CHECK (qty >= 0),
  created_at TEXT NOT NULL,
  UNIQUE (drug_id, batch_no)
) STRICT;
-- First expiry first: a drug's batches in the order they are dispensed.
CREATE INDEX stock_batches_fefo ON stock_batches (drug_id, expires_on, id);

-- receive (+), dispense (−), writeoff (− an expired or damaged batch), take (± the difference a stock-take found).
CREATE TABLE stock_moves (
  id INTEGER PRIMARY KEY,
  batch_id INTEGER NOT NULL REFERENCES stock_batches (id),
  kind TEXT NOT NULL CHECK (kind IN ('receive', 'dispense', 'writeoff', 'take')),
  qty INTEGER NOT NULL CHECK (qty <> 0),
  at TEXT NOT NULL,
  resident_id INTEGER REFERENCES residents (id),
  by_name TEXT NOT NULL,
  note TEXT NOT NULL DEFAULT ''
) STRICT;
CREATE INDEX stock_moves_batch ON stock_moves (batch_id, at);

-- 盘点: one count of the shelves; each batch counted with what the books said.
CREATE TABLE stock_takes (
  id INTEGER PRIMARY KEY,
  at TEXT NOT NULL,
  by_name TEXT NOT NULL,
  note TEXT NOT NULL DEFAULT ''
) STRICT;
CREATE TABLE stock_take_lines (
  take_id INTEGER NOT NULL REFERENCES stock_takes (id),
  batch_id INTEGER NOT NULL REFERENCES stock_batches (id),
  expected INTEGER NOT NULL,
  counted INTEGER NOT NULL CHECK (counted >= 0),
  PRIMARY KEY (take_id, batch_id)
) STRICT;

-- 代配药: medicine fetched for a resident from outside (a hospital, a pharmacy), by whom and when.
CREATE TABLE proxy_fetches (
  id INTEGER PRIMARY KEY,
  resident_id INTEGER NOT NULL REFERENCES residents (id),
  drugs TEXT NOT NULL,
  source TEXT NOT NULL,
  fetched_by TEXT NOT NULL,
  fetched_on TEXT NOT NULL,
  handed_to TEXT NOT NULL DEFAULT '',
  notes TEXT NOT NULL DEFAULT '',
  created_at TEXT NOT NULL
) STRICT;
CREATE INDEX proxy_fetches_date ON proxy_fetches (fetched_on);
