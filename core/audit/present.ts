import type { AuditField, AuditFields } from './define.ts';
import { AUDIT_FIELDS, type AuditEntity } from './fields.ts';
import type { AuditRow } from './schema.ts';

/** One changed field of an audit row, in words. */
export interface AuditChange {
  label: string;
  before: string | string[] | null;
  after: string | string[] | null;
}

export type PresentedAuditRow = Omit<AuditRow, 'before' | 'after'> & { changes: AuditChange[] };

function show(field: AuditField, value: unknown): string | string[] | null {
  if (value === null || value === undefined || value === '') return null;
  if (field.show) return field.show(value);
  return String(value);
}

const same = (a: unknown, b: unknown) => JSON.stringify(a) === JSON.stringify(b);

/**
 * The fields a change touched, in the area's words and order: a new record lists what it was created with,
 * an edit only what changed. Nothing the area did not describe (ids, internal codes, raw JSON) reaches the page.
 */
export function presentChanges(entity: string, before: unknown, after: unknown): AuditChange[] {
  const fields: AuditFields | undefined = Object.hasOwn(AUDIT_FIELDS, entity) ? AUDIT_FIELDS[entity as AuditEntity] : undefined;
  if (!fields) return [];
  const b = (before ?? {}) as Record<string, unknown>;
  const a = (after ?? {}) as Record<string, unknown>;
  const both = before !== null && before !== undefined && after !== null && after !== undefined;
  const changes: AuditChange[] = [];
  for (const [key, field] of Object.entries(fields)) {
    if (!(key in a) && !(key in b)) continue;
    if (both && same(a[key], b[key])) continue;
    const change = { label: field.label, before: before ? show(field, b[key]) : null, after: after ? show(field, a[key]) : null };
    if (change.before === null && change.after === null) continue;
    changes.push(change);
  }
  return changes;
}

export function presentAuditRow(row: AuditRow): PresentedAuditRow {
  const { before, after, ...rest } = row;
  return { ...rest, changes: presentChanges(row.entity, before, after) };
}
