import type { z } from 'zod';
import { joinAreas } from './define.ts';
import { authMethods } from '../auth/handlers.ts';
import { institutionMethods } from '../institution/handlers.ts';
import { residentMethods } from '../residents/handlers.ts';
import { bedMethods } from '../beds/handlers.ts';
import { auditMethods } from '../audit/handlers.ts';
import { filingMethods } from '../filings/handlers.ts';
import { systemMethods } from '../system/handlers.ts';

/** The contract: every method the UI can call, its input schema, who may call it, and its handler. */
export const methods = joinAreas(
  authMethods,
  institutionMethods,
  residentMethods,
  bedMethods,
  auditMethods,
  filingMethods,
  systemMethods,
);

export type Methods = typeof methods;
export type MethodName = keyof Methods;
export type MethodInput<M extends MethodName> = Methods[M] extends { input: infer S extends z.ZodType }
  ? z.input<S>
  : never;
export type MethodOutput<M extends MethodName> = Methods[M] extends { handler: (...args: never[]) => infer R }
  ? Awaited<R>
  : never;
