-- 机构信息: exactly one row, the home this data folder belongs to.
CREATE TABLE institution (
  id INTEGER PRIMARY KEY CHECK (id = 1),
  name TEXT NOT NULL,
  credit_code TEXT NOT NULL,             -- 统一社会信用代码, GB 32100
  address TEXT NOT NULL,
  region_code TEXT NOT NULL,             -- a file name under core/policy/profiles
  licensed_beds INTEGER NOT NULL CHECK (licensed_beds > 0),
  opened_on TEXT NOT NULL,
  civil_affairs_filing_no TEXT NOT NULL DEFAULT '',   -- 民政备案号
  director_name TEXT NOT NULL,
  phone TEXT NOT NULL DEFAULT '',
  idle_lock_minutes INTEGER NOT NULL DEFAULT 15 CHECK (idle_lock_minutes BETWEEN 1 AND 240),
  is_demo INTEGER NOT NULL DEFAULT 0 CHECK (is_demo IN (0, 1)),
  created_at TEXT NOT NULL,
  updated_at TEXT NOT NULL
) STRICT;

CREATE TABLE users (
  id INTEGER PRIMARY KEY,
  username TEXT NOT NULL COLLATE NOCASE UNIQUE,
  display_name TEXT NOT NULL,
  role TEXT NOT NULL CHECK (role IN ('director', 'doctor', 'nurse', 'caregiver', 'clerk')),
  password_hash TEXT NOT NULL,
  large_text INTEGER NOT NULL DEFAULT 0 CHECK (large_text IN (0, 1)),
  active INTEGER NOT NULL DEFAULT 1 CHECK (active IN (0, 1)),
  created_at TEXT NOT NULL,
  updated_at TEXT NOT NULL,
  last_sign_in_at TEXT
) STRICT;

-- Append-only: who, when, what, before/after. Written in the same transaction as the change it describes.
CREATE TABLE audit_log (
  id INTEGER PRIMARY KEY,
  at TEXT NOT NULL,
  user_id INTEGER REFERENCES users(id),
  user_name TEXT NOT NULL,
  user_role TEXT,
  action TEXT NOT NULL,
  entity TEXT NOT NULL,
  entity_id INTEGER,
  summary TEXT NOT NULL,
  before_json TEXT,
  after_json TEXT
) STRICT;
CREATE INDEX audit_log_at ON audit_log (at);
CREATE INDEX audit_log_entity ON audit_log (entity, entity_id);
CREATE INDEX audit_log_user ON audit_log (user_id, at);
CREATE TRIGGER audit_log_no_update BEFORE UPDATE ON audit_log
BEGIN SELECT RAISE(ABORT, '审计日志只能追加，不能修改'); END;
CREATE TRIGGER audit_log_no_delete BEFORE DELETE ON audit_log
BEGIN SELECT RAISE(ABORT, '审计日志只能追加，不能删除'); END;
