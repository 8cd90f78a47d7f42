import { itemsOf } from './answers.ts';
import type { Answers, ScaleDef } from './types.ts';

/**
 * Answers that add up to `total`: every item starts at its best (or worst) option and items are moved one option at a
 * time until the sum is reached. Never picks 昏迷 (B.3.9 `coma`), which would trigger C.4's override.
 * For tests and the demo only.
 */
export function answersWithTotal(def: ScaleDef, total: number, from: 'max' | 'min' = 'max'): Answers {
  const items = itemsOf(def);
  const chosen = new Map(items.map((i) => [i.code, from === 'max' ? Math.max(...i.options.map((o) => o.points)) : Math.min(...i.options.map((o) => o.points))]));
  let sum = [...chosen.values()].reduce((s, p) => s + p, 0);
  for (const item of items) {
    const points = [...new Set(item.options.map((o) => o.points))].sort((a, b) => a - b);
    while (sum !== total) {
      const current = chosen.get(item.code)!;
      const next = sum > total ? points.filter((p) => p < current).at(-1) : points.find((p) => p > current);
      if (next === undefined || (sum > total && sum - (current - next) < total) || (sum < total && sum + (next - current) > total)) break;
      chosen.set(item.code, next);
      sum += next - current;
    }
  }
  if (sum !== total) throw new Error(`${def.name} 凑不出总分 ${total}`);
  return Object.fromEntries(
    items.map((i) => [i.code, i.options.find((o) => o.points === chosen.get(i.code) && o.code !== 'coma')!.code]),
  );
}

/** Answers from a list of points in the order of the form's items (option codes resolved, 昏迷 never chosen). */
export function answersFromPoints(def: ScaleDef, points: readonly number[]): Answers {
  const items = itemsOf(def);
  if (points.length !== items.length) throw new Error(`${def.name} 有 ${items.length} 项，给了 ${points.length} 个分值`);
  return Object.fromEntries(items.map((i, n) => [i.code, i.options.find((o) => o.points === points[n] && o.code !== 'coma')?.code ?? String(points[n])]));
}
