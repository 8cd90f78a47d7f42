-- 附件: scans a person attaches (a signed agreement, a licence). The bytes live in the database, in a table of
-- their own so listing never reads them: backups and restore carry them with everything else, and a failed
-- write leaves no file behind. The SHA-256 taken on arrival shows later whether they are still what came in.
CREATE TABLE attachments (
  id INTEGER PRIMARY KEY,
  file_name TEXT NOT NULL,
  mime TEXT NOT NULL CHECK (mime IN ('application/pdf', 'image/jpeg', 'image/png')),
  bytes INTEGER NOT NULL CHECK (bytes > 0 AND bytes <= 20971520),
  sha256 TEXT NOT NULL CHECK (length(sha256) = 64),
  created_at TEXT NOT NULL,
  created_by INTEGER REFERENCES users (id),
  created_by_name TEXT NOT NULL
) STRICT;

CREATE TABLE attachment_blobs (
  attachment_id INTEGER PRIMARY KEY REFERENCES attachments (id),
  data BLOB NOT NULL
) STRICT;
