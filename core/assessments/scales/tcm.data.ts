import type { ScaleDef, ScaleItem, ScaleOption } from './types.ts';

/**
 * 老年人中医药健康管理服务记录表: the first 33 questions (国家基本公共卫生服务规范（第三版）, reference §2). Asked about
 * the last year, answered 1–5. Four questions carry objective anchors instead of frequency words (§2.2).
 */

const FREQUENCY = ['没有（根本不/从来没有）', '很少（有一点/偶尔）', '有时（有些/少数时间）', '经常（相当/多数时间）', '总是（非常/每天）'];
const scale5 = (labels: readonly string[] = FREQUENCY): ScaleOption[] => labels.map((label, i) => ({ code: String(i + 1), points: i + 1, label }));

const q = (n: number, label: string, hint?: string, options = scale5(), unverifiedNote?: string): ScaleItem => ({
  code: `Q${n}`,
  label,
  ...(hint ? { hint } : {}),
  options,
  ...(unverifiedNote ? { unverifiedNote } : {}),
});

export const TCM: ScaleDef = {
  key: 'tcm',
  name: '中医体质辨识（老年人中医药健康管理服务记录表）',
  version: '公卫第三版-中医体质33',
  source: '国家基本公共卫生服务规范（第三版）老年人中医药健康管理服务记录表及附件2 体质判定标准表（据 clinical-scales.md §2：[C1]、[C6]）',
  direction: 'higher-worse',
  note: '请根据近一年的体验和感觉回答，33 个问题都要作答。问题文字据公开转录整理，待与服务规范印刷本核对。',
  parts: [
    {
      code: 'tcm',
      label: '中医体质辨识',
      items: [
        q(1, '您精力充沛吗？', '指精神头足，乐于做事'),
        q(2, '您容易疲乏吗？', '指体力如何，是否稍微活动一下或做一点家务劳动就感到累'),
        q(3, '您容易气短，呼吸短促，接不上气吗？'),
        q(4, '您说话声音低弱无力吗？', '指说话没有力气'),
        q(5, '您感到闷闷不乐、情绪低沉吗？', '指心情不愉快，情绪低落'),
        q(6, '您容易精神紧张、焦虑不安吗？', '指遇事是否心情紧张'),
        q(7, '您因为生活状态改变而感到孤独、失落吗？'),
        q(8, '您容易感到害怕或受到惊吓吗？'),
        q(9, '您感到身体超重不轻松吗？', '感觉身体沉重；BMI = 体重(kg) ÷ 身高²(m)', scale5(['BMI<24', '24≤BMI<25', '25≤BMI<26', '26≤BMI<28', 'BMI≥28'])),
        q(10, '您眼睛干涩吗？'),
        q(11, '您手脚发凉吗？', '不包含周围温度低或穿得少导致的手脚发冷'),
        q(12, '您胃脘部、背部或腰膝部怕冷吗？', '指上腹部、背部、腰部或膝关节等，有一处或多处怕冷'),
        q(13, '您比一般人耐受不了寒冷吗？', '指比别人容易害怕冬天或是夏天的冷空调、电扇等'),
        q(
          14,
          '您容易患感冒吗？',
          '指每年感冒的次数',
          scale5(['一年<2次', '一年感冒2～4次', '一年感冒5～6次', '一年8次以上', '几乎每月都感冒']),
          '一年恰好感冒 7 次没有对应选项（两份公开副本一致，§8 Q6），请由医生根据情况选择相近的一项。',
        ),
        q(15, '您没有感冒时也会鼻塞、流鼻涕吗？'),
        q(16, '您有口粘口腻，或睡眠打鼾吗？'),
        q(17, '您容易过敏吗？', '对药物、食物、气味、花粉，或在季节交替、气候变化时', scale5(['从来没有', '一年1、2次', '一年3、4次', '一年5、6次', '每次遇到上述原因都过敏'])),
        q(18, '您的皮肤容易起荨麻疹吗？', '包括风团、风疹块、风疙瘩'),
        q(19, '您的皮肤在不知不觉中会出现青紫瘀斑、皮下出血吗？', '指皮肤在没有外伤的情况下出现青一块紫一块的情况'),
        q(20, '您的皮肤一抓就红，并出现抓痕吗？', '指被指甲或钝物划过后皮肤的反应'),
        q(21, '您皮肤或口唇干吗？'),
        q(22, '您有肢体麻木或固定部位疼痛的感觉吗？'),
        q(23, '您面部或鼻部有油腻感或者油亮发光吗？', '指脸上或鼻子'),
        q(24, '您面色或目眶晦黯，或出现褐色斑块/斑点吗？'),
        q(25, '您有皮肤湿疹、疮疖吗？'),
        q(26, '您感到口干咽燥、总想喝水吗？'),
        q(27, '您感到口苦或嘴里有异味吗？', '指口苦或口臭'),
        q(
          28,
          '您腹部肥大吗？',
          '指腹部脂肪肥厚',
          scale5(['腹围<80 cm（相当于2.4尺）', '腹围80～85 cm（2.4～2.55尺）', '腹围86～90 cm（2.56～2.7尺）', '腹围91～105 cm（2.71～3.15尺）', '腹围>105 cm（3.15尺）']),
        ),
        q(29, '您吃（喝）凉的东西会感到不舒服或者怕吃（喝）凉的东西吗？', '指不喜欢吃凉的食物，或吃了凉的食物后会不舒服'),
        q(30, '您有大便黏滞不爽、解不尽的感觉吗？', '大便容易粘在马桶或便坑壁上'),
        q(31, '您容易大便干燥吗？'),
        q(32, '您舌苔厚腻或有舌苔厚厚的感觉吗？', '如果自我感觉不清楚可由调查员观察后填写'),
        q(33, '您舌下静脉瘀紫或增粗吗？', '可由调查员辅助观察后填写'),
      ],
    },
  ],
};

/** The nine constitutions and their questions (附件2 体质判定标准表; reference §2.4, [C1], [C6] agreed). */
export const CONSTITUTIONS = [
  { code: 'qixu', label: '气虚质', questions: [2, 3, 4, 14] },
  { code: 'yangxu', label: '阳虚质', questions: [11, 12, 13, 29] },
  { code: 'yinxu', label: '阴虚质', questions: [10, 21, 26, 31] },
  { code: 'tanshi', label: '痰湿质', questions: [9, 16, 28, 32] },
  { code: 'shire', label: '湿热质', questions: [23, 25, 27, 30] },
  { code: 'xueyu', label: '血瘀质', questions: [19, 22, 24, 33] },
  { code: 'qiyu', label: '气郁质', questions: [5, 6, 7, 8] },
  { code: 'tebing', label: '特禀质', questions: [15, 17, 18, 20] },
] as const;

/** 平和质: Q1, Q2, Q4, Q5, Q13, of which 2, 4, 5 and 13 are reversed (6 − answer) — only inside 平和质 ([C1], [C5]). */
export const PINGHE = { code: 'pinghe', label: '平和质', questions: [1, 2, 4, 5, 13], reversed: [2, 4, 5, 13] } as const;

/** The guidance the 记录表 offers for each constitution found (multi-select; reference §2.1). */
export const TCM_GUIDANCE = {
  emotion: '情志调摄',
  diet: '饮食调养',
  living: '起居调摄',
  exercise: '运动保健',
  acupoint: '穴位保健',
  other: '其他',
} as const;
export type TcmGuidance = keyof typeof TCM_GUIDANCE;
export type ConstitutionCode = (typeof CONSTITUTIONS)[number]['code'] | typeof PINGHE.code;
