-- 意外事件: falls, choking and the rest of GB 38600's 九防 (and medication errors), with who saw it, what was
-- done at once, when and whom of the family was told (养老机构管理办法 第十九条) and the follow-up.
-- Times are the home's wall clock to the minute (YYYY-MM-DDTHH:mm). Soft-deleted only: a filing may have printed one.
CREATE TABLE incidents (
  id INTEGER PRIMARY KEY,
  resident_id INTEGER NOT NULL REFERENCES residents (id),
  kind TEXT NOT NULL CHECK (kind IN ('fall', 'bed_fall', 'choking', 'wrong_intake', 'pressure_injury', 'scald', 'wandering',
                                     'self_harm', 'harmed_by_others', 'activity', 'medication_error', 'other')),
  occurred_at TEXT NOT NULL,
  place TEXT NOT NULL,
  witnesses TEXT NOT NULL DEFAULT '',
  description TEXT NOT NULL,
  injury TEXT NOT NULL CHECK (injury IN ('none', 'minor', 'moderate', 'serious', 'death')),
  actions TEXT NOT NULL,
  family_notified_at TEXT,
  family_notified_whom TEXT NOT NULL DEFAULT '',
  follow_up TEXT NOT NULL DEFAULT '',
  follow_up_closed_on TEXT,
  late_reason TEXT NOT NULL DEFAULT '',
  reported_by INTEGER REFERENCES users (id),
  reported_by_name TEXT NOT NULL,
  deleted_at TEXT,
  deleted_reason TEXT,
  created_at TEXT NOT NULL,
  updated_at TEXT NOT NULL,
  CHECK (family_notified_at IS NULL OR family_notified_at >= occurred_at),
  CHECK (follow_up_closed_on IS NULL OR follow_up_closed_on >= substr(occurred_at, 1, 10))
) STRICT;
-- The register by period, and a resident's last 30 days (the ability assessment's risk events).
CREATE INDEX incidents_occurred ON incidents (occurred_at) WHERE deleted_at IS NULL;
CREATE INDEX incidents_resident ON incidents (resident_id, occurred_at) WHERE deleted_at IS NULL;
