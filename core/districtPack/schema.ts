/** The district pack's data shapes, which the renderer draws (core/districtPack/define.ts builds them). */

export type Authority = '民政' | '卫健' | '医保';
export const AUTHORITIES: readonly Authority[] = ['民政', '卫健', '医保'];

/**
 * One figure of the pack, with how it was worked out and where it comes from. `trace` names the appendix that
 * lists the records behind it, so a reviewer who doubts a number can count them.
 */
export interface PackFigure {
  label: string;
  value: number | string;
  unit: string;
  /** 口径: how it is counted, and the document or standard that asks for it. */
  basis: string;
  /** The reference marks the figure's definition as not confirmed against the district's form: printed 待核实. */
  unverified?: boolean;
  trace?: string;
}

export interface PackTable {
  title: string;
  columns: string[];
  rows: (string | number)[][];
  note?: string;
}

/** The records behind a figure, printed as an appendix. */
export interface PackTrace {
  key: string;
  title: string;
  columns: string[];
  rows: (string | number)[][];
}

export interface PackSection {
  key: string;
  authority: Authority;
  title: string;
  figures: PackFigure[];
  tables: PackTable[];
  /** What the section could not say and why (e.g. no clinic recorded yet), printed under it. */
  notes: string[];
}

