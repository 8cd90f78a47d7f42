import { ScoringError, type Answers, type ResolvedItem, type ScaleDef, type ScaleItem } from './types.ts';

/** Every item of a scale in the order of the form. */
export function itemsOf(def: ScaleDef): ScaleItem[] {
  return def.parts.flatMap((p) => [...p.items]);
}

/** The highest points an item can give. */
export const itemMax = (item: ScaleItem): number => Math.max(...item.options.map((o) => o.points));

/**
 * Reads the answers of a whole scale: each item must be answered (reference §1.6, §2.4 “不能空项”), with an option
 * code of that item or with points that only one of its options gives (B.3.9 = 0 is 昏睡 or 昏迷: its code is
 * needed). An unknown item code is refused too, so a misspelt key never passes as “unanswered”.
 */
export function resolveAnswers(def: ScaleDef, answers: Answers): ResolvedItem[] {
  const items = itemsOf(def);
  const known = new Set(items.map((i) => i.code));
  for (const key of Object.keys(answers)) {
    if (!known.has(key)) throw new ScoringError(`${def.name}没有“${key}”这一项`, `answers.${key}`);
  }
  return items.map((item, n) => {
    const value = answers[item.code];
    const where = `第 ${n + 1} 项（${item.code} ${item.label}）`;
    if (value === undefined || value === null || value === '') {
      throw new ScoringError(`请回答${where}：每一项都要作答，不能空项`, `answers.${item.code}`);
    }
    const option =
      typeof value === 'number'
        ? uniqueByPoints(item, value, where)
        : item.options.find((o) => o.code === value);
    if (!option) {
      const allowed = item.options.map((o) => `${o.code}（${o.points} 分）`).join('、');
      throw new ScoringError(`${where}的答案“${String(value)}”不在选项中，可选：${allowed}`, `answers.${item.code}`);
    }
    return { code: item.code, label: item.label, optionCode: option.code, optionLabel: option.label, points: option.points };
  });
}

function uniqueByPoints(item: ScaleItem, points: number, where: string) {
  const matches = item.options.filter((o) => o.points === points);
  if (matches.length > 1) {
    const codes = matches.map((o) => `${o.code}（${o.label}）`).join(' 或 ');
    throw new ScoringError(`${where}有两个 ${points} 分的选项，请用选项代码作答：${codes}`, `answers.${item.code}`);
  }
  return matches[0];
}

/** The points of the resolved items of one part. */
export function sumOf(resolved: readonly ResolvedItem[], codes: readonly string[]): number {
  const wanted = new Set(codes);
  return resolved.filter((r) => wanted.has(r.code)).reduce((s, r) => s + r.points, 0);
}
