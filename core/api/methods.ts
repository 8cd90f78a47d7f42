import type { z } from 'zod';
import { joinAreas } from './define.ts';
import { authArea } from '../auth/handlers.ts';
import { usersArea } from '../users/handlers.ts';
import { institutionArea } from '../institution/handlers.ts';
import { policyArea } from '../policy/handlers.ts';
import { residentsArea } from '../residents/handlers.ts';
import { vitalsArea } from '../vitals/handlers.ts';
import { bedsArea } from '../beds/handlers.ts';
import { auditArea } from '../audit/handlers.ts';
import { filingsArea } from '../filings/handlers.ts';
import { systemArea } from '../system/handlers.ts';
import { designationArea } from '../designation/handlers.ts';
import { attachmentsArea } from '../attachments/handlers.ts';
import { deadlinesArea } from '../deadlines/handlers.ts';
import { incidentsArea } from '../incidents/handlers.ts';
import { agreementsArea } from '../agreements/handlers.ts';
import { signingsArea } from '../signings/handlers.ts';
import { assessmentsArea } from '../assessments/handlers.ts';
import { recordsArea } from '../records/handlers.ts';
import { examsArea } from '../exams/handlers.ts';
import { clinicArea } from '../clinic/handlers.ts';
import { encountersArea } from '../encounters/handlers.ts';
import { medicationArea } from '../medication/handlers.ts';
import { stockArea } from '../stock/handlers.ts';
import { infectionArea } from '../infection/handlers.ts';

/** Every area, each defined in core/<prefix>/handlers.ts; a new area is one line here. */
export const AREAS = [
  authArea,
  usersArea,
  institutionArea,
  policyArea,
  residentsArea,
  vitalsArea,
  bedsArea,
  incidentsArea,
  agreementsArea,
  signingsArea,
  deadlinesArea,
  attachmentsArea,
  auditArea,
  filingsArea,
  systemArea,
  assessmentsArea,
  recordsArea,
  examsArea,
  clinicArea,
  encountersArea,
  medicationArea,
  stockArea,
  infectionArea,
  designationArea,
] as const;


/** The contract: every method the UI can call, its input schema, who may call it, and its handler. */
export const methods = joinAreas(...AREAS);

export type Methods = typeof methods;
export type MethodName = keyof Methods;
export type MethodInput<M extends MethodName> = Methods[M] extends { input: infer S extends z.ZodType }
  ? z.input<S>
  : never;
export type MethodOutput<M extends MethodName> = Methods[M] extends { handler: (...args: never[]) => infer R }
  ? Awaited<R>
  : never;
