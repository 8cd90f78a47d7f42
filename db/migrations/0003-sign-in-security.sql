-- A password someone else chose (a new account, a director's reset, the console reset) is only good for
-- choosing one's own: while this is set, a session can do nothing else.
ALTER TABLE users ADD COLUMN must_change_password INTEGER NOT NULL DEFAULT 0 CHECK (must_change_password IN (0, 1));

-- When the account's password was last set: failed sign-ins before it no longer count against the account,
-- so a reset at the console lets its owner in at once.
ALTER TABLE users ADD COLUMN password_changed_at TEXT;

-- Failed sign-ins are audit rows (action 'auth.signInFailed', the name typed in after_json), so they outlive a
-- restart and cannot be wiped. Counting the recent ones overall walks audit_log_action (action, at) of 0004;
-- counting them per name, this index.
CREATE INDEX audit_log_sign_in_failed_name ON audit_log (lower(json_extract(after_json, '$.username')), at)
  WHERE action = 'auth.signInFailed';
