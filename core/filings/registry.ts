import { AppError } from '../shared/errors.ts';
import { validationError } from '../shared/validation.ts';
import type { Role } from '../shared/roles.ts';
import type { FilingDef } from './define.ts';
import { rosterBookFiling, rosterFiling } from '../residents/filings.ts';
import { incidentRegisterFiling } from '../incidents/filings.ts';
import { districtPackFiling } from '../districtPack/filings.ts';
import { agreementFiling, fulfilmentFiling } from '../agreements/filings.ts';
import { signingFiling } from '../signings/filings.ts';
import { abnormalVitalsFiling, roundSheetFiling } from '../vitals/filings.ts';
import { assessmentFiling } from '../assessments/filings.ts';
import { annualExamFiling } from '../exams/filings.ts';
import { complianceFiling } from '../policy/filings.ts';
import { licencesFiling } from '../clinic/filings.ts';
import { clinicMonthlyFiling } from '../encounters/filings.ts';
import { marFiling } from '../medication/filings.ts';
import { stockFiling } from '../stock/filings.ts';
import { designationFiling } from '../designation/filings.ts';

/**
 * Every kind of filing the app prints, as its area defines it. Adding a kind is one line here and one in
 * renderer/features/filings/filingComponents.tsx; nothing else names kinds.
 */
const KINDS = [
  rosterFiling,
  rosterBookFiling,
  roundSheetFiling,
  abnormalVitalsFiling,
  incidentRegisterFiling,
  districtPackFiling,
  assessmentFiling,
  annualExamFiling,
  complianceFiling,
  licencesFiling,
  clinicMonthlyFiling,
  marFiling,
  stockFiling,
  agreementFiling,
  fulfilmentFiling,
  signingFiling,
  designationFiling,
] as const satisfies readonly FilingDef[];

export type FilingKind = (typeof KINDS)[number]['kind'];
/** The data a kind's build returns: what its React component draws. */
export type FilingDataOf<K extends FilingKind> = ReturnType<Extract<(typeof KINDS)[number], { kind: K }>['build']>;

const BY_KIND = new Map<string, FilingDef>();
for (const def of KINDS as readonly FilingDef[]) {
  if (BY_KIND.has(def.kind)) throw new Error(`报表类型重复定义：${def.kind}`);
  BY_KIND.set(def.kind, def);
}

export function allFilings(): FilingDef[] {
  return [...BY_KIND.values()];
}

export function findFiling(kind: string): FilingDef | undefined {
  return BY_KIND.get(kind);
}

/**
 * The kind asked for, its input checked against the kind's own schema (errors name the field as
 * `input.<field>`), and the caller's post checked against the kind's access.
 */
export function resolveFiling(kind: string, rawInput: unknown, role: Role | null): { def: FilingDef; input: unknown } {
  const def = BY_KIND.get(kind);
  if (!def) throw new AppError('VALIDATION', `不认识的报表：${kind.slice(0, 40)}`, 'kind');
  if (role === null || !def.access.includes(role)) {
    throw new AppError('FORBIDDEN', `您的岗位不能打印或导出“${def.title}”，如需办理请联系院长。`);
  }
  const parsed = def.input.safeParse(rawInput);
  if (!parsed.success) {
    const error = validationError(parsed.error);
    throw new AppError(error.code, error.message, error.field ? `input.${error.field}` : 'input');
  }
  return { def, input: parsed.data };
}
