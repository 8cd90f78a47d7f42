import dayjs from 'dayjs';
import type { WriteContext } from '../api/context.ts';
import { saveAssessment } from '../assessments/save.ts';
import { recordExternalAssessment } from '../assessments/external.ts';
import { GBT42195, ABILITY_LEVELS } from '../assessments/scales/gbt42195.data.ts';
import { BRADEN } from '../assessments/scales/braden.ts';
import { MORSE } from '../assessments/scales/morse.ts';
import { AD8 } from '../assessments/scales/ad8.ts';
import { answersWithTotal } from '../assessments/scales/testing.ts';
import { syncCareLevel } from '../residents/careLevel.ts';
import { saveAllergy, saveCondition, saveHistory, saveMedication } from '../records/facts.ts';
import { saveVaccination } from '../records/vaccinations.ts';
import { referBack, referOut } from '../records/referrals.ts';
import { startHospice } from '../records/hospice.ts';
import { ICD10 } from '../records/schema.ts';
import { saveExam } from '../exams/save.ts';
import { sampleExam } from './examSample.ts';
import type { Random } from './random.ts';

/** A resident of the demo home in residence, with the level their assessments come to (null: never assessed). */
export interface DemoResident {
  id: number;
  admittedOn: string;
  birthDate: string;
  level: 0 | 1 | 2 | 3 | 4 | null;
}

const NURSES = ['刘晓梅', '孙丽', '陈志远'];
const ALLERGENS = [
  ['drug', '青霉素', '皮疹、瘙痒'],
  ['drug', '头孢类', '荨麻疹'],
  ['drug', '磺胺类', '皮疹'],
  ['drug', '阿司匹林', '哮喘发作'],
  ['food', '海鲜', '腹泻、皮疹'],
  ['food', '花生', '口唇肿胀'],
  ['other', '医用胶布', '局部红肿'],
] as const;
const COMMON = ['I10', 'E11.9', 'I25.1', 'I63.9', 'I69.3', 'F03', 'M81.9', 'N40', 'J44.9', 'H25.9', 'M17.9', 'G20'];
const DRUGS: Record<string, [string, string, string, string]> = {
  I10: ['苯磺酸氨氯地平片', '5 mg', '口服', '每日一次'],
  'E11.9': ['二甲双胍片', '0.5 g', '口服', '每日两次'],
  'I25.1': ['阿托伐他汀钙片', '20 mg', '口服', '每晚一次'],
  'I63.9': ['阿司匹林肠溶片', '100 mg', '口服', '每日一次'],
  N40: ['盐酸坦索罗辛缓释胶囊', '0.2 mg', '口服', '每晚一次'],
};
const HOSPITALS = [
  ['区人民医院', true],
  ['市第一医院', false],
  ['区中医院', true],
] as const;

const between = (rng: Random, from: string, to: string) => {
  const days = Math.max(0, dayjs(to).diff(from, 'day'));
  return dayjs(from).add(rng.int(0, days), 'day').format('YYYY-MM-DD');
};
const later = (a: string, b: string) => (a > b ? a : b);

/**
 * The health records of the demo home, through the areas' own use cases: ability levels (assessed here, or brought
 * from outside), Braden and Morse with some overdue and some at high risk, AD8 for some, allergies, chronic
 * conditions with outside medication, vaccinations, referrals (a few still open, two in hospital), hospice care, and
 * this year's exam for part of the residents aged 65+.
 */
