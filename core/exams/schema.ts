import { z, entityId, intInRange, isoDate, optionalText, requiredText } from '../shared/fields.ts';
import { formatDateTime } from '../shared/dates.ts';
import { named, type AuditFields } from '../audit/define.ts';
import { CONSTITUTIONS, PINGHE, TCM_GUIDANCE } from '../assessments/schema.ts';

export { EXAM_PARAMETERS } from './parameters.ts';

/**
 * 健康体检表 of the annual exam of residents aged 65+ (国家基本公共卫生服务规范（第三版）, reference §5.2), as the form
 * records it: options by their codes (labels below, as printed), numbers in their units. Items marked * on the paper
 * form are not free items: they are optional here.
 */

export const SYMPTOMS = {
  none: '无症状', headache: '头痛', dizziness: '头晕', palpitation: '心悸', chestTightness: '胸闷', chestPain: '胸痛',
  cough: '慢性咳嗽', sputum: '咳痰', dyspnoea: '呼吸困难', polydipsia: '多饮', polyuria: '多尿', weightLoss: '体重下降',
  fatigue: '乏力', jointPain: '关节肿痛', blurredVision: '视力模糊', numbness: '手脚麻木', urgency: '尿急', dysuria: '尿痛',
  constipation: '便秘', diarrhoea: '腹泻', nausea: '恶心呕吐', dimVision: '眼花', tinnitus: '耳鸣', breastPain: '乳房胀痛', other: '其他',
} as const;
export const HEALTH_SELF_RATING = { 1: '满意', 2: '基本满意', 3: '说不清楚', 4: '不太满意', 5: '不满意' } as const;
export const SCREEN = { negative: '粗筛阴性', positive: '粗筛阳性' } as const;
export const EXERCISE = { daily: '每天', weekly: '每周一次以上', occasionally: '偶尔', none: '不锻炼' } as const;
export const DIET = { balanced: '荤素均衡', meat: '荤食为主', vegetarian: '素食为主', salty: '嗜盐', oily: '嗜油', sweet: '嗜糖' } as const;
export const SMOKING = { never: '从不吸烟', quit: '已戒烟', smoking: '吸烟' } as const;
export const DRINKING = { never: '从不', occasionally: '偶尔', often: '经常', daily: '每天' } as const;
export const DRINK_KINDS = { baijiu: '白酒', beer: '啤酒', wine: '红酒', huangjiu: '黄酒', other: '其他' } as const;
export const LIPS = { rosy: '红润', pale: '苍白', cyanotic: '发绀', chapped: '皲裂', herpes: '疱疹' } as const;
export const DENTITION = { normal: '正常', missing: '缺齿', caries: '龋齿', denture: '义齿（假牙）' } as const;
export const PHARYNX = { normal: '无充血', congested: '充血', follicular: '淋巴滤泡增生' } as const;
export const HEARING = { hears: '听见', cannot: '听不清或无法听见' } as const;
export const MOTOR = { smooth: '可顺利完成', cannot: '无法独立完成任何一个动作' } as const;
export const NORMAL_ABNORMAL = { normal: '正常', abnormal: '异常', notDone: '未查' } as const;
export const SKIN = { normal: '正常', flushed: '潮红', pale: '苍白', cyanotic: '发绀', jaundiced: '黄染', pigmented: '色素沉着', other: '其他' } as const;
export const SCLERA = { normal: '正常', jaundiced: '黄染', congested: '充血', other: '其他' } as const;
export const LYMPH = { none: '未触及', supraclavicular: '锁骨上', axillary: '腋窝', other: '其他' } as const;
export const RALES = { none: '无', dry: '干罗音', wet: '湿罗音', other: '其他' } as const;
export const RHYTHM = { regular: '齐', irregular: '不齐', absolutelyIrregular: '绝对不齐' } as const;
export const EDEMA = { none: '无', unilateral: '单侧', bilateralAsym: '双侧不对称', bilateralSym: '双侧对称' } as const;
export const DORSALIS = { notDone: '未查', absent: '未触及', bilateral: '触及双侧对称', leftWeak: '触及左侧弱或消失', rightWeak: '触及右侧弱或消失' } as const;
export const URINE = { negative: '−', trace: '±', p1: '+', p2: '++', p3: '+++', p4: '++++' } as const;
export const COMPLIANCE = { regular: '规律', intermittent: '间断', none: '不服药' } as const;
export const EVALUATION = { normal: '体检无异常', abnormal: '有异常' } as const;
export const GUIDANCE = { chronic: '纳入慢性病患者健康管理', recheck: '建议复查', refer: '建议转诊' } as const;
export const RISK_FACTORS = { quitSmoking: '戒烟', drinking: '健康饮酒', diet: '饮食', exercise: '锻炼', loseWeight: '减体重', vaccine: '建议接种疫苗', other: '其他' } as const;
export const PROBLEM_SYSTEMS = {
  cerebrovascular: '脑血管疾病',
  kidney: '肾脏疾病',
  heart: '心脏疾病',
  vascular: '血管疾病',
  eye: '眼部疾病',
  nervous: '神经系统疾病',
  other: '其他系统疾病',
} as const;

