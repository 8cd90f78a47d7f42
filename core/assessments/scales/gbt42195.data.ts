import type { ScaleDef, ScaleOption } from './types.ts';

/**
 * GB/T 42195-2022《老年人能力评估规范》附录B: 26 items in 4 domains, every item “higher = more able” (reference §1.2,
 * agreed between [T1], [K1], [T5]). Option texts are condensed from public transcriptions of the standard (§8 Q20):
 * the points agree across them, the wording is to be proof-read against the printed standard.
 */

const opt = (points: number, label: string, code = String(points)): ScaleOption => ({ code, points, label });

/** The recurring five-step assistance scale (B.1.2–B.1.5, B.1.8, B.2.1, B.2.2), reference §1.2 “ASSIST”. */
const ASSIST = [
  opt(4, '独立完成，不需要协助'),
  opt(3, '在他人指导或提示下完成'),
  opt(2, '需要他人协助，但以自身完成为主'),
  opt(1, '主要依靠他人协助，自身能给予配合'),
  opt(0, '完全依赖他人协助，且不能给予配合'),
];

export const GBT42195: ScaleDef = {
  key: 'gbt42195',
  name: '老年人能力评估（GB/T 42195-2022）',
  version: 'GB/T 42195-2022',
  source: 'GB/T 42195-2022 附录B 能力评估表、附录C 评估报告（据 clinical-scales.md §1）',
  direction: 'higher-better',
  note: '选项文字据标准的公开转录整理（各转录的分值一致），待与标准印刷本逐字核对。',
  parts: [
    {
      code: 'B.1',
      label: '自理能力',
      items: [
        {
          code: 'B.1.1',
          label: '进食',
          hint: '使用适当的器具将食物送入口中并咽下',
          options: [
            opt(4, '使用适当的器具独立完成进食，无呛咳'),
            opt(3, '在他人指导或提示下完成，或独立使用辅具，无呛咳'),
            opt(2, '进食中需要少量接触式协助，偶尔（每月1次及以上）呛咳'),
            opt(1, '进食中需要大量接触式协助，经常（每周1次及以上）呛咳'),
            opt(0, '完全依赖他人协助进食，或吞咽困难，或留置营养管'),
          ],
        },
        { code: 'B.1.2', label: '修饰', hint: '洗脸、刷牙、梳头、刮脸、剪指（趾）甲等', options: ASSIST },
        { code: 'B.1.3', label: '洗澡', hint: '清洗和擦干身体', options: ASSIST },
        { code: 'B.1.4', label: '穿/脱上衣', hint: '穿脱上身衣服、系扣、拉拉链等', options: ASSIST },
        { code: 'B.1.5', label: '穿/脱裤子和鞋袜', hint: '穿脱裤子、鞋袜等', options: ASSIST },
        {
          code: 'B.1.6',
          label: '小便控制',
          hint: '控制和排出尿液的能力',
          options: [
            opt(4, '可自行控制排尿，排尿次数、排尿控制均正常'),
            opt(3, '白天可自行控制排尿次数，夜间排尿次数增多、控制较差，或自行使用尿布、尿垫等'),
            opt(2, '白天大部分时间可自行控制，偶有尿失禁（每天<1次但每周>1次），夜间控制较差，或需他人少量协助使用尿布、尿垫'),
            opt(1, '白天大部分时间不能控制排尿（每天≥1次，尚非完全失控），夜间尿失禁，或需他人大量协助使用尿布、尿垫'),
            opt(0, '小便失禁，完全不能控制排尿，或留置导尿管'),
          ],
        },
        {
          code: 'B.1.7',
          label: '大便控制',
          hint: '控制和排出粪便的能力',
          unverifiedNote: '3 分选项的频次，两份转录分别为“每周<1次”与“每天<1次”（§8 Q4，只影响文字，不影响分值），待核实。',
          options: [
            opt(4, '可正常自行控制大便排出'),
            opt(3, '有时（每周<1次）便秘或大便失禁，或自行使用开塞露、尿垫等'),
            opt(2, '经常（每天<1次但每周>1次）便秘或大便失禁，或需他人少量协助使用开塞露、尿垫'),
            opt(1, '大部分时间（每天≥1次）便秘或大便失禁，尚非完全失控，或需他人大量协助使用开塞露、尿垫'),
            opt(0, '严重便秘或完全大便失禁，需依赖他人协助排便或清洁皮肤'),
          ],
        },
        { code: 'B.1.8', label: '如厕', hint: '上厕所排泄大小便，包括便前脱裤、便后清洁、整理衣裤', options: ASSIST },
      ],
    },
    {
      code: 'B.2',
      label: '基础运动能力',
      items: [
        { code: 'B.2.1', label: '床上体位转移', hint: '卧床翻身及坐起躺下', options: ASSIST },
        { code: 'B.2.2', label: '床椅转移', hint: '从坐位到站位，再从站位到坐位的转换', options: ASSIST },
        {
          code: 'B.2.3',
          label: '平地行走',
          hint: '双脚交互的方式在地面行动，包括借助辅具或他人帮助',
          options: [
            opt(4, '可独立平地行走50 m左右，且无摔倒风险'),
            opt(3, '能平地步行50 m左右，但有摔倒风险，需他人监护或指导，或使用拐杖、助行器等辅助工具'),
            opt(2, '步行时需要他人少量扶持协助'),
            opt(1, '步行时需要他人大量扶持协助'),
            opt(0, '完全不能步行'),
          ],
        },
        {
          code: 'B.2.4',
          label: '上下楼梯',
          hint: '双脚交替完成楼梯台阶连续的上下移动',
          options: [
            opt(3, '可独立上下楼梯（连续上下10～15个台阶），不需要协助'),
            opt(2, '在他人指导或提示下完成'),
            opt(1, '需要他人协助，但以自身完成为主'),
            opt(0, '主要依靠他人协助，或完全依赖他人'),
          ],
        },
      ],
    },
    {
      code: 'B.3',
      label: '精神状态',
      items: [
        {
          code: 'B.3.1',
          label: '时间定向',
          hint: '知道并确认时间的能力',
          options: [
            opt(4, '时间观念（年、月）清楚，日期（或星期几）可相差一天'),
            opt(3, '时间观念有些下降，年、月、日（或星期几）不能全部分清（相差两天或以上）'),
            opt(2, '时间观念较差，年、月、日不清楚，可知上半年或下半年或季节'),
            opt(1, '时间观念很差，年、月、日不清楚，可知上午、下午或白天、夜间'),
            opt(0, '无时间观念'),
          ],
        },
        {
          code: 'B.3.2',
          label: '空间定向',
          hint: '知道并确认空间的能力',
          options: [
            opt(4, '能在日常生活范围内单独外出，如在日常居住小区内独自外出购物等'),
            opt(3, '不能单独外出，但能准确知道自己日常生活所在地的地址信息'),
            opt(2, '不能单独外出，但知道较多有关自己日常生活的地址信息'),
            opt(1, '不能单独外出，但知道较少自己居住或生活所在地的地址信息'),
            opt(0, '不能单独外出，无空间观念'),
          ],
        },
        {
          code: 'B.3.3',
          label: '人物定向',
          hint: '知道并确认人物的能力',
          options: [
            opt(4, '认识长期共同一起生活的人，能称呼并知道关系'),
            opt(3, '能认识大部分共同生活居住的人，能称呼或知道关系'),
            opt(2, '能认识部分日常同住的亲人或照护者等，能称呼或知道关系'),
            opt(1, '只认识自己或极少数日常同住的亲人或照护者等'),
            opt(0, '不认识任何人（包括自己）'),
          ],
        },
        {
          code: 'B.3.4',
          label: '记忆',
          hint: '短时、近期和远期记忆能力',
          options: [
            opt(4, '总体记忆良好（与同年龄人相当），能完整回忆'),
            opt(3, '轻度记忆紊乱或回忆不能（3个词语5分钟后仅能回忆0～1个）'),
            opt(2, '中度记忆紊乱或回忆不能（不能回忆近期事情，如上一顿饭吃了什么）'),
            opt(1, '重度记忆紊乱或回忆不能（不能回忆远期记忆，如不记得自己的老朋友）'),
            opt(0, '记忆完全紊乱，或完全不能对既往事物进行正确回忆'),
          ],
        },
        {
          code: 'B.3.5',
          label: '理解能力',
          hint: '理解语言信息和非语言信息的能力（可借助平时使用的助听设备等）',
          options: [
            opt(4, '能正常理解他人的话'),
            opt(3, '能理解他人的话，但需要增加时间'),
            opt(2, '理解有困难，需频繁重复或简化口头表达'),
            opt(1, '理解有严重困难，需要大量他人帮助'),
            opt(0, '完全不能理解他人的话'),
          ],
        },
        {
          code: 'B.3.6',
          label: '表达能力',
          hint: '表达信息能力，包括口头的和非口头的',
          options: [
            opt(4, '能正常表达自己的想法'),
            opt(3, '能表达自己的需要，但需要增加时间'),
            opt(2, '表达需要有困难，需频繁重复或简化口头表达'),
            opt(1, '表达有严重困难，需要大量他人帮助'),
            opt(0, '完全不能表达需要'),
          ],
        },
        {
          code: 'B.3.7',
          label: '攻击行为',
          hint: '身体攻击行为（如打、踢、推、咬、抓、摔东西）和语言攻击行为（如骂人、语言威胁、尖叫）',
          options: [opt(1, '未出现'), opt(0, '近一个月内出现过攻击行为')],
        },
        {
          code: 'B.3.8',
          label: '抑郁症状',
          hint: '情绪低落、兴趣减退、活力减退等，可出现妄想、幻觉、自杀念头或自杀行为',
          options: [opt(1, '未出现'), opt(0, '近一个月内出现过负性情绪')],
        },
        {
          code: 'B.3.9',
          label: '意识水平',
          hint: '机体对自身和周围环境的刺激做出应答反应的能力程度',
          // 昏睡 and 昏迷 both score 0; only 昏迷 triggers C.4's override (reference §1.2 implementation note).
          options: [
            opt(2, '神志清醒，对周围环境能做出正确反应', 'clear'),
            opt(1, '嗜睡：可唤醒，能正确回答问题，刺激停止后又继续入睡', 'somnolent'),
            opt(1, '意识模糊：注意力涣散，对外界刺激不能清晰认识，空间、时间定向障碍', 'confused'),
            opt(0, '昏睡：强烈刺激下可唤醒，醒后答话含糊或答非所问', 'stupor'),
            opt(0, '昏迷：处于浅昏迷或深昏迷，不能被唤醒', 'coma'),
          ],
        },
      ],
    },
    {
      code: 'B.4',
      label: '感知觉与社会参与',
      items: [
        {
          code: 'B.4.1',
          label: '视力',
          hint: '感受存在的光线并感受物体的大小、形状的能力（戴平时使用的眼镜）',
          options: [
            opt(2, '视力正常'),
            opt(1, '能看清楚大字体，但看不清书报上的标准字体；或看不清报纸大标题，但能辨认物体'),
            opt(0, '只能看到光、颜色和形状，或完全失明'),
          ],
        },
        {
          code: 'B.4.2',
          label: '听力',
          hint: '能辨别声音的方位、音调、音量和音质的有关能力（可借助平时使用的助听设备）',
          options: [
            opt(2, '听力正常'),
            opt(1, '轻声说话或距离超过2 m时听不清；正常交流有些困难，需在安静环境或大声说话才能听到'),
            opt(0, '讲话者大声说话或说话很慢才能部分听见，或完全失聪'),
          ],
        },
        {
          code: 'B.4.3',
          label: '执行日常事务',
          hint: '计划、安排并完成日常事务，包括但不限于洗衣服、小金额购物、服药管理',
          options: [
            opt(4, '能完全独立计划、安排和完成日常事务，无需协助'),
            opt(3, '计划、安排和完成日常事务时需要他人监护或指导'),
            opt(2, '计划、安排和完成日常事务时需要少量协助'),
            opt(1, '计划、安排和完成日常事务时需要大量协助'),
            opt(0, '完全依赖他人进行日常事务'),
          ],
        },
        {
          code: 'B.4.4',
          label: '使用交通工具外出',
          options: [
            opt(3, '能自己骑车或搭乘公共交通工具外出'),
            opt(2, '能自己搭乘出租车，但不会搭乘其他公共交通工具外出'),
            opt(1, '有人协助或陪伴时可搭乘公共交通工具外出'),
            opt(0, '只能在他人协助下搭乘出租车或私家车外出；或完全不能出门，外出完全需要协助'),
          ],
        },
        {
          code: 'B.4.5',
          label: '社会交往能力',
          options: [
            opt(4, '参与社会，在社会环境有一定的适应能力，待人接物恰当'),
            opt(3, '能适应单纯环境，主动接触人，初见面时难让人发现智力问题，不能理解隐喻语'),
            opt(2, '脱离社会，可被动接触，不会主动待人，谈话中很多不适词句，容易上当受骗'),
            opt(1, '勉强可与他人接触，谈吐内容不清楚，表情不恰当'),
            opt(0, '不能与人交往'),
          ],
        },
      ],
    },
  ],
};

