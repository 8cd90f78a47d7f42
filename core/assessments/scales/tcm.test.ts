import { describe, expect, it } from 'vitest';
import { biasedResult, pingheResult, scoreTcm } from './tcm.ts';
import { CONSTITUTIONS, PINGHE } from './tcm.data.ts';

const answers = (line: string) => Object.fromEntries(line.trim().split(/\s+/).map((v, i) => [`Q${i + 1}`, Number(v)]));
const part = (r: ReturnType<typeof scoreTcm>, label: string) => r.parts.find((p) => p.label === label)!;

describe('中医体质辨识: 33 questions into nine constitutions (reference §2)', () => {
  it('assigns each of Q1–Q33 to its constitutions as 附件2 does; only Q2, Q4, Q5, Q13 are shared, with 平和质', () => {
    const biased: number[] = CONSTITUTIONS.flatMap((c) => [...c.questions]);
    expect(new Set(biased).size).toBe(32);
    expect([...new Set([...biased, ...PINGHE.questions])].sort((a, b) => a - b)).toEqual(Array.from({ length: 33 }, (_, i) => i + 1));
    expect(PINGHE.questions.filter((q) => biased.includes(q))).toEqual([...PINGHE.reversed]);
  });

  it('Example 1: 平和质 是 (22, every other ≤ 8)', () => {
    const r = scoreTcm(answers('4 2 2 1 1 2 1 1 1 2 1 2 2 2 1 2 2 1 1 1 2 1 1 2 1 2 2 2 1 1 2 1 1'));
    expect(r.parts.map((p) => [p.label, p.score])).toEqual([
      ['平和质', 22],
      ['气虚质', 7],
      ['阳虚质', 6],
      ['阴虚质', 8],
      ['痰湿质', 6],
      ['湿热质', 5],
      ['血瘀质', 5],
      ['气郁质', 5],
      ['特禀质', 5],
    ]);
    expect(part(r, '平和质').result).toBe('是');
    expect(r.level.label).toBe('平和质');
  });

  it('Example 2: 阴虚质 是 with 气虚 and 痰湿 tendencies; 平和 否 despite 17', () => {
    const r = scoreTcm(answers('2 3 2 2 2 2 1 1 2 3 2 2 2 3 1 2 1 1 1 1 3 2 1 2 1 4 1 3 2 1 3 2 2'));
    expect(part(r, '阴虚质')).toMatchObject({ score: 13, result: '是' });
    expect(part(r, '气虚质')).toMatchObject({ score: 10, result: '倾向是' });
    expect(part(r, '痰湿质')).toMatchObject({ score: 9, result: '倾向是' });
    expect(part(r, '平和质')).toMatchObject({ score: 17, result: '否' });
    expect(r.level.label).toBe('阴虚质');
    expect(r.reasons.at(-1)).toBe('主要体质：阴虚质；兼有 气虚质倾向是、痰湿质倾向是');
  });

  it('Example 3: 平和质 基本是 together with 痰湿质 倾向是', () => {
    const r = scoreTcm(answers('4 2 2 1 1 1 1 1 3 1 1 1 1 2 1 2 1 1 1 1 1 1 1 1 1 1 1 3 1 1 1 2 1'));
    expect(part(r, '痰湿质')).toMatchObject({ score: 10, result: '倾向是' });
    expect(part(r, '平和质')).toMatchObject({ score: 23, result: '基本是' });
    expect(r.level.label).toBe('平和质');
  });

  it.each([
    [8, '否'],
    [9, '倾向是'],
    [10, '倾向是'],
    [11, '是'],
  ])('a biased constitution summing %i → %s', (sum, result) => {
    expect(biasedResult(sum)).toBe(result);
  });

  it.each([
    [16, 0, '否'],
    [17, 8, '是'],
    [17, 9, '基本是'],
    [17, 10, '基本是'],
    [17, 11, '否'],
  ])('平和质 %i with the largest other %i → %s (是 checked before 基本是)', (sum, other, result) => {
    expect(pingheResult(sum, other)).toBe(result);
  });

  it('says when 阴虚 and 阳虚 contradict each other, and when nothing can be judged', () => {
    const contradictory = scoreTcm(answers('2 2 2 2 2 2 2 2 2 4 4 4 2 2 2 2 2 2 2 2 4 2 2 2 2 4 2 2 4 2 4 2 2'));
    expect(contradictory.reasons.join('\n')).toContain('阴虚质与阳虚质同时出现');
    const nothing = scoreTcm(answers('1 3 1 3 3 1 2 2 2 2 1 2 3 1 2 2 2 2 2 2 2 2 2 2 2 2 2 2 2 2 2 2 2'));
    expect(nothing.level.label).toBe('未能判定');
    expect(nothing.followUp).toContain('2 周后重新采集');
  });

  it('refuses a missing answer and an answer outside 1–5', () => {
    const full = answers('3 '.repeat(33));
    const { Q20: _, ...missing } = full;
    expect(() => scoreTcm(missing)).toThrow('请回答第 20 项');
    expect(() => scoreTcm({ ...full, Q3: 6 })).toThrow('不在选项中');
  });
});
