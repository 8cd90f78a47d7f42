import type { BenchContext } from './context.ts';
import type { Operation } from './measure.ts';

export interface Plan {
  operation: string;
  label: string;
  sql: string;
  /** EXPLAIN QUERY PLAN, one line per step, indented as SQLite nests them. */
  steps: string[];
  expectIndex: string | null;
  /** Whether the expected index is used; null when nothing is expected. */
  ok: boolean | null;
}

interface PlanRow {
  id: number;
  parent: number;
  detail: string;
}

/** The query plans of the operations that list their queries, checked against the index each should use. */
export function queryPlans(ctx: BenchContext, operations: Operation[]): Plan[] {
  return operations.flatMap((op) =>
    (op.explain?.(ctx) ?? []).map((s) => {
      const rows = ctx.db.prepare(`EXPLAIN QUERY PLAN ${s.sql}`).all(...s.params) as PlanRow[];
      const depth = new Map<number, number>([[0, -1]]);
      const steps = rows.map((r) => {
        const d = (depth.get(r.parent) ?? -1) + 1;
        depth.set(r.id, d);
        return `${'  '.repeat(d)}${r.detail}`;
      });
      const expectIndex = s.expectIndex ?? null;
      const ok = expectIndex === null ? null : steps.some((step) => new RegExp(`INDEX ${expectIndex}\\b`).test(step));
      return { operation: op.name, label: s.label, sql: s.sql.replace(/\s+/g, ' ').trim(), steps, expectIndex, ok };
    }),
  );
}

export function formatPlans(plans: Plan[]): string {
  return plans
    .map((p) => {
      const check = p.ok === null ? '' : p.ok ? `  ✓ 使用索引 ${p.expectIndex}` : `  ✗ 未使用索引 ${p.expectIndex}`;
      return [`【${p.operation}·${p.label}】${check}`, `  ${p.sql}`, ...p.steps.map((s) => `    ${s}`)].join('\n');
    })
    .join('\n\n');
}
