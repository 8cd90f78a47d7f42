import type { z } from 'zod';
import type { Role } from '../auth/roles.ts';
import type { Context } from './context.ts';

/**
 * - read: no change to data.
 * - write: synchronous, run in one transaction that must append at least one audit row, else it is rolled back.
 * - task: asynchronous (backups, restore, PDF); it opens its own transactions and audits what it changes.
 */
export type MethodKind = 'read' | 'write' | 'task';

/** 'public' needs no sign-in (status, setup, sign-in); 'signedIn' any role; else the listed roles. */
export type Access = 'public' | 'signedIn' | readonly Role[];

export interface MethodDef<S extends z.ZodType, R> {
  kind: MethodKind;
  access: Access;
  input: S;
  handler: (ctx: Context, input: z.output<S>) => R;
}

export function method<S extends z.ZodType, R>(def: MethodDef<S, R>): MethodDef<S, R> {
  return def;
}

// eslint-disable-next-line @typescript-eslint/no-explicit-any
export type AnyMethod = MethodDef<z.ZodType, any>;

/** Joins the areas' method maps into one; a name defined twice is a programming error caught at start. */
export function joinAreas<T extends Record<string, AnyMethod>[]>(...areas: T): UnionToIntersection<T[number]> {
  const all: Record<string, AnyMethod> = {};
  for (const area of areas) {
    for (const [name, def] of Object.entries(area)) {
      if (Object.hasOwn(all, name)) throw new Error(`API 方法重复定义：${name}`);
      all[name] = def;
    }
  }
  return all as UnionToIntersection<T[number]>;
}

type UnionToIntersection<U> = (U extends unknown ? (x: U) => void : never) extends (x: infer I) => void ? I : never;
