/**
 * How an area's audited records read in the audit log: for each field of the before/after snapshots, the
 * words a director would use with an inspector — its name, and its value in words (在住 not in_residence,
 * 自费 not self, 床位 112-2 not a bed id). Fields an area does not describe (ids, derived values) are not
 * shown. Each area declares its own in its schema.ts; core/audit/fields.ts collects them.
 */
export interface AuditField {
  label: string;
  /** The value in words; lists (contacts) come back as one line each. Default: the value as text. */
  show?(value: unknown): string | string[];
}

export type AuditFields = Record<string, AuditField>;

/** A field whose stored codes have names (a status, a payment type). */
export function named(label: string, names: Record<string, string>): AuditField {
  return { label, show: (v) => (typeof v === 'string' && Object.hasOwn(names, v) ? names[v]! : String(v ?? '—')) };
}

export const yesNo = (label: string, yes: string, no: string): AuditField => ({ label, show: (v) => (v ? yes : no) });
