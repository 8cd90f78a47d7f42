import { resolveAnswers } from './answers.ts';
import { CONSTITUTIONS, PINGHE, TCM } from './tcm.data.ts';
import type { Answers, PartScore, ResolvedItem, ScoreResult } from './types.ts';

export type BiasedResult = '是' | '倾向是' | '否';
export type PingheResult = '是' | '基本是' | '否';

/** 偏颇体质 by raw sum (附件2): ≥11 是, 9–10 倾向是, ≤8 否. */
export const biasedResult = (sum: number): BiasedResult => (sum >= 11 ? '是' : sum >= 9 ? '倾向是' : '否');

/**
 * 平和质 (附件2), in this order — 是 before 基本是 (the pitfall of [Z5] is the reverse): ≥17 and every other ≤8 是;
 * ≥17 and every other ≤10 基本是; otherwise 否.
 */
export function pingheResult(sum: number, maxOther: number): PingheResult {
  if (sum >= 17 && maxOther <= 8) return '是';
  if (sum >= 17 && maxOther <= 10) return '基本是';
  return '否';
}

const pointsOf = (items: readonly ResolvedItem[], n: number) => items.find((i) => i.code === `Q${n}`)!.points;

/**
 * Scores the 33 questions into the nine constitutions. Several positive results together are normal (兼夹体质): all are
 * recorded; guidance follows the highest-scoring one (the main constitution); equal top scores, contradictory results
 * (阴虚 with 阳虚) and no result at all are said in words, as the form's instructions ask (reference §2.4).
 */
export function scoreTcm(answers: Answers): ScoreResult {
  const items = resolveAnswers(TCM, answers);
  const biased = CONSTITUTIONS.map((c) => {
    const score = c.questions.reduce((s, n) => s + pointsOf(items, n), 0);
    return { code: c.code, label: c.label, score, max: 20, result: biasedResult(score) as string };
  });
  const maxOther = Math.max(...biased.map((b) => b.score));
  const pingheSum = PINGHE.questions.reduce((s, n) => {
    const p = pointsOf(items, n);
    return s + ((PINGHE.reversed as readonly number[]).includes(n) ? 6 - p : p);
  }, 0);
  const pinghe: PartScore = { code: PINGHE.code, label: PINGHE.label, score: pingheSum, max: 25, result: pingheResult(pingheSum, maxOther) };
  const parts: PartScore[] = [pinghe, ...biased];

  const yes = biased.filter((b) => b.result === '是');
  const tendency = biased.filter((b) => b.result === '倾向是');
  const reasons = [
    `平和质 ${pingheSum} 分（Q2、Q4、Q5、Q13 反向计分）；其他体质最高 ${maxOther} 分 → 平和质：${pinghe.result}`,
    ...biased.filter((b) => b.result !== '否').map((b) => `${b.label} ${b.score} 分 → ${b.result}`),
  ];
  let main: PartScore | null = null;
  let followUp: string;
  const top = (list: PartScore[]) => {
    const best = Math.max(...list.map((b) => b.score));
    const tied = list.filter((b) => b.score === best);
    if (tied.length > 1) reasons.push(`${tied.map((b) => b.label).join('、')}并列最高（${best} 分），由中医师判断以哪种体质为主`);
    return tied[0]!;
  };
  if (yes.length > 0) main = top(yes);
  else if (pinghe.result !== '否') main = pinghe;
  else if (tendency.length > 0) main = top(tendency);
  const positive = new Set([...yes, ...tendency].map((b) => b.code));
  if (positive.has('yinxu') && positive.has('yangxu')) reasons.push('阴虚质与阳虚质同时出现，结果相互矛盾：请回头核对答案，必要时请中医师协助');
  if (main) {
    const others = [...yes, ...tendency].filter((b) => b !== main).map((b) => `${b.label}${b.result}`);
    reasons.push(`主要体质：${main.label}${others.length ? `；兼有 ${others.join('、')}` : ''}`);
    followUp = `按主要体质（${main.label}）给予中医药保健指导`;
  } else {
    reasons.push('九种体质均未判定为“是”或“倾向是”：请复核答案，或 2 周后重新采集');
    followUp = '未能判定体质：复核答案或 2 周后重新采集';
  }
  return {
    scale: 'tcm',
    scaleName: TCM.name,
    version: TCM.version,
    total: pingheSum,
    max: 25,
    parts,
    items,
    level: main ? { code: main.code, label: main.label, index: 0 } : { code: 'none', label: '未能判定', index: 1 },
    preliminary: null,
    risk: 'none',
    reasons,
    readings: [],
    followUp,
  };
}
