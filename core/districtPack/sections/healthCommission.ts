import { CONSTITUTION_LABELS } from '../../assessments/queries.ts';
import { clinicProfile, staffOn } from '../../clinic/queries.ts';
import { LICENCE_REMIND_DAYS, PROFESSIONS, PRACTICE_SITES, licenceState } from '../../clinic/schema.ts';
import { encounterActivity, feeTotalsBetween } from '../../encounters/queries.ts';
import { ENCOUNTER_KINDS, REFERRAL_KINDS } from '../../encounters/schema.ts';
import { examCoverageOn, examsBetween } from '../../exams/queries.ts';
import { wasteProducedBetween } from '../../infection/queries.ts';
import { WASTE_KINDS } from '../../infection/schema.ts';
import { batchesExpiringOn } from '../../stock/queries.ts';
import { EXPIRY_REMIND_DAYS } from '../../stock/schema.ts';
import { definePackSection, type PackFigure, type PackTable, type SectionTrace } from '../define.ts';
import { centreSection } from './centre.ts';
import { pct, periodEnd } from './format.ts';

/** 药品费 in the fee catalogue (core/encounters/feeItems.json): the 药品收入 of 卫统1-3. */
const DRUG_FEE_CODE = 'M025';
const kg = (g: number) => (g / 1000).toFixed(2);

/**
 * 卫健: what the in-house clinic did in the period (encounters by kind, referrals), the annual exam of residents aged
 * 65+ as the 老年人健康管理率 counts it and its 中医体质辨识 results, the staff's licences, drugs near expiry, the
 * medical-waste register, and the figures of 卫统1-3表 for a 医务室 (designation-and-filings.md §4.3–§4.5).
 * The contracted centre's 服务到位 and family-doctor signing are the centre's own section.
 */
