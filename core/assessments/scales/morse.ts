import { resolveAnswers } from './answers.ts';
import { reading, type MorseBands, type RuleValue } from './rules.ts';
import type { Answers, Risk, ScaleDef, ScaleOption, ScoreResult } from './types.ts';

const opt = (code: string, points: number, label: string): ScaleOption => ({ code, points, label });

/** Morse 跌倒风险评估量表: 6 items, total 0–125, higher = higher risk (reference §4.2; [MF1], [MF5]). */
export const MORSE: ScaleDef = {
  key: 'morse',
  name: 'Morse 跌倒风险评估',
  version: 'Morse Fall Scale（6 项，0～125 分）',
  source: 'Morse 跌倒风险评估量表（据 clinical-scales.md §4.2：[MF1]、[MF5]）',
  direction: 'higher-worse',
  parts: [
    {
      code: 'morse',
      label: 'Morse 评分',
      items: [
        { code: 'history', label: '跌倒史', hint: '近3个月内有无跌倒', options: [opt('0', 0, '无'), opt('25', 25, '有')] },
        { code: 'diagnosis', label: '超过一个医学诊断', hint: '有两个或以上医学诊断', options: [opt('0', 0, '无'), opt('15', 15, '有')] },
        {
          code: 'aid',
          label: '使用助行器具',
          options: [opt('0', 0, '不需要 / 卧床休息 / 坐轮椅 / 护士帮助'), opt('15', 15, '拐杖、手杖、助行器'), opt('30', 30, '依扶家具行走')],
        },
        { code: 'iv', label: '静脉输液 / 留置针', options: [opt('0', 0, '否'), opt('20', 20, '是')] },
        { code: 'gait', label: '步态', options: [opt('0', 0, '正常 / 卧床休息 / 轮椅代步'), opt('10', 10, '虚弱'), opt('20', 20, '受损')] },
        { code: 'mental', label: '精神状态', options: [opt('0', 0, '能正确评估自身能力'), opt('15', 15, '高估自己能力 / 忘记自己受限制')] },
      ],
    },
  ],
};

/** The band of a total: national 0–24 低危, 25–44 中危, ≥45 高危 (§8 Q14: 45 itself is the region's choice). */
export function morseBand(total: number, b: MorseBands): { risk: Risk; label: string; range: string } {
  if (total >= b.highFrom) return { risk: 'high', label: '高危', range: `≥${b.highFrom} 分` };
  if (total >= b.moderateFrom) return { risk: 'moderate', label: '中危', range: `${b.moderateFrom}～${b.highFrom - 1} 分` };
  return { risk: 'low', label: '低危', range: `0～${b.moderateFrom - 1} 分` };
}

export function scoreMorse(answers: Answers, rule: RuleValue<MorseBands>): ScoreResult {
  const items = resolveAnswers(MORSE, answers);
  const total = items.reduce((s, i) => s + i.points, 0);
  const band = morseBand(total, rule.value);
  const index = { low: 0, moderate: 1, high: 2 }[band.risk as 'low' | 'moderate' | 'high'];
  return {
    scale: 'morse',
    scaleName: MORSE.name,
    version: MORSE.version,
    total,
    max: 125,
    parts: [],
    items,
    level: { code: band.risk, label: band.label, index },
    preliminary: null,
    risk: band.risk,
    reasons: [`总分 ${total} 分（0～125 分，分数越高风险越高）→ 跌倒${band.label}（${band.range}）`],
    readings: [
      reading(
        'Morse 风险分级（恰为 45 分时）',
        `0～${rule.value.moderateFrom - 1} 低危，${rule.value.moderateFrom}～${rule.value.highFrom - 1} 中危，≥${rule.value.highFrom} 高危；45 分按${45 >= rule.value.highFrom ? '高危' : '中危'}`,
        rule,
      ),
    ],
    followUp: band.risk === 'high' ? '高危：床头悬挂防跌倒标识，落实防跌倒措施（床栏、呼叫器、如厕陪护），并按期复评' : null,
  };
}
