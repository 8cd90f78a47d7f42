import { resolveAnswers } from './answers.ts';
import type { Answers, Risk, ScaleDef, ScaleOption, ScoreResult } from './types.ts';

const opt = (points: number, label: string): ScaleOption => ({ code: String(points), points, label });

/**
 * 老年人生活自理能力评估表 (国家基本公共卫生服务规范（第三版）, reference §5.3, [E2]): 5 items, total 0–37, higher =
 * more dependent. 进餐 and 穿衣 have no 轻度依赖 option of their own (the form shows “—”, 0 points).
 */
export const SELFCARE: ScaleDef = {
  key: 'selfcare',
  name: '老年人生活自理能力评估',
  version: '老年人生活自理能力评估表（国家基本公共卫生服务规范第三版）',
  source: '国家基本公共卫生服务规范（第三版）老年人健康管理服务规范 附件（据 clinical-scales.md §5.3：[E2]）',
  direction: 'higher-worse',
  parts: [
    {
      code: 'selfcare',
      label: '生活自理能力',
      items: [
        { code: 'eating', label: '进餐', hint: '使用餐具将饭菜送入口、咀嚼、吞咽等活动', options: [opt(0, '独立完成'), opt(3, '需要协助，如切碎、搅拌食物等'), opt(5, '完全需要帮助')] },
        {
          code: 'grooming',
          label: '梳洗',
          hint: '梳头、洗脸、刷牙、剃须、洗澡等活动',
          options: [opt(0, '独立完成'), opt(1, '能独立地洗头、梳头、洗脸、刷牙、剃须等；洗澡需要协助'), opt(3, '在协助下和适当的时间内，能完成部分梳洗活动'), opt(7, '完全需要帮助')],
        },
        { code: 'dressing', label: '穿衣', hint: '穿衣裤、袜子、鞋子等活动', options: [opt(0, '独立完成'), opt(3, '需要协助，在适当的时间内完成部分穿衣'), opt(5, '完全需要帮助')] },
        {
          code: 'toileting',
          label: '如厕',
          hint: '小便、大便等活动及自控',
          options: [opt(0, '不需协助，可自控'), opt(1, '偶尔失禁，但基本上能如厕或使用便具'), opt(5, '经常失禁，在很多提示和协助下尚能如厕或使用便具'), opt(10, '完全失禁，完全需要帮助')],
        },
        {
          code: 'activity',
          label: '活动',
          hint: '站立、室内行走、上下楼梯、户外活动',
          options: [opt(0, '独立完成所有活动'), opt(1, '借助较小的外力或辅助装置能完成站立、行走、上下楼梯等'), opt(5, '借助较大的外力才能完成站立、行走，不能上下楼梯'), opt(10, '卧床不起，活动完全需要帮助')],
        },
      ],
    },
  ],
};

/** Bands of the form ([E2], [E1] agreed): 0–3 可自理, 4–8 轻度依赖, 9–18 中度依赖, ≥19 不能自理. */
export const SELFCARE_BANDS: { code: string; label: string; min: number; max: number; risk: Risk }[] = [
  { code: 'independent', label: '可自理', min: 0, max: 3, risk: 'none' },
  { code: 'mild', label: '轻度依赖', min: 4, max: 8, risk: 'low' },
  { code: 'moderate', label: '中度依赖', min: 9, max: 18, risk: 'moderate' },
  { code: 'dependent', label: '不能自理', min: 19, max: 37, risk: 'high' },
];

export function selfCareBand(total: number) {
  const index = SELFCARE_BANDS.findIndex((b) => total >= b.min && total <= b.max);
  return { ...SELFCARE_BANDS[index]!, index };
}

export function scoreSelfCare(answers: Answers): ScoreResult {
  const items = resolveAnswers(SELFCARE, answers);
  const total = items.reduce((s, i) => s + i.points, 0);
  const band = selfCareBand(total);
  return {
    scale: 'selfcare',
    scaleName: SELFCARE.name,
    version: SELFCARE.version,
    total,
    max: 37,
    parts: [],
    items,
    level: { code: band.code, label: band.label, index: band.index },
    preliminary: null,
    risk: band.risk,
    reasons: [`总分 ${total} 分（${items.map((i) => `${i.label} ${i.points}`).join('，')}）→ ${band.label}（${band.min === 19 ? '≥19' : `${band.min}～${band.max}`} 分）`],
    readings: [],
    followUp: null,
  };
}
