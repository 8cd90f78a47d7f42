import type { ReadContext } from '../api/context.ts';
import type { Period } from './period.ts';
import type { Authority, PackFigure, PackTable, PackTrace } from './schema.ts';

export type { Authority, PackFigure, PackTable, PackTrace, PackSection } from './schema.ts';

/** A trace as a section builds it: every record (the pack counts them and, for print, keeps the first ones). */
export type SectionTrace = Omit<PackTrace, 'total'>;

export interface PackSectionDef {
  key: string;
  authority: Authority;
  title: string;
  build(ctx: ReadContext, period: Period): { figures: PackFigure[]; tables: PackTable[]; traces: SectionTrace[]; notes: string[] };
}

/**
 * A section of the district pack. Each area that records something a district asks for adds one file under
 * sections/ and one line in sections/index.ts (docs/architecture.md, “Add a section to the district pack”).
 */
export const definePackSection = (def: PackSectionDef): PackSectionDef => def;