export const healthCommissionSection = definePackSection({
  key: 'health-commission',
  authority: '卫健',
  title: '医务室诊疗、老年人健康管理、人员证照、药品与医疗废物',
  build(ctx, period) {
    const end = periodEnd(period, ctx.today);
    const range = `${period.from} 至 ${end}`;
    const clinic = clinicProfile(ctx.db);
    const activity = encounterActivity(ctx.db, period.from, end);
    const kindCount = (k: keyof typeof ENCOUNTER_KINDS) => activity.byKind.find((x) => x.kind === k)!.n;
    const encounters = activity.byKind.reduce((s, k) => s + k.n, 0);
    const referrals = activity.referrals.reduce((s, r) => s + r.n, 0);

    const coverage = examCoverageOn(ctx.db, end);
    const examined = coverage.rows.filter((r) => r.examOn !== null);
    const tcmDone = examined.filter((r) => r.tcmMain !== null && CONSTITUTION_LABELS.includes(r.tcmMain));
    const exams = examsBetween(ctx.db, period.from, end);
    const byConstitution = new Map<string, number>();
    for (const e of exams) byConstitution.set(e.tcmMain, (byConstitution.get(e.tcmMain) ?? 0) + 1);

    const staff = staffOn(ctx.db, end);
    const expired = staff.filter((s) => s.daysLeft !== null && s.daysLeft < 0);
    const expiring = staff.filter((s) => s.daysLeft !== null && s.daysLeft >= 0 && s.daysLeft <= LICENCE_REMIND_DAYS[0]);

    const window = EXPIRY_REMIND_DAYS[0];
    const batches = batchesExpiringOn(ctx.db, end, window);
    const expiredBatches = batches.filter((b) => b.daysLeft < 0);

    const waste = wasteProducedBetween(ctx.db, period.from, end, ctx.today);
    const handedOverByEnd = (w: (typeof waste)[number]) => w.handedOverOn !== null && w.handedOverOn <= end;
    const fees = feeTotalsBetween(ctx.db, period.from, end);
    const medicalFen = fees.filter((f) => f.category === 'medical').reduce((s, f) => s + f.fen, 0);
    const drugFen = fees.filter((f) => f.itemCode === DRUG_FEE_CODE).reduce((s, f) => s + f.fen, 0);
    const count = (p: keyof typeof PROFESSIONS) => staff.filter((s) => s.profession === p).length;

    const figures: PackFigure[] = [
      { label: '门诊人次', value: kindCount('visit'), unit: '人次', basis: `诊疗日期在 ${range} 的门诊记录（不含已删除）`, trace: 'seen' },
      { label: '床边巡诊人次', value: kindCount('round'), unit: '人次', basis: '医务室到老人床边的巡诊（004 第3条 上门巡诊）', trace: 'seen' },
      { label: '输液人次', value: kindCount('infusion'), unit: '人次', basis: '在输液室的静脉输液（004 第2条）', trace: 'seen' },
      { label: '转诊次数', value: referrals, unit: '次', basis: '诊疗记录中开具的急诊、门诊、住院转诊', trace: 'referrals' },
      { label: '就诊老人数', value: activity.residentsSeen, unit: '人', basis: '本期有任一诊疗记录的老人', trace: 'seen' },
      {
        label: '65 周岁及以上在院老人',
        value: coverage.rows.length,
        unit: '人',
        basis: `${end} 日终在院、按当日周岁满 65 岁（国家基本公共卫生服务规范（第三版） 老年人健康管理 服务对象）`,
        trace: 'aged65',
      },
      {
        label: '其中已做年度体检',
        value: examined.length,
        unit: '人',
        basis: `体检日期在 ${coverage.since} 至 ${end}（${coverage.period.mode === 'calendar-year' ? '按自然年' : '按滚动 12 个月'}，${coverage.period.cite}）`,
        unverified: coverage.period.unverified,
        trace: 'aged65',
      },
      {
        label: '老年人健康管理率',
        value: pct(examined.length, coverage.rows.length),
        unit: '',
        basis: '年内接受健康管理人数 ÷ 65 岁及以上老人数 × 100%（国家基本公共卫生服务规范（第三版） 老年人健康管理 考核指标）；“接受健康管理”的口径未核实，本院以已做年度体检（含健康体检表与健康指导）计',
        // designation-and-filings.md §4.5: what counts as “接受健康管理” is K.
        unverified: true,
        trace: 'aged65',
      },
      {
        label: '老年人中医药健康管理率',
        value: pct(tcmDone.length, coverage.rows.length),
        unit: '',
        basis: '年内完成中医体质辨识的 65 岁及以上老人 ÷ 65 岁及以上老人数 × 100%（老年人中医药健康管理服务规范 考核指标）；体质未能判定的不计',
        unverified: true,
        trace: 'aged65',
      },
      { label: '本期年度体检人数', value: exams.length, unit: '人', basis: `体检日期在 ${range}，中医体质辨识随体检进行`, trace: 'exams' },
      { label: '在职医务人员', value: staff.length, unit: '人', basis: `${end} 日终在职（已入职、未离职）`, trace: 'staff' },
      { label: '执业证书已过期', value: expired.length, unit: '人', basis: `有效期至早于 ${end}`, trace: 'staff' },
      {
        label: `执业证书 ${LICENCE_REMIND_DAYS[0]} 天内到期`,
        value: expiring.length,
        unit: '人',
        basis: `有效期至在 ${end} 起 ${LICENCE_REMIND_DAYS[0]} 天内（本软件的提醒期限，非规定）`,
        trace: 'staff',
      },
      {
        label: '期末已过期仍在库的药品批次',
        value: expiredBatches.length,
        unit: '批',
        basis: `${end} 日终账面仍有数量、有效期至早于该日（过期药品按劣药论处，药品管理法 第九十八条）`,
        trace: 'batches',
      },
      {
        label: `期末近效期药品批次（${window} 天内）`,
        value: batches.length - expiredBatches.length,
        unit: '批',
        basis: `${end} 日终账面仍有数量、有效期至在其后 ${window} 天内；国家未规定“近效期”的天数，本院取 ${window} 天`,
        unverified: true,
        trace: 'batches',
      },
      { label: '本期医疗废物登记', value: waste.length, unit: '条', basis: `产生日期在 ${range} 的医疗废物登记`, trace: 'waste' },
      { label: '本期医疗废物重量', value: kg(waste.reduce((s, w) => s + w.weightG, 0)), unit: '千克', basis: '登记的重量合计', trace: 'waste' },
      { label: '其中已交接处置', value: waste.filter(handedOverByEnd).length, unit: '条', basis: `交接日期不晚于 ${end}，附转移联单号`, trace: 'waste' },
      { label: '期末仍暂存', value: waste.filter((w) => !handedOverByEnd(w)).length, unit: '条', basis: `${end} 日终尚未交接（医疗废物管理条例 第十七条：暂存不超过 2 天）`, trace: 'waste' },
    ];

    const tables: PackTable[] = [
      {
        title: '诊疗人次与转诊（按类别）',
        columns: ['类别', '人次', '涉及老人'],
        rows: [
          ...activity.byKind.map((k) => [ENCOUNTER_KINDS[k.kind], k.n, k.residents]),
          ...activity.referrals.map((r) => [REFERRAL_KINDS[r.kind], r.n, '']),
          ['诊疗合计', encounters, activity.residentsSeen],
        ],
      },
      {
        title: '本期年度体检的中医体质辨识结果（按主要体质）',
        columns: ['主要体质', '人数', '占比'],
        rows: [...CONSTITUTION_LABELS, '未能判定'].map((label) => [label, byConstitution.get(label) ?? 0, pct(byConstitution.get(label) ?? 0, exams.length)]),
        note: '老年人中医药健康管理服务记录表前 33 题，按体质判定标准表判定；兼夹体质按得分最高的主要体质统计。',
      },
      {
        title: `废物登记按类别（${range}）`,
        columns: ['类别', '登记条数', '包数', '重量（千克）'],
        rows: (Object.keys(WASTE_KINDS) as (keyof typeof WASTE_KINDS)[]).map((k) => {
          const of = waste.filter((w) => w.kind === k);
          return [WASTE_KINDS[k], of.length, of.reduce((s, w) => s + w.packages, 0), kg(of.reduce((s, w) => s + w.weightG, 0))];
        }),
      },
      {
        title: '卫统1-3表（卫生机构年报表—诊所类）所需的本医务室数字（待核实）',
        columns: ['项目', '数值'],
        rows: [
          ['卫生技术人员（人）', staff.length],
          ['其中 执业医师（人）', count('physician')],
          ['其中 注册护士（人）', count('nurse')],
          ['其中 药剂师（士）（人）', count('pharmacist')],
          ['其中 其他卫生技术人员（康复治疗人员）（人）', count('therapist')],
          ['诊疗人次数（人次）', encounters],
          ['其中 出诊人次数（床边巡诊）（人次）', kindCount('round')],
          ['医疗收入（万元）', (medicalFen / 1_000_000).toFixed(4)],
          ['其中 药品收入（万元）', (drugFen / 1_000_000).toFixed(4)],
        ],
        note:
          '卫统1-3表（卫生机构年报表—诊所类）为年报，由区县卫生健康部门代报，次年 1 月 20 日前；指标按北京市公布的诊所类指标，现行《国家卫生健康统计调查制度》的表号与名称可能已变。' +
          '本院把床边巡诊计为出诊人次、康复治疗人员计为其他卫生技术人员，报送前请与区卫健核对；房屋建筑面积、总支出、工勤技能人员等本软件不记录，请手工填写。',
      },
    ];

    const traces: SectionTrace[] = [
      {
        key: 'seen',
        title: `本期就诊老人及诊疗人次（${range}）`,
        columns: ['床位', '姓名', '门诊', '床边巡诊', '输液', '转诊'],
        rows: activity.perResident.map((r) => [r.bedLabel, r.name, r.visit, r.round, r.infusion, r.referrals]),
      },
      {
        key: 'referrals',
        title: '本期转诊',
        columns: ['日期', '床位', '姓名', '类别', '转往', '原因'],
        rows: activity.referralList.map((r) => [r.date, r.bedLabel, r.name, REFERRAL_KINDS[r.kind], r.to, r.reason]),
      },
      {
        key: 'aged65',
        title: `65 周岁及以上在院老人与年度体检（${end} 日终）`,
        columns: ['床位', '姓名', '年龄', '体检日期', '中医体质'],
        rows: coverage.rows.map((r) => [r.bedLabel, r.name, r.age, r.examOn ?? '未体检', r.tcmMain ?? '']),
      },
      {
        key: 'exams',
        title: '本期年度体检及中医体质辨识',
        columns: ['体检日期', '床位', '姓名', '主要体质'],
        rows: exams.map((e) => [e.examOn, e.bedLabel, e.name, e.tcmMain]),
      },
      {
        key: 'staff',
        title: `医务人员及执业证书（${end} 日终在职）`,
        columns: ['姓名', '类别', '证书编号', '执业地点', '有效期至', `${end} 时状态`],
        rows: staff.map((s) => [s.name, PROFESSIONS[s.profession], s.licenceNo, PRACTICE_SITES[s.practiceSite], s.expiresOn ?? '长期', licenceState(s.daysLeft).text]),
      },
      {
        key: 'batches',
        title: `期末过期与近效期药品批次（${end} 日终账面）`,
        columns: ['药品', '批号', '有效期至', '数量', '状态'],
        rows: batches.map((b) => [b.drug, b.batchNo, b.expiresOn, `${b.qty} ${b.unit}`, b.daysLeft < 0 ? `已过期 ${-b.daysLeft} 天` : b.daysLeft === 0 ? '当日到期' : `${b.daysLeft} 天后到期`]),
      },
      {
        key: 'waste',
        title: '本期医疗废物登记',
        columns: ['产生日期', '类别', '包数', '重量（千克）', '交接日期', '转移联单号'],
        rows: waste.map((w) => [w.producedOn, WASTE_KINDS[w.kind], w.packages, kg(w.weightG), handedOverByEnd(w) ? w.handedOverOn! : '暂存', handedOverByEnd(w) ? w.manifestNo : '']),
      },
    ];

    const notes: string[] = [];
    if (clinic === null || clinic.type === null) notes.push('本院尚未登记内设医疗机构（医务室信息），诊疗与人员各项按已有记录统计。');
    if (encounters === 0) notes.push('本期没有诊疗记录，诊疗各项均为 0。');
    if (coverage.rows.length === 0) notes.push(`${end} 日终没有 65 周岁及以上的在院老人，健康管理率不适用。`);
    notes.push(`家庭医生签约率与签约医疗机构的服务到位见“${centreSection.authority}：${centreSection.title}”部分。`);
    return { figures, tables, traces, notes };
  },
});