/** C.3 初步等级 by total (reference §1.3; [K1], [T2] agreed): 90 only is 能力完好. Index = level code 0–4. */
export const ABILITY_LEVELS = [
  { index: 0, code: 'intact', label: '能力完好', full: '能力完好', min: 90, max: 90 },
  { index: 1, code: 'mild', label: '轻度失能', full: '能力轻度受损（轻度失能）', min: 66, max: 89 },
  { index: 2, code: 'moderate', label: '中度失能', full: '能力中度受损（中度失能）', min: 46, max: 65 },
  { index: 3, code: 'severe', label: '重度失能', full: '能力重度受损（重度失能）', min: 30, max: 45 },
  { index: 4, code: 'complete', label: '完全失能', full: '能力完全丧失（完全失能）', min: 0, max: 29 },
] as const;

/** A.1.3 评估原因 (reference §1.5). */
export const ASSESSMENT_REASONS = {
  first: '首次评估',
  routine: '常规评估',
  immediate: '即时评估',
  recheck: '因对评估结果有疑问进行的复评',
  other: '其他',
} as const;
export type AssessmentReason = keyof typeof ASSESSMENT_REASONS;

/** A.2.14 近30天内照护风险事件: each type counted 0, 1, 2 or 3 (= 3次及以上). */
export const RISK_EVENTS = { fall: '跌倒', wandering: '走失', choking: '噎食', selfHarm: '自杀、自伤', other: '其他' } as const;
export type RiskEventType = keyof typeof RISK_EVENTS;

