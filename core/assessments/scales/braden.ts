import { resolveAnswers } from './answers.ts';
import { reading, type BradenBands, type RuleValue } from './rules.ts';
import type { Answers, Risk, ScaleDef, ScaleOption, ScoreResult } from './types.ts';

const opt = (points: number, label: string): ScaleOption => ({ code: String(points), points, label });

/** Braden 压力性损伤风险评估量表: 6 items, 1–4 points (friction 1–3), total 6–23, lower = higher risk (reference §4.1). */
export const BRADEN: ScaleDef = {
  key: 'braden',
  name: 'Braden 压力性损伤风险评估',
  version: 'Braden（6 项，6～23 分）',
  source: 'Braden 量表（据 clinical-scales.md §4.1：[B1]、[B2]）',
  direction: 'higher-better',
  parts: [
    {
      code: 'braden',
      label: 'Braden 评分',
      items: [
        { code: 'sensory', label: '感知能力', hint: '对压力所致不适的感觉和反应能力', options: [opt(1, '完全受限'), opt(2, '大部分受限'), opt(3, '轻度受限'), opt(4, '无损害')] },
        { code: 'moisture', label: '潮湿程度', hint: '皮肤暴露于潮湿的程度', options: [opt(1, '持续潮湿'), opt(2, '常常潮湿'), opt(3, '偶尔潮湿'), opt(4, '罕见潮湿')] },
        { code: 'activity', label: '活动能力', hint: '身体活动的程度', options: [opt(1, '卧床'), opt(2, '坐椅（受限于椅子）'), opt(3, '偶尔步行'), opt(4, '经常步行')] },
        { code: 'mobility', label: '移动能力', hint: '改变和控制体位的能力', options: [opt(1, '完全受限'), opt(2, '非常受限'), opt(3, '轻微受限'), opt(4, '不受限')] },
        { code: 'nutrition', label: '营养摄取', hint: '日常进食方式', options: [opt(1, '非常差'), opt(2, '可能不足'), opt(3, '充足'), opt(4, '丰富')] },
        { code: 'friction', label: '摩擦力和剪切力', options: [opt(1, '存在问题'), opt(2, '潜在问题'), opt(3, '不存在问题')] },
      ],
    },
  ],
};

const BANDS: { risk: Risk; label: string }[] = [
  { risk: 'very_high', label: '极高危' },
  { risk: 'high', label: '高危' },
  { risk: 'moderate', label: '中危' },
  { risk: 'low', label: '低危' },
  { risk: 'none', label: '无风险' },
];

/** The band of a total under the region's bands (national: ≤9 / 10–12 / 13–14 / 15–18 / ≥19, [B1], [B3]). */
export function bradenBand(total: number, b: BradenBands): { risk: Risk; label: string; range: string } {
  const bounds = [b.veryHighMax, b.highMax, b.moderateMax, b.lowMax];
  const i = bounds.findIndex((max) => total <= max);
  const index = i === -1 ? 4 : i;
  const lo = index === 0 ? 6 : bounds[index - 1]! + 1;
  const hi = index === 4 ? 23 : bounds[index]!;
  return { ...BANDS[index]!, range: lo === hi ? `${lo} 分` : `${lo}～${hi} 分` };
}

export function scoreBraden(answers: Answers, rule: RuleValue<BradenBands>): ScoreResult {
  const items = resolveAnswers(BRADEN, answers);
  const total = items.reduce((s, i) => s + i.points, 0);
  const band = bradenBand(total, rule.value);
  const b = rule.value;
  return {
    scale: 'braden',
    scaleName: BRADEN.name,
    version: BRADEN.version,
    total,
    max: 23,
    parts: [],
    items,
    level: { code: band.risk, label: band.label, index: 4 - BANDS.findIndex((x) => x.risk === band.risk) },
    preliminary: null,
    risk: band.risk,
    reasons: [
      `总分 ${total} 分（6～23 分，分数越低风险越高）→ ${band.label}（${band.range}）`,
      ...(total <= b.lowMax ? [`≤ ${b.lowMax} 分即有压力性损伤风险，应采取预防措施`] : []),
    ],
    readings: [reading('Braden 风险分级', `≤${b.veryHighMax} 极高危，${b.veryHighMax + 1}～${b.highMax} 高危，${b.highMax + 1}～${b.moderateMax} 中危，${b.moderateMax + 1}～${b.lowMax} 低危，≥${b.lowMax + 1} 无风险`, rule)],
    followUp: total <= b.highMax ? '高危及以上：落实翻身、减压床垫、皮肤与营养管理，并按期复评' : null,
  };
}