const pick = <T extends Record<string, string>>(labels: T, what: string) =>
  z.enum(Object.keys(labels) as [Extract<keyof T, string>, ...Extract<keyof T, string>[]], { error: `请选择${what}` });
const many = <T extends Record<string, string>>(labels: T, what: string) => z.array(pick(labels, what), { error: `请选择${what}` }).max(Object.keys(labels).length);
/** A measured number: required ones refuse null; optional ones may be left empty (null). */
const measure = (label: string, min: number, max: number, unit: string) =>
  z
    .number({ error: (i) => (i.input === undefined || i.input === null ? `请填写${label}` : `${label}应为数字`) })
    .min(min, `${label}不能小于 ${min} ${unit}`)
    .max(max, `${label}不能大于 ${max} ${unit}`);
const optionalMeasure = (label: string, min: number, max: number, unit: string) => measure(label, min, max, unit).nullable().default(null);
const yes = z.boolean().default(false);
const text = (label: string, max = 100) => optionalText(label, max);

export const generalSection = z
  .object({
    temperature: measure('体温', 34, 42, '℃'),
    pulse: measure('脉率', 30, 200, '次/分钟'),
    respiration: measure('呼吸频率', 5, 60, '次/分钟'),
    bpLeftSystolic: optionalMeasure('左侧收缩压', 60, 260, 'mmHg'),
    bpLeftDiastolic: optionalMeasure('左侧舒张压', 30, 160, 'mmHg'),
    bpRightSystolic: optionalMeasure('右侧收缩压', 60, 260, 'mmHg'),
    bpRightDiastolic: optionalMeasure('右侧舒张压', 30, 160, 'mmHg'),
    height: measure('身高', 100, 230, 'cm'),
    weight: measure('体重', 20, 250, 'kg'),
    waist: measure('腰围', 40, 200, 'cm'),
    healthSelfRating: intInRange('老年人健康状态自我评估', 1, 5),
    cognition: pick(SCREEN, '认知功能粗筛结果'),
    mmseTotal: optionalMeasure('简易智力状态检查总分', 0, 30, '分'),
    mood: pick(SCREEN, '情感状态粗筛结果'),
    gdsTotal: optionalMeasure('老年人抑郁评分', 0, 30, '分'),
  })
  .strict()
  .refine((g) => (g.bpLeftSystolic !== null && g.bpLeftDiastolic !== null) || (g.bpRightSystolic !== null && g.bpRightDiastolic !== null), {
    message: '请至少填写一侧血压（收缩压和舒张压）',
    path: ['bpLeftSystolic'],
  })
  .refine((g) => g.cognition === 'negative' || g.mmseTotal !== null, { message: '认知功能粗筛阳性时请做简易智力状态检查并填写总分', path: ['mmseTotal'] });

