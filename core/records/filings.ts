import { ageOn, formatDateTime } from '../shared/dates.ts';
import { defineFiling, filingHeader } from '../filings/define.ts';
import type { FilingHeader } from '../filings/schema.ts';
import { requireResident } from '../residents/queries.ts';
import { careLevelLabel } from '../residents/schema.ts';
import { bedLabel } from '../beds/schema.ts';
import { currentAbility, latestAssessments } from '../assessments/queries.ts';
import { RISK_LABELS } from '../assessments/schema.ts';
import { residentExams } from '../exams/queries.ts';
import { ordersOfResident } from '../medication/queries.ts';
import { FREQUENCIES } from '../medication/schema.ts';
import { latestVitals, trendSvg, vitalsTrend } from '../vitals/queries.ts';
import { signingsOf } from '../signings/queries.ts';
import type { RangeSource, TrendMeasure } from '../vitals/schema.ts';
import { RECORD_READERS } from './access.ts';
import { healthRecordFacts } from './queries.ts';
import { ALLERGY_CATEGORIES, ALLERGY_SEVERITIES, HISTORY_KINDS, VACCINES, healthRecordFilingInput, type AllergySeverity } from './schema.ts';

export interface HealthRecordAllergy {
  category: string;
  substance: string;
  reaction: string;
  severity: string;
  severe: boolean;
}

export interface HealthRecordChart {
  title: string;
  caption: string;
  count: number;
  svg: string | null;
}

export interface HealthRecordFiling extends FilingHeader {
  resident: { id: number; name: string; sex: string; age: number; bed: string; admissionDate: string; status: string; level: string; levelNote: string };
  /** 家庭医生签约 (the latest signing, core/signings): team, doctor, term, and whether it is in force today. */
  familyDoctor: string;
  allergies: HealthRecordAllergy[];
  conditions: string[];
  medications: { drug: string; usage: string; source: string }[];
  history: string[];
  assessments: { label: string; scale: string; assessedOn: string; score: string; level: string; risk: string; nextDue: string }[];
  exam: { year: number; examOn: string; doctor: string; evaluation: string; selfcare: string; tcm: string } | null;
  vaccinations: string[];
  referrals: string[];
  hospice: string | null;
  latest: { label: string; at: string; text: string; flag: string | null; severe: boolean }[];
  charts: HealthRecordChart[];
  sources: RangeSource[];
}

/** The 90 days the chart covers: a quarter of rounds, enough to see a trend and the latest changes on one page. */
const CHART_RANGE = '90d';
/** Blood pressure, pulse and temperature: the signs the issue names for the record's chart (issue #8 item 8). */
const CHART_MEASURES: TrendMeasure[] = ['bp', 'pulse', 'temp'];
const SEVERITY_ORDER: Record<AllergySeverity, number> = { severe: 0, moderate: 1, mild: 2 };

const s = (v: unknown) => (v === null || v === undefined ? '' : String(v));

/**
 * 健康档案摘要 of one resident (issue #8 item 8): who they are (bed, admission, ability level), allergies with the
 * severe first, conditions and long-term medication (outside prescriptions and the clinic's long-term orders), the
 * latest result of each assessment, the last annual exam, vaccinations, referrals and hospice care, and the vital
 * signs of the last 90 days as charts (abnormal points marked) with the latest values and the bands they are judged by.
 */