/**
 * A.4.1 疾病诊断 as one implementation lists it ([K1]; §8 Q5: not cross-checked). Only the last two move the level
 * (C.4 R2); the rest are recorded because the report form lists them.
 */
export const ABILITY_DIAGNOSES = {
  hypertension: '高血压病 I10～I15',
  chd: '冠心病 I25',
  diabetes: '糖尿病 E10～E14',
  pneumonia: '肺炎 J12～J18',
  copd: '慢性阻塞性肺疾病 J44',
  ich: '脑出血 I60～I62',
  infarction: '脑梗塞 I63',
  uti: '尿路感染（30天内）',
  parkinson: '帕金森综合征 G20～G22',
  ckd: '慢性肾衰竭 N18～N19',
  cirrhosis: '肝硬化 K74',
  ulcer: '消化性溃疡 K20～K31',
  tumour: '肿瘤 C00～D48',
  amputation: '截肢（6个月内）',
  fracture: '骨折（3个月内）M84',
  epilepsy: '癫痫 G40',
  hypothyroid: '甲状腺功能减退症 E01～E03',
  cataract: '白内障 H25～H26',
  glaucoma: '青光眼 H40～H42',
  osteoporosis: '骨质疏松 M80～M82',
  dementia: '痴呆 F00～F03',
  mental: '其他精神和行为障碍 F04～F99（精神科专科医生诊断）',
  other: '其他',
} as const;
export type AbilityDiagnosis = keyof typeof ABILITY_DIAGNOSES;
export const ABILITY_DIAGNOSES_NOTE = '疾病诊断选项据一个公开实现整理（§8 Q5），待与标准附录A核对；影响等级的只有痴呆与其他精神和行为障碍两项。';