export const examForm = z
  .object({
    symptoms: many(SYMPTOMS, '症状').min(1, '请勾选症状（无症状请选“无症状”）'),
    symptomsOther: text('其他症状'),
    general: generalSection,
    lifestyle: z
      .object({
        exercise: pick(EXERCISE, '体育锻炼频率'),
        exerciseMinutes: optionalMeasure('每次锻炼时间', 0, 600, '分钟'),
        exerciseYears: optionalMeasure('坚持锻炼时间', 0, 90, '年'),
        exerciseType: text('锻炼方式', 40),
        diet: many(DIET, '饮食习惯').min(1, '请选择饮食习惯'),
        smoking: pick(SMOKING, '吸烟情况'),
        cigarettesPerDay: optionalMeasure('日吸烟量', 0, 100, '支'),
        smokingStartAge: optionalMeasure('开始吸烟年龄', 5, 100, '岁'),
        smokingQuitAge: optionalMeasure('戒烟年龄', 5, 120, '岁'),
        drinking: pick(DRINKING, '饮酒频率'),
        liangPerDay: optionalMeasure('日饮酒量', 0, 50, '两'),
        quitDrinking: yes,
        drinkingQuitAge: optionalMeasure('戒酒年龄', 5, 120, '岁'),
        drinkingStartAge: optionalMeasure('开始饮酒年龄', 5, 100, '岁'),
        drunkLastYear: yes,
        drinkKinds: many(DRINK_KINDS, '饮酒种类').default([]),
        occupationalExposure: text('职业病危害因素接触史', 200),
      })
      .strict(),
    organs: z
      .object({
        lips: pick(LIPS, '口唇'),
        dentition: many(DENTITION, '齿列').min(1, '请选择齿列'),
        pharynx: pick(PHARYNX, '咽部'),
        visionLeft: optionalMeasure('左眼视力', 3, 5.3, ''),
        visionRight: optionalMeasure('右眼视力', 3, 5.3, ''),
        correctedLeft: optionalMeasure('左眼矫正视力', 3, 5.3, ''),
        correctedRight: optionalMeasure('右眼矫正视力', 3, 5.3, ''),
        hearing: pick(HEARING, '听力'),
        motor: pick(MOTOR, '运动功能'),
      })
      .strict(),
    physical: z
      .object({
        fundus: pick(NORMAL_ABNORMAL, '眼底').default('notDone'),
        skin: pick(SKIN, '皮肤'),
        sclera: pick(SCLERA, '巩膜'),
        lymph: pick(LYMPH, '淋巴结'),
        barrelChest: yes,
        breathSounds: pick({ normal: '正常', abnormal: '异常' }, '呼吸音'),
        rales: pick(RALES, '罗音'),
        heartRate: measure('心率', 30, 200, '次/分钟'),
        rhythm: pick(RHYTHM, '心律'),
        murmur: yes,
        tenderness: yes,
        mass: yes,
        hepatomegaly: yes,
        splenomegaly: yes,
        shiftingDullness: yes,
        edema: pick(EDEMA, '下肢水肿'),
        dorsalisPedis: pick(DORSALIS, '足背动脉搏动').default('notDone'),
        other: text('查体其他', 200),
      })
      .strict(),
    tests: z
      .object({
        hemoglobin: optionalMeasure('血红蛋白', 20, 250, 'g/L'),
        wbc: optionalMeasure('白细胞', 0.1, 100, '×10⁹/L'),
        platelets: optionalMeasure('血小板', 1, 1500, '×10⁹/L'),
        urineProtein: pick(URINE, '尿蛋白').nullable().default(null),
        urineGlucose: pick(URINE, '尿糖').nullable().default(null),
        urineKetone: pick(URINE, '尿酮体').nullable().default(null),
        urineBlood: pick(URINE, '尿潜血').nullable().default(null),
        fastingGlucose: optionalMeasure('空腹血糖', 1, 35, 'mmol/L'),
        ecg: pick(NORMAL_ABNORMAL, '心电图').default('notDone'),
        ecgNote: text('心电图异常描述'),
        alt: optionalMeasure('血清谷丙转氨酶', 0, 5000, 'U/L'),
        ast: optionalMeasure('血清谷草转氨酶', 0, 5000, 'U/L'),
        albumin: optionalMeasure('白蛋白', 5, 80, 'g/L'),
        totalBilirubin: optionalMeasure('总胆红素', 0, 1000, 'μmol/L'),
        creatinine: optionalMeasure('血清肌酐', 5, 3000, 'μmol/L'),
        urea: optionalMeasure('血尿素', 0.1, 100, 'mmol/L'),
        totalCholesterol: optionalMeasure('总胆固醇', 0.5, 30, 'mmol/L'),
        triglycerides: optionalMeasure('甘油三酯', 0.1, 50, 'mmol/L'),
        ldl: optionalMeasure('低密度脂蛋白胆固醇', 0.1, 20, 'mmol/L'),
        hdl: optionalMeasure('高密度脂蛋白胆固醇', 0.1, 10, 'mmol/L'),
        hba1c: optionalMeasure('糖化血红蛋白', 3, 20, '%'),
        ultrasound: pick(NORMAL_ABNORMAL, '腹部B超').default('notDone'),
        ultrasoundNote: text('B超异常描述'),
        other: text('辅助检查其他', 200),
      })
      .strict(),
    /** 现存主要健康问题 per system: '' = 未发现. */
    problems: z.object(Object.fromEntries(Object.keys(PROBLEM_SYSTEMS).map((k) => [k, text(PROBLEM_SYSTEMS[k as keyof typeof PROBLEM_SYSTEMS])])) as Record<keyof typeof PROBLEM_SYSTEMS, ReturnType<typeof text>>).strict(),
    hospitalisations: z
      .array(z.object({ from: isoDate('入院日期'), to: isoDate('出院日期').nullable().default(null), reason: requiredText('住院原因', 60), institution: requiredText('医疗机构', 60) }).strict())
      .max(10, '住院史最多 10 条')
      .default([]),
    medications: z
      .array(
        z
          .object({
            drug: requiredText('药物名称', 60),
            usage: text('用法', 20),
            dose: text('用量', 30),
            duration: text('用药时间', 20),
            compliance: pick(COMPLIANCE, '服药依从性'),
          })
          .strict(),
      )
      .max(20, '用药最多 20 条')
      .default([]),
    vaccinations: z
      .array(z.object({ name: requiredText('疫苗名称', 40), date: isoDate('接种日期'), institution: text('接种机构', 60) }).strict())
      .max(10, '接种史最多 10 条')
      .default([]),
    evaluation: pick(EVALUATION, '健康评价'),
    abnormalities: z.array(requiredText('异常', 100)).max(4, '异常最多填 4 条').default([]),
    guidance: many(GUIDANCE, '健康指导').default([]),
    riskFactors: many(RISK_FACTORS, '危险因素控制').default([]),
    targetWeight: optionalMeasure('减体重目标', 20, 250, 'kg'),
    vaccineAdvice: text('建议接种的疫苗', 40),
    riskOther: text('危险因素控制其他'),
  })
  .strict()
  .refine((f) => f.evaluation === 'normal' || f.abnormalities.length > 0, { message: '有异常时请至少填写一条异常', path: ['abnormalities'] });
