import type { z } from 'zod';

interface Inspectable {
  shape?: Record<string, unknown>;
  _zod?: { def?: { type?: string; in?: unknown; innerType?: unknown } };
}

/**
 * The top-level field names of a form's schema (an object, possibly refined, defaulted or piped): a server
 * error naming one of them, or a path under one (`emergencyContacts.0.phone`), goes under that field.
 */
export function schemaFields(schema: z.ZodType): string[] {
  let current = schema as unknown as Inspectable;
  for (let depth = 0; depth < 8; depth++) {
    if (current.shape) return Object.keys(current.shape);
    const def = current._zod?.def;
    const next = def?.type === 'pipe' ? def.in : def?.innerType;
    if (!next) return [];
    current = next as Inspectable;
  }
  return [];
}