export const healthRecordFiling = defineFiling({
  kind: 'health-record',
  title: '健康档案摘要',
  layout: 'sheet',
  input: healthRecordFilingInput,
  access: RECORD_READERS,
  cli: [{ flag: 'resident', field: 'residentId', type: 'int', help: '老人编号（必填）' }],
  // Resident 108 of the demo home has a severe allergy, conditions, clinic orders, assessments, an annual exam, a vaccination and rounds.
  example: ['--resident', '108'],
  describe: (input) => `老人编号 ${input.residentId} 的健康档案摘要`,
  build(ctx, input): HealthRecordFiling {
    const r = requireResident(ctx.db, input.residentId);
    const facts = healthRecordFacts(ctx.db, r.id);
    const ability = currentAbility(ctx.db, r.id);
    const bed = bedLabel(r.room, r.bed_no);
    const allergies = facts.allergy
      .map((e) => ({ e, rank: SEVERITY_ORDER[e.severity as AllergySeverity] ?? 3 }))
      .sort((a, b) => a.rank - b.rank || a.e.id - b.e.id)
      .map(({ e }) => ({
        category: ALLERGY_CATEGORIES[e.category as keyof typeof ALLERGY_CATEGORIES] ?? s(e.category),
        substance: s(e.substance),
        reaction: s(e.reaction),
        severity: ALLERGY_SEVERITIES[e.severity as AllergySeverity] ?? s(e.severity),
        severe: e.severity === 'severe',
      }));
    const moment = formatDateTime(ctx.now.toISOString());
    const orders = ordersOfResident(ctx.db, r.id, moment, moment).filter((o) => o.long_term === 1);
    const medications = [
      ...facts.medication
        .filter((e) => !e.stoppedOn)
        .map((e) => ({ drug: s(e.drug), usage: [e.dose, e.route, e.frequency].filter(Boolean).map(s).join(' '), source: `院外${e.prescribedBy ? `（${s(e.prescribedBy)}）` : ''}` })),
      ...orders.map((o) => ({
        // The dose carries the amount (100mg); the spec would repeat it.
        drug: o.drug_name,
        usage: `${o.dose} ${o.route} ${FREQUENCIES[o.frequency]?.label ?? o.frequency}`,
        source: `本院医嘱（${o.prescriber}，${o.start_at.slice(0, 10)} 起）`,
      })),
    ];
    const exam = residentExams(ctx.db, r.id).find((e) => e.deletedAt === null) ?? null;
    const latest = latestVitals(ctx.db, r.id);
    const trends = CHART_MEASURES.map((m) => vitalsTrend(ctx.db, r.id, m, CHART_RANGE, ctx.now));
    const sources = new Map<string, RangeSource>();
    for (const t of trends) for (const src of t.sources) sources.set(src.key, src);
    const scope = `${r.name}（${bed} 床），截至 ${ctx.today}`;
    const signing = signingsOf(ctx.db, r.id)[0];
    const familyDoctor = signing
      ? `${signing.team} ${signing.doctor}，${signing.signedOn}～${signing.expiresOn}${signing.expiresOn < ctx.today ? '（已到期）' : signing.signedOn > ctx.today ? '（未开始）' : ''}`
      : '未签约';
    return {
      ...filingHeader(ctx, '健康档案摘要', scope),
      resident: {
        id: r.id,
        name: r.name,
        sex: r.sex,
        age: ageOn(r.birth_date, ctx.today),
        bed,
        admissionDate: r.admission_date,
        status: r.status === 'in_residence' ? '在住' : `${r.status === 'deceased' ? '已去世' : '已离院'}（${s(r.left_on)}）`,
        level: careLevelLabel(r.care_level),
        levelNote: ability ? `${ability.source === 'external' ? '外部评估' : '本院评估'}，${ability.assessedOn}` : '尚无能力评估',
      },
      familyDoctor,
      allergies,
      conditions: facts.condition
        .filter((e) => e.status === 'active')
        .map((e) => `${s(e.name)}${e.icd10 ? `（${s(e.icd10)}）` : ''}${e.diagnosedOn ? `，${s(e.diagnosedOn)} 确诊` : ''}`),
      medications,
      history: facts.history.map((e) => `${HISTORY_KINDS[e.kind as keyof typeof HISTORY_KINDS] ?? ''}：${e.relation ? `${s(e.relation)} ` : ''}${s(e.description)}${e.whenText ? `（${s(e.whenText)}）` : ''}`),
      assessments: latestAssessments(ctx.db, r.id).map((a) => ({
        label: a.label,
        scale: a.scale === 'external' ? `外部评估（${a.source}）` : '',
        assessedOn: a.assessedOn,
        score: a.total === null ? '—' : `${a.total} 分`,
        level: a.levelLabel,
        risk: RISK_LABELS[a.risk] ?? String(a.risk),
        nextDue: a.nextDueOn ?? '—',
      })),
      exam: exam && {
        year: exam.year,
        examOn: exam.examOn,
        doctor: exam.doctor,
        evaluation: exam.evaluation === 'normal' ? '体检无异常' : `有异常：${exam.form.abnormalities.join('；')}`,
        selfcare: `${exam.selfcare.total} 分，${exam.selfcare.level.label}`,
        tcm: exam.tcm.result.level.label,
      },
      vaccinations: facts.vaccination.map(
        (e) => `${s(e.givenOn)} ${s(e.vaccineName) || (VACCINES[e.vaccine as keyof typeof VACCINES] ?? '')}${e.dose ? ` ${s(e.dose)}` : ''}（${s(e.institution)}）`,
      ),
      referrals: facts.referral.map(
        (e) =>
          `${s(e.referredOn)} 转诊至${s(e.hospital)}${e.admitted ? '住院' : ''}：${s(e.reason)}${e.returnedOn ? `；${s(e.returnedOn)} ${e.outcome === 'returned' ? '回院' : '未回院'}${e.dischargeDiagnosis ? `，出院诊断 ${s(e.dischargeDiagnosis)}` : ''}` : '；尚未回院'}`,
      ),
      hospice: facts.hospice.map((e) => `${s(e.startedOn)} 起${e.endedOn ? `，${s(e.endedOn)} 结束（${s(e.endReason)}）` : '（进行中）'}`).join('；') || null,
      latest: latest.values.map((v) => ({ label: v.label, at: formatDateTime(v.at), text: v.text, flag: v.flag?.label ?? null, severe: v.flag?.level === 'severe' })),
      charts: trends.map((t) => ({
        title: `${t.label}（近 90 天，${t.count} 次测量）`,
        caption: `${t.bandText}；◆ 明显异常 ● 异常`,
        count: t.count,
        svg: t.count === 0 ? null : trendSvg(t, { width: 640, height: 160 }),
      })),
      sources: [...sources.values()],
    };
  },
});
