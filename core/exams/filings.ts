import { stmt } from '../shared/statements.ts';
import { ageOn } from '../shared/dates.ts';
import { invalid } from '../shared/errors.ts';
import { defineFiling, filingHeader } from '../filings/define.ts';
import { requireResident } from '../residents/queries.ts';
import { bedLabel } from '../beds/schema.ts';
import { TCM_GUIDANCE } from '../assessments/schema.ts';
import { EXAM_READERS } from './access.ts';
import { examOfYear } from './rows.ts';
import { examPeriod } from './queries.ts';
import * as L from './schema.ts';

type Labels = Record<string, string>;
const one = (labels: Labels, v: string | number | null | undefined) => (v === null || v === undefined ? '' : (labels[String(v)] ?? String(v)));
const many = (labels: Labels, vs: readonly string[]) => vs.map((v) => labels[v] ?? v).join('、');
const num = (v: number | null, unit = '') => (v === null ? '未查' : `${v}${unit ? ` ${unit}` : ''}`);
const yn = (v: boolean, yes = '有', no = '无') => (v ? yes : no);

/**
 * 健康体检表 of one resident's annual exam (国家基本公共卫生服务规范（第三版） 老年人健康管理, reference §5.2): the
 * sections as entered, the 生活自理能力 table's score, and the 中医体质辨识 result with the guidance given.
 * Without --resident: the first resident (by id) with an exam in the year; the year defaults to this one.
 */
