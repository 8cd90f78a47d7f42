import { describe, expect, it } from 'vitest';
import { findProfile } from '../../policy/queries.ts';
import { scoringRules } from '../rules.ts';
import { itemMax, itemsOf } from './answers.ts';
import { GBT42195 } from './gbt42195.data.ts';
import { scoreAbility, type AbilityContext } from './gbt42195.ts';
import type { AbilityLevelChange, RuleValue } from './rules.ts';
import { answersFromPoints, answersWithTotal } from './testing.ts';
import { ScoringError } from './types.ts';

const national = scoringRules(findProfile('national')!).abilityLevelChange;
const withRule = (change: Partial<AbilityLevelChange>): RuleValue<AbilityLevelChange> => ({ ...national, value: { ...national.value, ...change } });
const none: AbilityContext = { coma: false, diagnoses: [], riskEvents: {} };

// Reference §1.6, Example A: B.1 28, B.2 12, B.3 24, B.4 11 = 75.
const EXAMPLE_A = answersFromPoints(GBT42195, [4, 4, 3, 3, 3, 4, 4, 3, 4, 3, 3, 2, 3, 3, 4, 3, 4, 4, 1, 0, 2, 1, 1, 3, 2, 4]);
// Example B: B.1 10, B.2 5, B.3 20, B.4 5 = 40.
const EXAMPLE_B = answersFromPoints(GBT42195, [2, 1, 0, 1, 1, 2, 2, 1, 2, 2, 1, 0, 3, 2, 3, 2, 3, 3, 1, 1, 2, 1, 1, 1, 0, 2]);

describe('GB/T 42195-2022 as data (reference §1.1–1.2)', () => {
  it('has 26 items in four domains of 8, 4, 9 and 5, with maxima 32, 15, 28 and 15 and a total of 90', () => {
    expect(itemsOf(GBT42195)).toHaveLength(26);
    expect(GBT42195.parts.map((p) => p.items.length)).toEqual([8, 4, 9, 5]);
    expect(GBT42195.parts.map((p) => p.items.reduce((s, i) => s + itemMax(i), 0))).toEqual([32, 15, 28, 15]);
  });

  it('keeps 昏睡 and 昏迷 as two options of B.3.9 that both score 0', () => {
    const b39 = itemsOf(GBT42195).find((i) => i.code === 'B.3.9')!;
    expect(b39.options.filter((o) => o.points === 0).map((o) => o.code)).toEqual(['stupor', 'coma']);
  });
});

describe('total → preliminary level (C.3), boundary vectors of the reference', () => {
  it.each([
    [90, 0, '能力完好'],
    [89, 1, '轻度失能'],
    [66, 1, '轻度失能'],
    [65, 2, '中度失能'],
    [46, 2, '中度失能'],
    [45, 3, '重度失能'],
    [30, 3, '重度失能'],
    [29, 4, '完全失能'],
    [0, 4, '完全失能'],
  ])('total %i → level %i (%s)', (total, level, label) => {
    const r = scoreAbility(answersWithTotal(GBT42195, total), none, national);
    expect(r.total).toBe(total);
    expect(r.preliminary).toMatchObject({ index: level, label });
    expect(r.level.index).toBe(level);
  });
});

