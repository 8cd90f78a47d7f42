import { describe, expect, it } from 'vitest';
import { findProfile } from '../../policy/queries.ts';
import { scoringRules } from '../rules.ts';
import { BRADEN, scoreBraden } from './braden.ts';
import { scoreMorse } from './morse.ts';
import { scoreAd8 } from './ad8.ts';
import { MMSE, scoreMmse } from './mmse.ts';
import { scoreSelfCare, SELFCARE } from './selfcare.ts';
import { answersFromPoints, answersWithTotal } from './testing.ts';
import { itemsOf } from './answers.ts';

const rules = scoringRules(findProfile('national')!);
const changning = scoringRules(findProfile('changning')!);

describe('Braden (reference §4.1): 6–23, lower = higher risk', () => {
  it('scores the worked example 3,2,2,2,3,2 → 14 中危', () => {
    const r = scoreBraden(answersFromPoints(BRADEN, [3, 2, 2, 2, 3, 2]), rules.bradenBands);
    expect(r).toMatchObject({ total: 14, risk: 'moderate', level: { label: '中危' } });
  });

  it.each([
    [6, 'very_high', '极高危'],
    [9, 'very_high', '极高危'],
    [10, 'high', '高危'],
    [12, 'high', '高危'],
    [13, 'moderate', '中危'],
    [14, 'moderate', '中危'],
    [15, 'low', '低危'],
    [18, 'low', '低危'],
    [19, 'none', '无风险'],
    [23, 'none', '无风险'],
  ])('total %i → %s (%s)', (total, risk, label) => {
    const r = scoreBraden(answersWithTotal(BRADEN, total, 'min'), rules.bradenBands);
    expect(r).toMatchObject({ total, risk, level: { label } });
  });

  it('refuses friction = 4 (its maximum is 3)', () => {
    expect(() => scoreBraden({ ...answersFromPoints(BRADEN, [3, 3, 3, 3, 3, 3]), friction: 4 }, rules.bradenBands)).toThrow('不在选项中');
  });
});

describe('Morse (reference §4.2): 0–125, higher = higher risk', () => {
  it('scores the worked example: fall 25 + 2 diagnoses 15 + walker 15 + no IV + weak gait 10 + oriented → 65 高危', () => {
    const r = scoreMorse({ history: 25, diagnosis: 15, aid: 15, iv: 0, gait: 10, mental: 0 }, rules.morseBands);
    expect(r).toMatchObject({ total: 65, risk: 'high', level: { label: '高危' } });
  });

  const none = { history: 0, diagnosis: 0, aid: 0, iv: 0, gait: 0, mental: 0 };
  const vectors: Record<number, Partial<typeof none>> = {
    0: {},
    20: { iv: 20 },
    25: { history: 25 },
    40: { history: 25, diagnosis: 15 },
    45: { history: 25, iv: 20 },
    50: { history: 25, aid: 15, gait: 10 },
    125: { history: 25, diagnosis: 15, aid: 30, iv: 20, gait: 20, mental: 15 },
  };
  const withTotal = (total: number) => ({ ...none, ...vectors[total] });
  it.each([
    [0, 'low'],
    [20, 'low'],
    [25, 'moderate'],
    [40, 'moderate'],
    [45, 'high'],
    [50, 'high'],
    [125, 'high'],
  ])('total %i → %s under the national bands (≥45 高危, §8 Q14)', (total, risk) => {
    expect(scoreMorse(withTotal(total), rules.morseBands)).toMatchObject({ total, risk });
  });

  it('exactly 45 is 中危 where a region reads the scale as “25–45 中危, >45 高危”, and the reading says so', () => {
    const other = { ...rules.morseBands, value: { moderateFrom: 25, highFrom: 46 } };
    const r = scoreMorse(withTotal(45), other);
    expect(r.risk).toBe('moderate');
    expect(r.readings[0]!.chosen).toContain('45 分按中危');
    expect(scoreMorse(withTotal(45), rules.morseBands).readings[0]).toMatchObject({ unverified: true, chosen: expect.stringContaining('45 分按高危') });
  });
});

