-- 医嘱 (medication orders) from prescriptions: 长期 orders run from start_at until stop_at (exclusive), 临时 orders are one
-- dose. Times are local 'YYYY-MM-DD HH:MM' strings, so a dose is due when start_at <= 'date time' < stop_at.
CREATE TABLE medication_orders (
  id INTEGER PRIMARY KEY,
  resident_id INTEGER NOT NULL REFERENCES residents (id),
  encounter_id INTEGER REFERENCES encounters (id),
  source TEXT NOT NULL CHECK (source IN ('clinic', 'external')),
  prescriber TEXT NOT NULL,
  prescriber_id INTEGER REFERENCES users (id),
  drug_code TEXT,                       -- the shipped catalogue's code; NULL for a drug typed in
  drug_name TEXT NOT NULL,
  generic_name TEXT NOT NULL DEFAULT '',
  drug_class TEXT NOT NULL DEFAULT '',
  spec TEXT NOT NULL DEFAULT '',
  dose TEXT NOT NULL,
  route TEXT NOT NULL,
  frequency TEXT NOT NULL CHECK (frequency IN ('qd', 'bid', 'tid', 'qid', 'qn', 'once')),
  times TEXT NOT NULL,                  -- due times of a day, 'HH:MM' joined by commas, in order
  long_term INTEGER NOT NULL CHECK (long_term IN (0, 1)),
  start_at TEXT NOT NULL,
  stop_at TEXT,
  stopped_by TEXT,
  stop_reason TEXT,
  notes TEXT NOT NULL DEFAULT '',
  created_at TEXT NOT NULL,
  updated_at TEXT NOT NULL,
  CHECK (stop_at IS NULL OR stop_at > start_at)
) STRICT;
CREATE INDEX medication_orders_resident ON medication_orders (resident_id, start_at);
CREATE INDEX medication_orders_encounter ON medication_orders (encounter_id) WHERE encounter_id IS NOT NULL;

-- One save of a floor's shift: who recorded it and when; its doses point here.
CREATE TABLE medication_rounds (
  id INTEGER PRIMARY KEY,
  date TEXT NOT NULL,
  shift TEXT NOT NULL CHECK (shift IN ('day', 'evening', 'night')),
  floor INTEGER NOT NULL,
  recorded_at TEXT NOT NULL,
  recorded_by INTEGER REFERENCES users (id),
  recorder_name TEXT NOT NULL
) STRICT;
CREATE INDEX medication_rounds_shift ON medication_rounds (date, shift, floor);

-- Each dose as marked: given (with the time), refused, held or missed (with a reason). Keyed by the order and the
-- due slot, without a rowid: the key is the only index, which keeps tens of millions of doses compact, and a
-- floor's shift or a resident's month is a walk of each order's key range.
CREATE TABLE medication_administrations (
  order_id INTEGER NOT NULL REFERENCES medication_orders (id),
  due_date TEXT NOT NULL,
  due_time TEXT NOT NULL,
  status TEXT NOT NULL CHECK (status IN ('given', 'refused', 'held', 'missed')),
  given_time TEXT,
  reason TEXT,
  round_id INTEGER NOT NULL REFERENCES medication_rounds (id),
  PRIMARY KEY (order_id, due_date, due_time),
  CHECK ((status = 'given') = (given_time IS NOT NULL)),
  CHECK (status = 'given' OR (reason IS NOT NULL AND reason <> ''))
) STRICT, WITHOUT ROWID;
