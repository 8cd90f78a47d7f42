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

/**
 * The records behind a figure, printed as an appendix. On screen and in the .xlsx `rows` holds every record; the
 * pack built for print (`traceRows`, core/districtPack/filings.ts) holds only the first ones, and `total` says how
 * many there are in all, so the print can say where the full list is.
 */
export interface PackTrace {
  key: string;
  title: string;
  columns: string[];
  rows: (string | number)[][];
  /** How many records there are in all: rows.length unless the pack was built for print with fewer. */
  total: number;
}

/**
 * The most rows an appendix of the printed pack lists. A home of 30–300 beds prints most lists whole (a quarter's
 * admissions, departures, assessments, overdue, exams); only its lists of everyone in residence (期初、期末、65 岁及以上)
 * are cut once it has more than this many. The home of 2,000 would otherwise print some 500 pages a quarter.
 * A cut appendix says how many rows there are and that the screen and the Excel file list them all.
 */
export const PRINT_TRACE_ROWS = 100;

/** What an appendix printed with its first rows only says under them (the print has no link to follow, so it names the page). */
export const traceCutNote = (trace: Pick<PackTrace, 'rows' | 'total'>) =>
  `共 ${trace.total.toLocaleString('en-US')} 条，此处列出前 ${trace.rows.length.toLocaleString('en-US')} 条；完整名单见“区级报送”页面或导出的 Excel。`;

export interface PackSection {
  key: string;
  authority: Authority;
  title: string;
  figures: PackFigure[];
  tables: PackTable[];
  /** What the section could not say and why (e.g. no clinic recorded yet), printed under it. */
  notes: string[];
}

