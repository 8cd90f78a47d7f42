/** A database that cannot be opened safely; the message is for the person at the computer. */
export class DatabaseOpenError extends Error {
  readonly reason: 'too-new' | 'foreign' | 'damaged' | 'migration-failed';
  constructor(reason: DatabaseOpenError['reason'], message: string, options?: { cause?: unknown }) {
    super(message, options);
    this.name = 'DatabaseOpenError';
    this.reason = reason;
  }
}
