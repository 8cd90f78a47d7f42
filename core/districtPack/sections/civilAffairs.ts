import dayjs from 'dayjs';
import { ageOn } from '../../shared/dates.ts';
import { careLevelLabel, CARE_LEVELS, PAYMENT_TYPES, type ResidentRow } from '../../residents/schema.ts';
import { admissionsBetween, departuresBetween, residentsAtEndOf } from '../../residents/queries.ts';
import { floorSummaries } from '../../beds/queries.ts';
import { requireInstitution } from '../../institution/queries.ts';
import { incidentsBetween } from '../../incidents/queries.ts';
import { INCIDENT_KINDS, INJURIES } from '../../incidents/schema.ts';
import { showLocalMinute } from '../../shared/dates.ts';
import { ASSESSMENT_REASONS } from '../../assessments/schema.ts';
import { abilityOverdueOn, abilityReassessmentRule, assessmentsDoneBetween } from '../../assessments/queries.ts';
import { definePackSection, type SectionTrace } from '../define.ts';

const personColumns = ['床位', '姓名', '性别', '年龄', '入住日期', '能力等级', '费用类型'];
const personRow = (r: ResidentRow, on: string) => [r.bedLabel, r.name, r.sex, ageOn(r.birthDate ?? '', on), r.admissionDate, careLevelLabel(r.careLevel), PAYMENT_TYPES[r.paymentType]];
const pct = (n: number, d: number) => (d === 0 ? '—' : `${((n / d) * 100).toFixed(1)}%`);

/**
 * 民政: who was in the home over the period and how that changed, by ability level and payment; beds; the
 * incidents with the time the family was told (养老机构管理办法 第十九条); the figures the quarterly
 * 社会服务统计 (JBZH0001表) asks of a home — as the reference derives them, to be aligned with the district's form.
 */