export const annualExamFiling = defineFiling({
  kind: 'annual-exam',
  title: '健康体检表',
  layout: 'sheet',
  input: L.examFilingInput,
  access: EXAM_READERS,
  cli: [
    { flag: 'resident', field: 'residentId', type: 'int', help: '老人编号（不填：当年第一位有体检记录的老人）' },
    { flag: 'year', field: 'year', type: 'int', help: '年份（默认今年）' },
  ],
  example: [],
  describe: (input) => `${input.year ?? '本'}年度健康体检${input.residentId ? `（老人 #${input.residentId}）` : ''}`,
  build(ctx, input) {
    const year = input.year ?? Number(ctx.today.slice(0, 4));
    const residentId =
      input.residentId ??
      stmt<{ resident_id: number }>(ctx.db, 'SELECT resident_id FROM annual_exams WHERE exam_year = ? AND deleted_at IS NULL ORDER BY resident_id LIMIT 1').get(year)?.resident_id;
    if (residentId === undefined) throw invalid(`${year} 年还没有体检记录可打印`, 'year');
    const r = requireResident(ctx.db, residentId);
    const e = examOfYear(ctx.db, residentId, year);
    if (!e) throw invalid(`${r.name} ${year} 年没有体检记录`, 'year');
    const f = e.form;
    const g = f.general;
    const bp = (s: number | null, d: number | null) => (s === null || d === null ? '未测' : `${s}/${d} mmHg`);
    const bmi = Math.round((g.weight / (g.height / 100) ** 2) * 10) / 10;
    const sections: { title: string; rows: [string, string][] }[] = [
      { title: '症状', rows: [['症状', many(L.SYMPTOMS, f.symptoms) + (f.symptomsOther ? `，${f.symptomsOther}` : '')]] },
      {
        title: '一般状况',
        rows: [
          ['体温 / 脉率 / 呼吸频率', `${g.temperature} ℃ / ${g.pulse} 次/分钟 / ${g.respiration} 次/分钟`],
          ['血压（左侧 / 右侧）', `${bp(g.bpLeftSystolic, g.bpLeftDiastolic)} / ${bp(g.bpRightSystolic, g.bpRightDiastolic)}`],
          ['身高 / 体重 / 腰围 / 体质指数', `${g.height} cm / ${g.weight} kg / ${g.waist} cm / ${bmi} kg/m²`],
          ['老年人健康状态自我评估', one(L.HEALTH_SELF_RATING, g.healthSelfRating)],
          ['老年人生活自理能力自我评估', `${e.selfcare.total} 分，${e.selfcare.level.label}`],
          ['老年人认知功能', `${one(L.SCREEN, g.cognition)}${g.mmseTotal !== null ? `，简易智力状态检查总分 ${g.mmseTotal}` : ''}`],
          ['老年人情感状态', `${one(L.SCREEN, g.mood)}${g.gdsTotal !== null ? `，老年人抑郁评分 ${g.gdsTotal}` : ''}`],
        ],
      },
      {
        title: '生活方式',
        rows: [
          ['体育锻炼', one(L.EXERCISE, f.lifestyle.exercise)],
          ['饮食习惯', many(L.DIET, f.lifestyle.diet)],
          ['吸烟情况', one(L.SMOKING, f.lifestyle.smoking)],
          ['饮酒情况', one(L.DRINKING, f.lifestyle.drinking)],
          ['职业病危害因素接触史', f.lifestyle.occupationalExposure || '无'],
        ],
      },
      {
        title: '脏器功能',
        rows: [
          ['口唇 / 齿列 / 咽部', `${one(L.LIPS, f.organs.lips)} / ${many(L.DENTITION, f.organs.dentition)} / ${one(L.PHARYNX, f.organs.pharynx)}`],
          ['视力（左 / 右）', `${num(f.organs.visionLeft)} / ${num(f.organs.visionRight)}`],
          ['听力 / 运动功能', `${one(L.HEARING, f.organs.hearing)} / ${one(L.MOTOR, f.organs.motor)}`],
        ],
      },
      {
        title: '查体',
        rows: [
          ['皮肤 / 巩膜 / 淋巴结', `${one(L.SKIN, f.physical.skin)} / ${one(L.SCLERA, f.physical.sclera)} / ${one(L.LYMPH, f.physical.lymph)}`],
          ['肺：桶状胸 / 呼吸音 / 罗音', `${yn(f.physical.barrelChest, '是', '否')} / ${f.physical.breathSounds === 'normal' ? '正常' : '异常'} / ${one(L.RALES, f.physical.rales)}`],
          ['心脏：心率 / 心律 / 杂音', `${f.physical.heartRate} 次/分钟 / ${one(L.RHYTHM, f.physical.rhythm)} / ${yn(f.physical.murmur)}`],
          ['腹部：压痛 / 包块 / 肝大 / 脾大 / 移动性浊音', [f.physical.tenderness, f.physical.mass, f.physical.hepatomegaly, f.physical.splenomegaly, f.physical.shiftingDullness].map((v) => yn(v)).join(' / ')],
          ['下肢水肿 / 足背动脉搏动', `${one(L.EDEMA, f.physical.edema)} / ${one(L.DORSALIS, f.physical.dorsalisPedis)}`],
        ],
      },
      {
        title: '辅助检查',
        rows: [
          ['血常规（血红蛋白 / 白细胞 / 血小板）', `${num(f.tests.hemoglobin, 'g/L')} / ${num(f.tests.wbc, '×10⁹/L')} / ${num(f.tests.platelets, '×10⁹/L')}`],
          ['尿常规（蛋白 / 糖 / 酮体 / 潜血）', [f.tests.urineProtein, f.tests.urineGlucose, f.tests.urineKetone, f.tests.urineBlood].map((v) => (v ? one(L.URINE, v) : '未查')).join(' / ')],
          ['空腹血糖', num(f.tests.fastingGlucose, 'mmol/L')],
          ['心电图 / 腹部B超', `${one(L.NORMAL_ABNORMAL, f.tests.ecg)}${f.tests.ecgNote ? `（${f.tests.ecgNote}）` : ''} / ${one(L.NORMAL_ABNORMAL, f.tests.ultrasound)}`],
          ['肝功能（谷丙 / 谷草 / 白蛋白 / 总胆红素）', `${num(f.tests.alt, 'U/L')} / ${num(f.tests.ast, 'U/L')} / ${num(f.tests.albumin, 'g/L')} / ${num(f.tests.totalBilirubin, 'μmol/L')}`],
          ['肾功能（肌酐 / 尿素）', `${num(f.tests.creatinine, 'μmol/L')} / ${num(f.tests.urea, 'mmol/L')}`],
          ['血脂（总胆固醇 / 甘油三酯 / LDL-C / HDL-C）', `${num(f.tests.totalCholesterol)} / ${num(f.tests.triglycerides)} / ${num(f.tests.ldl)} / ${num(f.tests.hdl)} mmol/L`],
        ],
      },
      {
        title: '现存主要健康问题、住院与用药',
        rows: [
          ...Object.entries(L.PROBLEM_SYSTEMS).map(([k, label]): [string, string] => [label, f.problems[k as keyof typeof L.PROBLEM_SYSTEMS] || '未发现']),
          ['住院史', f.hospitalisations.map((h) => `${h.from}～${h.to ?? ''} ${h.institution} ${h.reason}`).join('；') || '无'],
          ['主要用药', f.medications.map((m) => `${m.drug} ${m.usage} ${m.dose}（${one(L.COMPLIANCE, m.compliance)}）`).join('；') || '无'],
          ['非免疫规划预防接种', f.vaccinations.map((v) => `${v.date} ${v.name}`).join('；') || '无'],
        ],
      },
      {
        title: '健康评价与指导',
        rows: [
          ['健康评价', f.evaluation === 'normal' ? '体检无异常' : `有异常：${f.abnormalities.join('；')}`],
          ['健康指导', many(L.GUIDANCE, f.guidance) || '—'],
          ['危险因素控制', [many(L.RISK_FACTORS, f.riskFactors), f.vaccineAdvice ? `建议接种：${f.vaccineAdvice}` : '', f.riskOther].filter(Boolean).join('；') || '—'],
        ],
      },
    ];
    const tcm = e.tcm.result;
    const period = examPeriod(ctx.db);
    return {
      ...filingHeader(ctx, '健康体检表', `${r.name}（${bedLabel(r.room, r.bed_no)} 床），${year} 年度，体检日期 ${e.examOn}`),
      resident: { name: r.name, sex: r.sex, age: ageOn(r.birth_date, e.examOn), bed: bedLabel(r.room, r.bed_no) },
      examOn: e.examOn,
      doctor: e.doctor,
      sections,
      tcm: {
        main: tcm.level.label,
        parts: tcm.parts.map((p) => ({ label: p.label, score: p.score, result: p.result ?? '' })),
        reasons: tcm.reasons,
        guidance: Object.entries(e.tcm.guidance).map(([code, ways]) => `${tcm.parts.find((p) => p.code === code)?.label ?? code}：${ways.map((w) => TCM_GUIDANCE[w as keyof typeof TCM_GUIDANCE]).join('、')}`),
        guidanceNote: e.tcm.guidanceNote,
      },
      readings: [
        ...tcm.readings,
        { topic: '“每年一次”的计算方式（参考资料 §8 Q15）', chosen: period.mode === 'calendar-year' ? '按自然年' : '按滚动 12 个月', cite: period.cite, unverified: period.unverified },
      ],
      lateReason: e.lateReason,
    };
  },
});
