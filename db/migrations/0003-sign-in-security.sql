-- A password someone else chose (a new account, a director's reset, the console reset) is only good for
-- choosing one's own: while this is set, a session can do nothing else.
ALTER TABLE users ADD COLUMN must_change_password INTEGER NOT NULL DEFAULT 0 CHECK (must_change_password IN (0, 1));