export const civilAffairsSection = definePackSection({
  key: 'civil-affairs',
  authority: '民政',
  title: '住养老人与床位、意外事件',
  build(ctx, period) {
    const dayBefore = dayjs(period.from).subtract(1, 'day').format('YYYY-MM-DD');
    // A period still running is counted up to today: the end figures are today's, not the future's.
    const end = period.to < ctx.today ? period.to : ctx.today;
    const atStart = residentsAtEndOf(ctx.db, dayBefore, ctx.today);
    const atEnd = residentsAtEndOf(ctx.db, end, ctx.today);
    const admitted = admissionsBetween(ctx.db, period.from, end, ctx.today);
    const left = departuresBetween(ctx.db, period.from, end, ctx.today);
    const discharged = left.filter((r) => r.status === 'discharged');
    const deceased = left.filter((r) => r.status === 'deceased');
    const beds = floorSummaries(ctx.db).reduce((n, f) => n + f.beds, 0);
    const institution = requireInstitution(ctx.db);
    const incidents = incidentsBetween(ctx.db, period.from, end);
    const assessed = assessmentsDoneBetween(ctx.db, period.from, end);
    const overdue = abilityOverdueOn(ctx.db, end);
    const neverAssessed = overdue.filter((r) => r.lastOn === null).length;
    const reassess = abilityReassessmentRule(ctx.db);
    const aged = (min: number) => atEnd.filter((r) => ageOn(r.birthDate ?? '', end) >= min).length;

    const traces: SectionTrace[] = [
      { key: 'at-start', title: `期初在院老人（${dayBefore} 日终）`, columns: personColumns, rows: atStart.map((r) => personRow(r, dayBefore)) },
      { key: 'admitted', title: '本期入住老人', columns: personColumns, rows: admitted.map((r) => personRow(r, r.admissionDate)) },
      {
        key: 'left',
        title: '本期离院与去世老人',
        columns: ['床位', '姓名', '性别', '入住日期', '离院日期', '类型', '原因'],
        rows: left.map((r) => [r.bedLabel, r.name, r.sex, r.admissionDate, r.leftOn ?? '', r.status === 'deceased' ? '去世' : '离院', r.leftReason ?? '']),
      },
      { key: 'at-end', title: `期末在院老人（${end} 日终）`, columns: personColumns, rows: atEnd.map((r) => personRow(r, end)) },
      {
        key: 'assessed',
        title: '本期完成的老年人能力评估',
        columns: ['评估日期', '床位', '姓名', '评估方式', '能力等级', '来源或原因'],
        rows: assessed.ability.map((a) => [a.assessedOn, a.bedLabel, a.name, a.scaleLabel, a.levelLabel, a.source || ASSESSMENT_REASONS[a.reason as keyof typeof ASSESSMENT_REASONS] || a.reason]),
      },
      {
        key: 'overdue',
        title: `期末逾期未评估的在院老人（${end} 日终）`,
        columns: ['床位', '姓名', '入住日期', '上次评估', '应复评日期'],
        rows: overdue.map((r) => [r.bedLabel, r.name, r.admissionDate, r.lastOn ?? '从未评估', r.nextDueOn ?? '入院时']),
      },
      {
        key: 'incidents',
        title: '本期意外事件及通知家属时间',
        columns: ['发生时间', '床位', '姓名', '类别', '伤情', '通知家属', '随访'],
        rows: incidents.map((i) => [
          showLocalMinute(i.occurredAt),
          i.bedLabel,
          i.residentName,
          INCIDENT_KINDS[i.kind],
          INJURIES[i.injury],
          i.familyNotifiedAt ? `${showLocalMinute(i.familyNotifiedAt)} ${i.familyNotifiedWhom}` : '未通知',
          i.followUpClosedOn ? `${i.followUpClosedOn} 结束` : '随访中',
        ]),
      },
    ];
    const count = <K extends string>(rows: ResidentRow[], key: (r: ResidentRow) => K) => {
      const m = new Map<K, number>();
      for (const r of rows) m.set(key(r), (m.get(key(r)) ?? 0) + 1);
      return m;
    };
    const byLevel = count(atEnd, (r) => careLevelLabel(r.careLevel));
    const byPayment = count(atEnd, (r) => PAYMENT_TYPES[r.paymentType]);
    const notTold = incidents.filter((i) => i.familyNotifiedAt === null).length;
    const balance = atStart.length + admitted.length - left.length;

    return {
      figures: [
        { label: '期初在院人数', value: atStart.length, unit: '人', basis: `${dayBefore} 日终在院（已入住、未离院）`, trace: 'at-start' },
        { label: '本期入住人数', value: admitted.length, unit: '人', basis: `入住日期在 ${period.from} 至 ${end}`, trace: 'admitted' },
        { label: '本期离院人数', value: discharged.length, unit: '人', basis: '离院日期在本期内（不含去世）', trace: 'left' },
        { label: '本期去世人数', value: deceased.length, unit: '人', basis: '去世日期在本期内', trace: 'left' },
        { label: '期末在院人数', value: atEnd.length, unit: '人', basis: `${end} 日终在院`, trace: 'at-end' },
        { label: '其中 65 周岁及以上', value: aged(65), unit: '人', basis: `按 ${end} 的周岁`, trace: 'at-end' },
        { label: '其中 80 周岁及以上', value: aged(80), unit: '人', basis: `按 ${end} 的周岁`, trace: 'at-end' },
        { label: '床位数（在用）', value: beds, unit: '张', basis: '床位图中启用的床位（打印时）' },
        { label: '核定床位数', value: institution.licensedBeds, unit: '张', basis: '机构信息中的核定床位' },
        { label: '期末床位使用率', value: pct(atEnd.length, beds), unit: '', basis: '期末在院人数 ÷ 在用床位数' },
        {
          label: '本期完成老年人能力评估',
          value: assessed.ability.length,
          unit: '人次',
          basis: `评估日期在 ${period.from} 至 ${end} 的能力评估（GB/T 42195-2022 评估及外部评估），养老机构管理办法 第十五条`,
          trace: 'assessed',
        },
        {
          label: '期末能力评估逾期人数',
          value: overdue.length,
          unit: '人',
          basis: `${end} 日终在院、从未评估或应复评日期不晚于 ${end} 而未复评的老人；复评间隔每 ${reassess.months} 个月（${reassess.cite}）`,
          unverified: reassess.unverified,
          trace: 'overdue',
        },
        { label: '其中入住后从未评估', value: neverAssessed, unit: '人', basis: '养老机构管理办法 第十五条：入院评估', trace: 'overdue' },
        { label: '本期意外事件', value: incidents.length, unit: '起', basis: '发生时间在本期内的意外事件登记（GB 38600-2019 九防及用药差错）', trace: 'incidents' },
        { label: '其中尚未通知家属', value: notTold, unit: '起', basis: '养老机构管理办法 第十九条：通知紧急联系人', trace: 'incidents' },
      ],
      tables: [
        {
          title: '期末在院老人按能力等级（GB/T 42195-2022）',
          columns: ['能力等级', '人数', '占比'],
          rows: [...CARE_LEVELS, '未评估'].map((label) => [label, byLevel.get(label) ?? 0, pct(byLevel.get(label) ?? 0, atEnd.length)]),
          note: '按打印时记录的能力等级统计。',
        },
        {
          title: '期末在院老人按费用类型',
          columns: ['费用类型', '人数', '占比'],
          rows: Object.values(PAYMENT_TYPES).map((label) => [label, byPayment.get(label) ?? 0, pct(byPayment.get(label) ?? 0, atEnd.length)]),
        },
        {
          title: '本期完成的评估（按量表）',
          columns: ['量表', '人次'],
          rows: assessed.byScale.map((x) => [x.label, x.n]),
          note: '中医体质辨识随年度体检记录，见卫健部分。',
        },
        {
          title: '本期意外事件（按类别）',
          columns: ['类别', '起数', '尚未通知家属', '仍在随访'],
          rows: (Object.keys(INCIDENT_KINDS) as (keyof typeof INCIDENT_KINDS)[]).map((k) => {
            const of = incidents.filter((i) => i.kind === k);
            return [INCIDENT_KINDS[k], of.length, of.filter((i) => i.familyNotifiedAt === null).length, of.filter((i) => !i.followUpClosedOn).length];
          }),
          note: '每起事件的发生时间、伤情、通知家属的时间与随访见附录“本期意外事件及通知家属时间”。',
        },
        {
          title: '社会服务统计所需的本机构数字（JBZH0001表，待核实）',
          columns: ['项目', '数值'],
          rows: [
            ['床位数（张）', beds],
            ['期末在院人数（人）', atEnd.length],
            ['本期入住（人）', admitted.length],
            ['本期离院（人）', discharged.length],
            ['本期死亡（人）', deceased.length],
          ],
          note: '项目按参考资料推导（社会服务统计季报表 JBZH0001表 由区县民政汇总填报，本院提供本机构数字），报送前请与区民政的表式核对。',
        },
      ],
      traces,
      notes:
        atStart.length + admitted.length === 0
          ? ['本期本院没有在院老人的记录，以上各项均为 0。']
          : balance === atEnd.length
          ? [`核对：期初 ${atStart.length} + 入住 ${admitted.length} − 离院与去世 ${left.length} = 期末 ${atEnd.length}。`]
          : [`核对：期初 ${atStart.length} + 入住 ${admitted.length} − 离院与去世 ${left.length} = ${balance}，与期末 ${atEnd.length} 不符，请检查老人的入住和离院日期。`],
    };
  },
});
