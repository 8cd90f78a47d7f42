import { describe, expect, it } from 'vitest';
import { cssString, pageFooterCss } from './pageFooter.ts';

/** Reads a CSS string literal back as CSS would, and fails if it ends before its last character. */
function readCssString(literal: string): string {
  expect(literal.startsWith('"') && literal.endsWith('"')).toBe(true);
  let out = '';
  for (let i = 1; i < literal.length - 1; i++) {
    const c = literal[i]!;
    if (c === '"') throw new Error(`string ends early at ${i}`);
    if (c !== '\\') {
      out += c;
      continue;
    }
    const next = literal[++i]!;
    if (next === 'A') {
      out += '\n';
      if (literal[i + 1] === ' ') i++;
    } else out += next;
  }
  return out;
}

describe('cssString', () => {
  it('quotes plain Chinese text as it is', () => {
    expect(cssString('幸福苑养老院 住养老人名册')).toBe('"幸福苑养老院 住养老人名册"');
  });
  it.each(['a"b', 'c:\\d', '第一行\n第二行', '"; } body { display: none } @page { x: "', '\\"'])(
    'keeps %j whole inside one string',
    (text) => {
      expect(readCssString(cssString(text))).toBe(text);
    },
  );
});

describe('pageFooterCss', () => {
  it('puts the title bottom left and 第 X 页 / 共 Y 页 bottom right', () => {
    const css = pageFooterCss('幸福苑 住养老人名册');
    expect(css).toContain('@bottom-left { content: "幸福苑 住养老人名册";');
    expect(css).toContain('@bottom-right { content: "第 " counter(page) " 页 / 共 " counter(pages) " 页";');
  });
});
