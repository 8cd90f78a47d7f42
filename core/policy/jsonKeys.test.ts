import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

/**
 * JSON.parse keeps the last of two equal keys without a word: a merge that leaves a profile with two "parameters"
 * objects silently drops the first one's values. This walks the text and names every key an object repeats.
 */
export function repeatedKeys(text: string): string[] {
  const repeated: string[] = [];
  const stack: (Set<string> | null)[] = [];
  let expectKey = false;
  for (let i = 0; i < text.length; i++) {
    const c = text[i]!;
    if (c === '"') {
      let j = i + 1;
      while (text[j] !== '"') j += text[j] === '\\' ? 2 : 1;
      const keys = stack[stack.length - 1];
      if (expectKey && keys) {
        const key = JSON.parse(text.slice(i, j + 1)) as string;
        if (keys.has(key)) repeated.push(key);
        keys.add(key);
        expectKey = false;
      }
      i = j;
    } else if (c === '{') {
      stack.push(new Set());
      expectKey = true;
    } else if (c === '[') {
      stack.push(null);
    } else if (c === '}' || c === ']') {
      stack.pop();
    } else if (c === ',') {
      expectKey = stack[stack.length - 1] !== null;
    }
  }
  return repeated;
}

function jsonFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) =>
    e.isDirectory() ? jsonFiles(join(dir, e.name)) : e.name.endsWith('.json') ? [join(dir, e.name)] : [],
  );
}

describe('the data files under core/', () => {
  it('finds a repeated key, and none in a key that only looks like one', () => {
    expect(repeatedKeys('{"a": 1, "b": {"a": 2}, "c": ["a", "a"], "a": 3}')).toEqual(['a']);
    expect(repeatedKeys('{"x": "\\"y\\"", "y": 1}')).toEqual([]);
  });

  it('repeat no key in any object (profiles, standards, documents, code lists)', () => {
    const files = jsonFiles(join(import.meta.dirname, '..'));
    expect(files.length).toBeGreaterThan(3);
    for (const f of files) expect(repeatedKeys(readFileSync(f, 'utf8')), f).toEqual([]);
  });
});
