/** The last full check of the data file in this run of the app. */
export interface IntegrityStatus {
  checkedAt: string;
  /** SQLite's findings; empty when the file is sound. */
  problems: string[];
}
