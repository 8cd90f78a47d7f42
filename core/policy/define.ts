import { z } from 'zod';
import documents from './documents.json' with { type: 'json' };
import standards from './standards.json' with { type: 'json' };

/**
 * How a region profile says where a value comes from. Areas use these to declare their own profile values
 * (core/policy/parameters.ts lists them), so every number the app applies carries its source.
 */

export const DOCUMENT_IDS = Object.keys(documents) as [keyof typeof documents, ...(keyof typeof documents)[]];
export const STANDARD_IDS = Object.keys(standards) as [keyof typeof standards, ...(keyof typeof standards)[]];

/** A clause of one of the policy texts shipped in core/policy/documents/, quoted word for word (a test checks). */
export const policyCitation = z
  .object({ doc: z.enum(DOCUMENT_IDS), clause: z.string().min(1), quote: z.string().min(4) })
  .strict();

/** A clause of a national standard or regulation (core/policy/standards.json) whose text is not shipped. */
export const standardCitation = z
  .object({ standard: z.enum(STANDARD_IDS), clause: z.string().min(1), quote: z.string().min(2).optional() })
  .strict();

export const citation = z.union([policyCitation, standardCitation], { error: '缺少出处（cite）：应为 { doc, clause, quote } 或 { standard, clause }' });
export type Citation = z.output<typeof citation>;

/**
 * A value with its source. `unverified: true` marks a value the reference could not confirm (K): it is still
 * applied, and every screen and print that shows it says 待核实.
 */
export const cited = <T extends z.ZodType>(value: T) =>
  z.object({ value, cite: citation, note: z.string().optional(), unverified: z.literal(true).optional() }).strict();

export type Cited<T> = { value: T; cite: Citation; note?: string | undefined; unverified?: true | undefined };

/** A profile value an area applies (a threshold, an interval): its schema, and how it reads on the 机构信息 page. */
export interface ParameterDef<T extends z.ZodType = z.ZodType> {
  label: string;
  value: T;
  summary(value: z.output<T>): string;
}

export function defineParameter<T extends z.ZodType>(def: ParameterDef<T>): ParameterDef<T> {
  return def;
}
