import { resolveAnswers } from './answers.ts';
import { reading, type Ad8Screening, type CognitiveFollowUp, type RuleValue } from './rules.ts';
import type { Answers, Reading, ScaleDef, ScaleOption, ScoreResult } from './types.ts';

const OPTIONS: ScaleOption[] = [
  { code: 'yes', points: 1, label: '是，有改变' },
  { code: 'no', points: 0, label: '否，无改变' },
  { code: 'unknown', points: 0, label: '不知道 / 不适用' },
];

const item = (n: number, label: string, hint?: string) => ({ code: `Q${n}`, label, ...(hint ? { hint } : {}), options: OPTIONS });

/**
 * AD8 痴呆筛查问卷 (reference §3.1): asks an informant (or the resident) whether memory or thinking problems have
 * changed these eight things over the past years. 是 = 1, 否 and 不知道 = 0; ≥2 is a positive screen ([A1], [A2]).
 */
export const AD8: ScaleDef = {
  key: 'ad8',
  name: 'AD8 痴呆筛查问卷',
  version: 'AD8（8 项，0～8 分）',
  source: 'AD8 痴呆筛查问卷，Galvin JE 等 2005（据 clinical-scales.md §3.1：[A1]、[A3]～[A5]）',
  direction: 'higher-worse',
  note: '请知情者（或老人本人）回答：过去几年中，是否因记忆或思考能力的问题而出现下列改变。',
  parts: [
    {
      code: 'ad8',
      label: 'AD8',
      items: [
        item(1, '判断力出现问题', '如做决定困难、错误的财务决定、思考障碍'),
        item(2, '兴趣减退、爱好改变、活动减少'),
        item(3, '不断重复同一件事', '如总是问相同的问题、重复讲同一个故事或同一句话'),
        item(4, '学习使用日常工具或家用电器有困难', '如遥控器、微波炉、电脑等'),
        item(5, '记不清当前的月份或年份'),
        item(6, '处理复杂的个人财务有困难', '如存折、缴费、对账等'),
        item(7, '记不住和别人的约定'),
        item(8, '日常记忆和思考能力出现问题'),
      ],
    },
  ],
};

/**
 * AD8's two bands, and what follows: under 004 第11条 (长宁) a negative screen is read as 低风险 and a positive one
 * as 中、高风险 — AD8 has only ≥2 / <2, so how “mid” and “high” are told apart is not settled (§8 Q9): the reading is
 * printed as 待核实. Elsewhere the national advice of `ad8Screening` applies.
 */
export function scoreAd8(answers: Answers, rule: RuleValue<Ad8Screening>, followUp: RuleValue<CognitiveFollowUp> | null): ScoreResult {
  const items = resolveAnswers(AD8, answers);
  const total = items.reduce((s, i) => s + i.points, 0);
  const positive = total >= rule.value.positiveFrom;
  const readings: Reading[] = [reading('AD8 筛查界值', `≥${rule.value.positiveFrom} 分为阳性（可能存在认知损害）`, rule)];
  let advice = positive ? rule.value.positiveAdvice : rule.value.negativeAdvice;
  if (followUp) {
    advice = positive ? `中、高风险：${followUp.value.midHighRisk}` : `低风险：${followUp.value.lowRisk}`;
    readings.push({
      topic: 'AD8 结果与“低风险 / 中、高风险”的对应（§8 Q9）',
      chosen: `AD8 < ${rule.value.positiveFrom} 按低风险，≥ ${rule.value.positiveFrom} 按中、高风险`,
      cite: followUp.cite,
      unverified: true,
    });
  }
  return {
    scale: 'ad8',
    scaleName: AD8.name,
    version: AD8.version,
    total,
    max: 8,
    parts: [],
    items,
    level: positive ? { code: 'positive', label: '筛查阳性', index: 1 } : { code: 'negative', label: '筛查阴性', index: 0 },
    preliminary: null,
    risk: positive ? 'moderate' : 'none',
    reasons: [
      `回答“是，有改变”的 ${total} 项 → ${positive ? `≥${rule.value.positiveFrom}，可能存在认知损害，需进一步评估` : `<${rule.value.positiveFrom}，认知功能大致正常（不排除极早期改变）`}`,
    ],
    readings,
    followUp: advice,
  };
}