describe('worked examples (reference §1.6)', () => {
  it('Example A: 75 → 轻度失能; with 痴呆 F03 → 中度失能', () => {
    const plain = scoreAbility(EXAMPLE_A, none, national);
    expect(plain.parts.map((p) => p.score)).toEqual([28, 12, 24, 11]);
    expect(plain).toMatchObject({ total: 75, level: { index: 1 }, preliminary: { index: 1 } });
    expect(plain.reasons.at(-2)).toBe('无等级变更依据 → 最终等级同初步等级');
    const dementia = scoreAbility(EXAMPLE_A, { ...none, diagnoses: ['dementia'] }, national);
    expect(dementia.level).toMatchObject({ index: 2, label: '中度失能' });
    expect(dementia.reasons.join('\n')).toContain('确诊为痴呆 F00～F03（A.4.1）→ 提高一个等级（C.4）');
  });

  it('Example A with F03 and 2 falls: 中度失能 if the rules raise once, 重度失能 if each raises (§8 Q1)', () => {
    const both: AbilityContext = { ...none, diagnoses: ['dementia'], riskEvents: { fall: 2 } };
    const once = scoreAbility(EXAMPLE_A, both, withRule({ raisePerRule: false }));
    expect(once.level.index).toBe(2);
    expect(once.reasons.join('\n')).toContain('按“只提高一级”处理');
    const perRule = scoreAbility(EXAMPLE_A, both, withRule({ raisePerRule: true }));
    expect(perRule.level.index).toBe(3);
    expect(perRule.reasons.join('\n')).toContain('共提高 2 级');
  });

  it('Example B: 40 → 重度失能; with 2 falls → 完全失能; with falls and dementia still 完全失能 under either reading', () => {
    expect(scoreAbility(EXAMPLE_B, none, national)).toMatchObject({ total: 40, level: { index: 3 } });
    expect(scoreAbility(EXAMPLE_B, { ...none, riskEvents: { fall: 2 } }, national).level.index).toBe(4);
    for (const raisePerRule of [false, true]) {
      const r = scoreAbility(EXAMPLE_B, { ...none, diagnoses: ['dementia'], riskEvents: { fall: 2 } }, withRule({ raisePerRule }));
      expect(r.level.index).toBe(4);
      if (raisePerRule) expect(r.reasons.join('\n')).toContain('已到最低等级');
    }
  });

  it('Example C: in coma (A.5.11, or B.3.9 昏迷) → 完全失能 whatever the total', () => {
    const best = answersWithTotal(GBT42195, 88);
    expect(scoreAbility(best, { ...none, coma: true }, national)).toMatchObject({ total: 88, preliminary: { index: 1 }, level: { index: 4 } });
    const byItem = scoreAbility({ ...best, 'B.3.9': 'coma' }, none, national);
    expect(byItem.level.index).toBe(4);
    expect(byItem.reasons.join('\n')).toContain('B.3.9 意识水平：昏迷');
    // 昏睡 also scores 0 but is not 昏迷.
    expect(scoreAbility({ ...best, 'B.3.9': 'stupor' }, none, national).level.index).toBe(1);
  });

  it('a mental disorder F04–F99 raises as dementia does', () => {
    expect(scoreAbility(EXAMPLE_A, { ...none, diagnoses: ['mental'] }, national).level.index).toBe(2);
    expect(scoreAbility(EXAMPLE_A, { ...none, diagnoses: ['hypertension', 'diabetes'] }, national).level.index).toBe(1);
  });
});

describe('risk events of 30 days (C.4 R3, §8 Q2)', () => {
  it('1 fall + 1 choking raise when counted across types (the national reading), not when counted per type', () => {
    const mixed: AbilityContext = { ...none, riskEvents: { fall: 1, choking: 1 } };
    expect(scoreAbility(EXAMPLE_A, mixed, national).level.index).toBe(2);
    expect(scoreAbility(EXAMPLE_A, mixed, withRule({ riskEventCounting: 'sameType' })).level.index).toBe(1);
    expect(scoreAbility(EXAMPLE_A, { ...none, riskEvents: { fall: 2 } }, withRule({ riskEventCounting: 'sameType' })).level.index).toBe(2);
  });

  it('one event does not raise, and says so', () => {
    const r = scoreAbility(EXAMPLE_A, { ...none, riskEvents: { wandering: 1 } }, national);
    expect(r.level.index).toBe(1);
    expect(r.reasons.join('\n')).toContain('走失 1 次（各类合计计数），未达 2 次');
  });

  it('prints both readings of the open questions with every result, marked unverified', () => {
    const r = scoreAbility(EXAMPLE_A, none, national);
    expect(r.readings).toHaveLength(2);
    expect(r.readings.every((x) => x.unverified && x.cite.includes('GB/T 42195-2022'))).toBe(true);
    expect(r.readings[0]!.chosen).toBe('只提高一级');
  });
});

describe('answers that are refused, naming the item', () => {
  it('an unanswered item', () => {
    const { 'B.2.3': _, ...missing } = EXAMPLE_A;
    expect(() => scoreAbility(missing, none, national)).toThrow(ScoringError);
    expect(() => scoreAbility(missing, none, national)).toThrow('请回答第 11 项（B.2.3 平地行走）');
  });

  it.each([
    ['B.2.4', 4],
    ['B.3.7', 2],
    ['B.4.1', 3],
    ['B.1.1', 'x'],
  ])('%s = %s is not an option', (code, value) => {
    try {
      scoreAbility({ ...EXAMPLE_A, [code]: value }, none, national);
      expect.unreachable();
    } catch (e) {
      expect(e).toBeInstanceOf(ScoringError);
      expect((e as ScoringError).field).toBe(`answers.${code}`);
      expect((e as Error).message).toContain('不在选项中');
    }
  });

  it('B.3.9 = 0 could be 昏睡 or 昏迷: the code is asked for', () => {
    expect(() => scoreAbility({ ...EXAMPLE_A, 'B.3.9': 0 }, none, national)).toThrow('请用选项代码作答：stupor（昏睡');
  });

  it('an item the scale does not have', () => {
    expect(() => scoreAbility({ ...EXAMPLE_A, 'B.5.1': 4 }, none, national)).toThrow('没有“B.5.1”这一项');
  });

  it('accepts points where they are unambiguous, the same as codes', () => {
    const asPoints = Object.fromEntries(Object.entries(EXAMPLE_A).map(([k, v]) => [k, k === 'B.3.9' ? v : Number(v)]));
    expect(scoreAbility(asPoints, none, national).total).toBe(75);
  });
});
