import type { z } from 'zod';
import type { Role } from '../shared/roles.ts';
import type { Session } from '../auth/sessions.ts';
import type { Runtime } from '../system/runtime.ts';
import type { HeavyContext, WriteContext } from './context.ts';

export type { HeavyContext };

/**
 * - read: no change to data.
 * - write: synchronous, run in one transaction with its audit rows (core/audit/audited.ts).
 * - task: asynchronous (backups, restore, printing); it audits what it changes, each row committing on its own.
 */
export type MethodKind = 'read' | 'write' | 'task';

/** 'public' needs no sign-in (status, setup, sign-in); 'signedIn' any role; else the listed roles. */
export type Access = 'public' | 'signedIn' | readonly Role[];

/** What a handler gets for one call: the services' context plus who is calling and the live runtime. */
export interface Context extends WriteContext {
  session: Session | null;
  sessionId: string | undefined;
  runtime: Runtime;
}

interface Common<S extends z.ZodType> {
  access: Access;
  /**
   * May be called by a session still on a temporary password (core/api/dispatch.ts): only what the
   * “请设置您自己的密码” screen needs. Public methods need no session and are never held back.
   */
  beforePasswordChange?: boolean;
  input: S;
  /**
   * The areas whose reads this call may change, so the UI refreshes those and not everything
   * (default: the method's own area). A read changes nothing.
   */
  changes?: readonly string[];
}


/**
 * A read that may take long (a report, a filing's data, an Excel file): it runs beside the app in a worker on
 * its own read-only connection (core/api/heavyReads.ts), so it never holds up other people's calls.
 */
export interface HeavyReadDef<S extends z.ZodType, R> extends Common<S> {
  kind: 'read';
  heavy: true;
  handler: (ctx: HeavyContext, input: z.output<S>) => R;
}

export interface PlainMethodDef<S extends z.ZodType, R> extends Common<S> {
  kind: MethodKind;
  heavy?: false;
  handler: (ctx: Context, input: z.output<S>) => R;
}

export type MethodDef<S extends z.ZodType, R> = PlainMethodDef<S, R> | HeavyReadDef<S, R>;

export function method<S extends z.ZodType, R>(def: PlainMethodDef<S, R>): PlainMethodDef<S, R>;
export function method<S extends z.ZodType, R>(def: HeavyReadDef<S, R>): HeavyReadDef<S, R>;
export function method<S extends z.ZodType, R>(def: MethodDef<S, R>): MethodDef<S, R> {
  return def;
}

// eslint-disable-next-line @typescript-eslint/no-explicit-any
export type AnyMethod = MethodDef<z.ZodType, any>;

/**
 * One area's methods. The prefix is the area's folder under core/ (core/residents/handlers.ts defines
 * residents.*); a name outside it is refused at start, and a test holds every prefix to its folder.
 */
export interface Area<P extends string = string, T extends Record<string, AnyMethod> = Record<string, AnyMethod>> {
  prefix: P;
  methods: T;
}

export function defineArea<P extends string, T extends Record<`${P}.${string}`, AnyMethod>>(
  prefix: P,
  methods: T,
): Area<P, T> {
  for (const name of Object.keys(methods)) {
    if (!name.startsWith(`${prefix}.`)) throw new Error(`接口 ${name} 不属于 ${prefix} 领域（方法名的前缀应为所在文件夹名）`);
  }
  return { prefix, methods };
}

/** The areas a write or task refreshes: what it declares, else its own area; and the audit log, which every change adds to. */
export function changedAreas(name: string, def: AnyMethod): readonly string[] {
  return [...(def.changes ?? [name.slice(0, name.indexOf('.'))]), 'audit'];
}

/** Joins the areas' method maps into one; a name defined twice is a programming error caught at start. */
export function joinAreas<T extends Area[]>(...areas: T): UnionToIntersection<T[number]['methods']> {
  const all: Record<string, AnyMethod> = {};
  for (const area of areas) {
    for (const [name, def] of Object.entries(area.methods)) {
      if (Object.hasOwn(all, name)) throw new Error(`API 方法重复定义：${name}`);
      all[name] = def;
    }
  }
  return all as UnionToIntersection<T[number]['methods']>;
}

type UnionToIntersection<U> = (U extends unknown ? (x: U) => void : never) extends (x: infer I) => void ? I : never;
