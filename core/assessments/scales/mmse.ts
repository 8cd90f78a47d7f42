import { resolveAnswers, sumOf } from './answers.ts';
import { reading, type MmseCutoffs, type RuleValue } from './rules.ts';
import type { Answers, ScaleDef, ScaleItem, ScoreResult } from './types.ts';

const RIGHT_WRONG = [
  { code: '1', points: 1, label: '正确' },
  { code: '0', points: 0, label: '错误或不能' },
];
const item = (code: string, label: string, hint?: string): ScaleItem => ({ code, label, ...(hint ? { hint } : {}), options: RIGHT_WRONG });

export const EDUCATION = { illiterate: '文盲（未受教育）', primary: '小学', secondary: '中学及以上' } as const;
export type Education = keyof typeof EDUCATION;

/**
 * MMSE 简易精神状态检查, 30 points (reference §3.2). Chinese versions differ in small things (§8 Q11); this is one
 * named version, printed on the form: place orientation by 省/区/街道/地点/楼层, the words 皮球、国旗、树木, serial 7s
 * from 100, repetition “四十四只石狮子”, and a spoken sentence allowed for those who cannot write.
 */
export const MMSE: ScaleDef = {
  key: 'mmse',
  name: '简易精神状态检查（MMSE）',
  version: 'MMSE 中文版（30 分；皮球、国旗、树木；连续减 7；复述“四十四只石狮子”）',
  source: 'MMSE，Folstein MF 等 1975；中文版（据 clinical-scales.md §3.2：[MM1]、[MM3]、[MM4]、[MM7]）',
  direction: 'higher-better',
  note: '连续减 7：每一步答对记 1 分；上一步算错时，以其结果再减 7 答对仍记分。不识字者“写一句话”可口述。',
  parts: [
    {
      code: 'orientation',
      label: '定向力',
      items: [
        item('T1', '今年是哪一年'),
        item('T2', '现在是什么季节'),
        item('T3', '现在是几月份'),
        item('T4', '今天是几号'),
        item('T5', '今天是星期几'),
        item('P1', '我们在哪个省（市）'),
        item('P2', '我们在哪个区（县）'),
        item('P3', '我们在哪个街道（乡镇）'),
        item('P4', '这里是什么地方'),
        item('P5', '我们在第几层楼'),
      ],
    },
    {
      code: 'registration',
      label: '即刻记忆',
      items: [item('R1', '复述：皮球', '说出三样东西后请老人立即复述，按第一次复述计分'), item('R2', '复述：国旗'), item('R3', '复述：树木')],
    },
    {
      code: 'attention',
      label: '注意力和计算力',
      items: [item('C1', '100 − 7 = 93'), item('C2', '再减 7 = 86'), item('C3', '再减 7 = 79'), item('C4', '再减 7 = 72'), item('C5', '再减 7 = 65')],
    },
    { code: 'recall', label: '回忆', items: [item('D1', '回忆：皮球'), item('D2', '回忆：国旗'), item('D3', '回忆：树木')] },
    {
      code: 'language',
      label: '语言',
      items: [
        item('N1', '命名：手表'),
        item('N2', '命名：铅笔'),
        item('RP', '复述：“四十四只石狮子”'),
        item('K1', '三步指令：用右手拿这张纸'),
        item('K2', '三步指令：两手把纸对折'),
        item('K3', '三步指令：把纸放在大腿上'),
        item('RD', '阅读并照做：“闭上您的眼睛”'),
        item('W', '写一句完整的句子（不识字者可口述）'),
        item('CP', '照样画出两个交叉的五边形'),
      ],
    },
  ],
};

/** Severity without education adjustment ([MM1]): shown beside the screening result, never used as its cut-off. */
function severity(total: number): string {
  if (total >= 27) return '27～30 分：正常范围';
  if (total >= 21) return '21～26 分：轻度';
  if (total >= 10) return '10～20 分：中度';
  return '≤9 分：重度';
}

export function scoreMmse(answers: Answers, education: Education, rule: RuleValue<MmseCutoffs>): ScoreResult {
  const items = resolveAnswers(MMSE, answers);
  const parts = MMSE.parts.map((p) => ({ code: p.code, label: p.label, score: sumOf(items, p.items.map((i) => i.code)), max: p.items.length }));
  const total = parts.reduce((s, p) => s + p.score, 0);
  const cutoff = rule.value[education];
  const impaired = total <= cutoff;
  const c = rule.value;
  return {
    scale: 'mmse',
    scaleName: MMSE.name,
    version: MMSE.version,
    total,
    max: 30,
    parts,
    items,
    level: impaired ? { code: 'impaired', label: '认知功能受损', index: 1 } : { code: 'normal', label: '未见认知功能受损', index: 0 },
    preliminary: null,
    risk: impaired ? 'moderate' : 'none',
    reasons: [
      `总分 ${total}/30（${parts.map((p) => `${p.label} ${p.score}/${p.max}`).join('，')}）`,
      `文化程度：${EDUCATION[education]}，界值 ≤${cutoff} 分 → ${impaired ? '认知功能受损' : '未见认知功能受损'}`,
      `不分文化程度的严重程度参考：${severity(total)}（仅供参考，不作为筛查界值）`,
    ],
    readings: [reading('MMSE 按文化程度的界值', `文盲 ≤${c.illiterate}，小学 ≤${c.primary}，中学及以上 ≤${c.secondary} 为受损`, rule)],
    followUp: impaired ? '建议到医疗机构记忆门诊或神经内科进一步诊断' : null,
  };
}