export function seedHealth(ctx: WriteContext, rng: Random, residents: readonly DemoResident[]) {
  const today = ctx.today;
  const recent = (r: DemoResident, daysBack: number) => between(rng, later(r.admittedOn, dayjs(today).subtract(daysBack, 'day').format('YYYY-MM-DD')), today);
  const common = { notes: '', lateReason: '' };
  for (const r of residents) {
    if (r.level !== null) {
      const band = ABILITY_LEVELS[r.level]!;
      if (rng.next() < 0.65) {
        // Some assessed more than six months ago: they are on the overdue list.
        saveAssessment(ctx, {
          ...common,
          residentId: r.id,
          scale: 'gbt42195',
          reason: 'first',
          assessedOn: recent(r, 240),
          assessors: [NURSES[0]!, NURSES[1]!],
          answers: answersWithTotal(GBT42195, rng.int(band.min, band.max)),
          context: { coma: false, diagnoses: [], riskEvents: {} },
        });
      } else {
        recordExternalAssessment(ctx, {
          ...common,
          residentId: r.id,
          assessedOn: dayjs(r.admittedOn).subtract(rng.int(0, 60), 'day').format('YYYY-MM-DD'),
          level: r.level,
          source: rng.pick(['区长护险评估中心', '原居住社区评估', '入住时录入']),
        });
      }
      syncCareLevel(ctx, r.id);
    }
    const frail = r.level ?? 1;
    if (rng.next() < 0.8) {
      const total = Math.max(6, Math.min(23, 21 - frail * 3 + rng.int(-2, 3)));
      saveAssessment(ctx, { ...common, residentId: r.id, scale: 'braden', assessedOn: recent(r, 45), assessors: [rng.pick(NURSES)], answers: answersWithTotal(BRADEN, total) });
    }
    if (rng.next() < 0.8) {
      const total = rng.pick(frail >= 2 ? [25, 45, 55, 70] : [0, 15, 25, 35, 45]);
      saveAssessment(ctx, { ...common, residentId: r.id, scale: 'morse', assessedOn: recent(r, 60), assessors: [rng.pick(NURSES)], answers: answersWithTotal(MORSE, total) });
    }
    if (rng.next() < 0.3) {
      saveAssessment(ctx, { ...common, residentId: r.id, scale: 'ad8', assessedOn: recent(r, 300), assessors: [rng.pick(NURSES)], answers: answersWithTotal(AD8, rng.int(0, 5)) });
    }
    seedFacts(ctx, rng, r);
  }
  seedEvents(ctx, rng, residents);
  // This year's annual exam for about 60% of the residents aged 65+.
  const sixtyFive = dayjs(today).subtract(65, 'year').format('YYYY-MM-DD');
  for (const r of residents) {
    if (r.birthDate > sixtyFive || rng.next() > 0.6) continue;
    const from = later(r.admittedOn, `${today.slice(0, 4)}-03-01`);
    if (from > today) continue;
    saveExam(ctx, sampleExam(rng, r.id, between(rng, from, today), '陈志远'));
  }
}

