import Database from 'better-sqlite3';

export type Db = Database.Database;

/** 'YLYW' — marks a SQLite file as ours so a foreign database is refused on restore or open. */
export const APPLICATION_ID = 0x594c5957;

export interface OpenOptions {
  readonly?: boolean;
}

/**
 * Opens a SQLite file (or ':memory:') with the pragmas every connection needs.
 * synchronous=FULL: a power cut must not lose a committed admission (WAL + NORMAL may lose the last commits).
 */
export function openDatabase(file: string, options: OpenOptions = {}): Db {
  const db = new Database(file, { readonly: options.readonly ?? false, fileMustExist: options.readonly ?? false });
  if (!options.readonly) {
    db.pragma('journal_mode = WAL');
    db.pragma('synchronous = FULL');
  }
  db.pragma('foreign_keys = ON');
  db.pragma('busy_timeout = 5000');
  // A 128 MB page cache (SQLite's default is 2 MB, ~500 pages). The home-wide reads touch one leaf page per
  // resident or per order: today's abnormal vital signs ~2,500 pages for 2,000 residents, a floor's due list
  // ~1,700 leaves of the doses' key (one per running order), and the twelve floors' lists ~20,000 pages together.
  // With the default cache the 15-million-reading file's abnormal list was 44 ms (64 MB: 14 ms). With 64 MB the
  // ten-year due list re-read leaves from the OS as the floors took turns: a floor's recorded doses took 3.5 ms to
  // read, with 128 MB 2.7 (bench, issue #9; more cache than that gained nothing). The cache only grows as pages are
  // used, per connection (the main one, the report worker's, the nightly maintenance's); an office PC has the memory.
  db.pragma('cache_size = -131072');
  return db;
}