export type ExamForm = z.output<typeof examForm>;

const CONSTITUTION_CODES = [PINGHE.code, ...CONSTITUTIONS.map((c) => c.code)] as [string, ...string[]];
const answers = z.record(z.string().max(12), z.union([z.number().int().min(0).max(100), z.string().max(20)]), { error: '请填写各项答案' });

/** The annual exam: the form, the 生活自理能力 table, and the 33 TCM questions with the guidance given per constitution. */
export const examInput = z
  .object({
    id: entityId('体检记录').nullable().default(null),
    residentId: entityId('老人'),
    examOn: isoDate('体检日期'),
    doctor: requiredText('责任医生', 20),
    form: examForm,
    selfcare: answers,
    tcm: z
      .object({
        answers,
        guidance: z.partialRecord(z.enum(CONSTITUTION_CODES), many(TCM_GUIDANCE, '中医药保健指导')).default({}),
        guidanceNote: text('中医药保健指导说明', 300),
      })
      .strict(),
    lateReason: optionalText('补记原因', 200),
  })
  .strict();
export type ExamInput = z.output<typeof examInput>;

export const examIdInput = z.object({ id: entityId('体检记录') }).strict();
export const removeExamInput = z.object({ id: entityId('体检记录'), reason: requiredText('删除原因', 200) }).strict();
export const residentExamsInput = z.object({ residentId: entityId('老人') }).strict();
export const dueListInput = z
  .object({
    floor: intInRange('楼层', -3, 99).nullable().default(null),
    q: optionalText('姓名', 20),
    offset: intInRange('起始行', 0, 100_000).default(0),
    limit: intInRange('每页行数', 1, 500).default(100),
  })
  .strict();
export type DueListInput = z.output<typeof dueListInput>;
/** The printed exam: a resident's exam of a year (default this year). */
export const examFilingInput = z
  .object({ residentId: entityId('老人').optional(), year: intInRange('年份', 2000, 2100).nullable().default(null) })
  .strict();

export const EXAM_AUDIT_FIELDS: AuditFields = {
  resident: { label: '老人' },
  examOn: { label: '体检日期' },
  doctor: { label: '责任医生' },
  selfcare: { label: '生活自理能力' },
  tcm: { label: '中医体质' },
  evaluation: named('健康评价', EVALUATION),
  abnormalities: { label: '异常', show: (v) => (Array.isArray(v) ? v.map(String) : String(v)) },
  lateReason: { label: '补记原因' },
  deletedAt: { label: '删除时间', show: (v) => formatDateTime(String(v)) },
  deletedReason: { label: '删除原因' },
};
