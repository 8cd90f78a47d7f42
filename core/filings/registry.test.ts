import { describe, expect, it } from 'vitest';
import { allFilings, resolveFiling } from './registry.ts';
import { ROLES } from '../shared/roles.ts';
import { schemaFields } from '../shared/schemaFields.ts';
import type { FilingDef } from './define.ts';

/** The input a kind's `example` options give, read as the command line reads them (a kind may require an option). */
function exampleInput(def: FilingDef): Record<string, unknown> {
  const input: Record<string, unknown> = {};
  for (const o of def.cli) {
    const at = def.example.indexOf(`--${o.flag}`);
    if (at < 0) continue;
    input[o.field] = o.type === 'boolean' ? true : o.type === 'int' ? Number(def.example[at + 1]) : def.example[at + 1];
  }
  return input;
}

describe('the filing registry', () => {
  it('knows each kind once, each with a title, a description of its input, CLI options matching its schema, and an example', () => {
    const kinds = allFilings().map((d) => d.kind);
    expect(new Set(kinds).size).toBe(kinds.length);
    for (const def of allFilings()) {
      expect(def.title.length, def.kind).toBeGreaterThan(1);
      expect(def.access.every((r) => (ROLES as readonly string[]).includes(r)), def.kind).toBe(true);
      const fields = schemaFields(def.input);
      for (const o of def.cli) expect(fields, `${def.kind} --${o.flag}`).toContain(o.field);
      expect(def.describe(def.input.parse(exampleInput(def))), def.kind).toBeTypeOf('string');
    }
  });

  it('refuses an unknown kind, a post the kind is not for, and input its schema refuses — naming the field under input', () => {
    expect(() => resolveFiling('nope', {}, 'director')).toThrow(expect.objectContaining({ code: 'VALIDATION', field: 'kind' }));
    expect(() => resolveFiling('roster', {}, 'caregiver')).toThrow(expect.objectContaining({ code: 'FORBIDDEN' }));
    expect(() => resolveFiling('roster', {}, null)).toThrow(expect.objectContaining({ code: 'FORBIDDEN' }));
    expect(() => resolveFiling('roster', { floor: 100 }, 'nurse')).toThrow(expect.objectContaining({ code: 'VALIDATION', field: 'input.floor' }));
    expect(() => resolveFiling('roster', { extra: 1 }, 'nurse')).toThrow(expect.objectContaining({ code: 'VALIDATION', message: '不认识的字段：extra' }));
    expect(() => resolveFiling('roster-book', { from: '2026-05-01', to: '2026-04-01' }, 'clerk')).toThrow(
      expect.objectContaining({ field: 'input.to', message: '开始日期不能晚于结束日期' }),
    );
    expect(resolveFiling('roster', { floor: 2 }, 'clerk').input).toMatchObject({ floor: 2, status: 'in_residence' });
  });
});
