/**
 * A number with its unit (12 张, 71 岁) joined by a no-break space, so a narrow card or cell never leaves
 * the unit alone on the next line.
 */
export function qty(n: number | string, unit: string): string {
  return `${n}\u00a0${unit}`;
}