function seedFacts(ctx: WriteContext, rng: Random, r: DemoResident) {
  const base = { id: null, residentId: r.id, recordedOn: r.admittedOn, notes: '', lateReason: '' };
  if (rng.next() < 0.22) {
    const picks = new Set([rng.int(0, ALLERGENS.length - 1), ...(rng.next() < 0.3 ? [rng.int(0, ALLERGENS.length - 1)] : [])]);
    for (const i of picks) {
      const [category, substance, reaction] = ALLERGENS[i]!;
      saveAllergy(ctx, { ...base, category, substance, reaction, severity: rng.weighted([['mild', 3], ['moderate', 2], ['severe', 1]] as const) });
    }
  }
  const codes = new Set(Array.from({ length: rng.int(1, 3) }, () => rng.pick(COMMON)));
  for (const code of codes) {
    const d = ICD10.diagnoses.find((x) => x.code === code);
    if (!d) continue;
    saveCondition(ctx, { ...base, icd10: d.code, name: d.name, diagnosedOn: `${rng.int(2005, 2022)}-0${rng.int(1, 9)}-1${rng.int(0, 9)}`, status: 'active', resolvedOn: null });
    const drug = DRUGS[code];
    if (drug) saveMedication(ctx, { ...base, drug: drug[0], dose: drug[1], route: drug[2], frequency: drug[3], prescribedBy: '区人民医院', startedOn: null, stoppedOn: null });
  }
  if (rng.next() < 0.35) saveHistory(ctx, { id: null, residentId: r.id, recordedOn: r.admittedOn, lateReason: '', kind: 'surgery', description: rng.pick(['阑尾切除术', '白内障摘除术', '胆囊切除术', '髋关节置换术']), whenText: `${rng.int(1975, 2020)} 年`, relation: '' });
  if (rng.next() < 0.3) saveHistory(ctx, { id: null, residentId: r.id, recordedOn: r.admittedOn, lateReason: '', kind: 'family', description: rng.pick(['高血压', '糖尿病', '脑卒中']), whenText: '', relation: rng.pick(['父亲', '母亲']) });
  const autumn = `${ctx.today.slice(0, 4)}-10-08`;
  if (rng.next() < 0.45 && r.admittedOn <= autumn && autumn <= ctx.today) {
    const givenOn = between(rng, autumn, dayjs(autumn).add(30, 'day').format('YYYY-MM-DD') < ctx.today ? dayjs(autumn).add(30, 'day').format('YYYY-MM-DD') : ctx.today);
    saveVaccination(ctx, {
      id: null, residentId: r.id, vaccine: 'influenza', vaccineName: '', dose: '第 1 剂', givenOn, institution: '社区卫生服务中心', batchNo: `2026${rng.int(1000, 9999)}`,
      consentBy: rng.pick(['本人', '儿子', '女儿']), consentRelation: '本人或家属', consentOn: givenOn, notes: '', lateReason: '',
    });
  }
}

/** Referrals (three still open, two of them in hospital; some back with their discharge summary) and hospice care. */
function seedEvents(ctx: WriteContext, rng: Random, residents: readonly DemoResident[]) {
  const today = ctx.today;
  const pool = residents.filter((r) => r.admittedOn <= dayjs(today).subtract(30, 'day').format('YYYY-MM-DD'));
  const chosen = new Set<number>();
  const take = () => {
    for (let tries = 0; tries < 50; tries++) {
      const r = pool[rng.int(0, pool.length - 1)];
      if (r && !chosen.has(r.id)) return chosen.add(r.id), r;
    }
    return null;
  };
  for (let i = 0; i < 8; i++) {
    const r = take();
    if (!r) break;
    const [hospital, partner] = rng.pick(HOSPITALS);
    const open = i < 3;
    const referredOn = open ? between(rng, dayjs(today).subtract(12, 'day').format('YYYY-MM-DD'), today) : between(rng, dayjs(today).subtract(25, 'day').format('YYYY-MM-DD'), dayjs(today).subtract(14, 'day').format('YYYY-MM-DD'));
    const out = referOut(ctx, {
      id: null, residentId: r.id, referredOn, hospital, partner, department: rng.pick(['呼吸内科', '心内科', '神经内科', '骨科']),
      reason: rng.pick(['发热、咳嗽三天，肺部感染待排', '胸闷气短加重', '跌倒后髋部疼痛，骨折待排', '血糖控制不佳']), urgent: rng.next() < 0.4, admitted: i !== 2, notes: '', lateReason: '',
    });
    if (!open) {
      referBack(ctx, {
        id: out.id, returnedOn: dayjs(referredOn).add(rng.int(3, 10), 'day').format('YYYY-MM-DD'), outcome: 'returned',
        dischargeDiagnosis: rng.pick(['社区获得性肺炎', '慢性心力衰竭急性加重', '股骨颈骨折术后']), dischargeSummary: '住院治疗后病情稳定出院，嘱按时服药、定期复查。', newOrders: '按出院医嘱继续口服药物，两周后门诊复查。',
      });
    }
  }
  for (let i = 0; i < 2; i++) {
    const r = take();
    if (r) startHospice(ctx, { residentId: r.id, startedOn: between(rng, later(r.admittedOn, dayjs(today).subtract(40, 'day').format('YYYY-MM-DD')), today), notes: '家属知情同意，以舒适照护为主', lateReason: '' });
  }
}
