import { existsSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { AREAS, methods } from './methods.ts';

describe('areas', () => {
  it('each area is defined in core/<prefix>/handlers.ts, and every method name starts with its prefix', async () => {
    for (const area of AREAS) {
      const file = new URL(`../${area.prefix}/handlers.ts`, import.meta.url);
      expect(existsSync(file), `core/${area.prefix}/handlers.ts`).toBe(true);
      const exported = Object.values(await import(file.href));
      expect(exported, `core/${area.prefix}/handlers.ts exports its area`).toContain(area);
      for (const name of Object.keys(area.methods)) expect(name.startsWith(`${area.prefix}.`), name).toBe(true);
    }
  });

  it('the API table is exactly the areas’ methods', () => {
    const names = AREAS.flatMap((a) => Object.keys(a.methods)).sort();
    expect(Object.keys(methods).sort()).toEqual(names);
  });
});