describe('AD8 (reference §3.1)', () => {
  const answers = (yes: number[], unknown: number[] = []) =>
    Object.fromEntries(Array.from({ length: 8 }, (_, i) => [`Q${i + 1}`, yes.includes(i + 1) ? 'yes' : unknown.includes(i + 1) ? 'unknown' : 'no']));

  it('worked example: items 1 and 5 是, item 7 不知道 → 2, positive', () => {
    const r = scoreAd8(answers([1, 5], [7]), rules.ad8Screening, null);
    expect(r).toMatchObject({ total: 2, level: { code: 'positive' } });
    expect(r.followUp).toContain('MMSE');
  });

  it('0 and 1 are negative, 2 positive', () => {
    expect(scoreAd8(answers([]), rules.ad8Screening, null).level.code).toBe('negative');
    expect(scoreAd8(answers([3]), rules.ad8Screening, null).level.code).toBe('negative');
    expect(scoreAd8(answers([3, 8]), rules.ad8Screening, null).level.code).toBe('positive');
  });

  it('in 长宁 (004 第11条) a negative screen leads to care, a positive one to a referral, the mapping marked 待核实 (§8 Q9)', () => {
    const low = scoreAd8(answers([2]), changning.ad8Screening, changning.cognitiveFollowUp);
    expect(low.followUp).toBe('低风险：认知障碍家庭照护床位或照护专区，非药物干预');
    const high = scoreAd8(answers([1, 2, 3]), changning.ad8Screening, changning.cognitiveFollowUp);
    expect(high.followUp).toBe('中、高风险：绿色通道转介专业医疗机构');
    expect(high.readings.find((r) => r.topic.includes('Q9'))).toMatchObject({ unverified: true, cite: expect.stringContaining('第11条') });
  });

  it('a 0 answer must be given as a code (否 or 不知道), a 1 may be given as points', () => {
    expect(() => scoreAd8({ ...answers([]), Q1: 0 }, rules.ad8Screening, null)).toThrow('请用选项代码作答');
    expect(scoreAd8({ ...answers([]), Q1: 1 }, rules.ad8Screening, null).total).toBe(1);
  });
});

describe('MMSE with education-adjusted cut-offs (reference §3.2, §8 Q10)', () => {
  const withTotal = (total: number) => answersWithTotal(MMSE, total);
  it('has 30 one-point items in five parts', () => {
    expect(itemsOf(MMSE)).toHaveLength(30);
    expect(MMSE.parts.map((p) => p.items.length)).toEqual([10, 3, 5, 3, 9]);
  });

  it.each([
    ['illiterate', 17, true],
    ['illiterate', 18, false],
    ['primary', 20, true],
    ['primary', 21, false],
    ['secondary', 24, true],
    ['secondary', 25, false],
  ] as const)('%s scoring %i → impaired %s', (education, total, impaired) => {
    const r = scoreMmse(withTotal(total), education, rules.mmseCutoffs);
    expect(r.total).toBe(total);
    expect(r.level.code).toBe(impaired ? 'impaired' : 'normal');
    expect(r.readings[0]!.unverified).toBe(true);
  });

  it('shows the unadjusted severity only as a reference line', () => {
    expect(scoreMmse(withTotal(20), 'primary', rules.mmseCutoffs).reasons[2]).toContain('10～20 分：中度（仅供参考');
  });
});

describe('老年人生活自理能力评估表 (reference §5.3)', () => {
  it('worked example: 进餐 0, 梳洗 1, 穿衣 3, 如厕 1, 活动 5 → 10 中度依赖', () => {
    const r = scoreSelfCare({ eating: 0, grooming: 1, dressing: 3, toileting: 1, activity: 5 });
    expect(r).toMatchObject({ total: 10, level: { label: '中度依赖' } });
  });

  it.each([
    [0, '可自理'],
    [3, '可自理'],
    [4, '轻度依赖'],
    [8, '轻度依赖'],
    [9, '中度依赖'],
    [18, '中度依赖'],
    [19, '不能自理'],
    [37, '不能自理'],
  ])('total %i → %s', (total, label) => {
    expect(scoreSelfCare(answersWithTotal(SELFCARE, total, 'min'))).toMatchObject({ total, level: { label } });
  });

  it('refuses 进餐 = 1: 进餐 and 穿衣 have no 轻度依赖 option of their own', () => {
    expect(() => scoreSelfCare({ eating: 1, grooming: 0, dressing: 0, toileting: 0, activity: 0 })).toThrow('进餐）的答案“1”不在选项中');
  });
});
