import { allAgreements, readFulfilment, visitsBetween } from '../../agreements/queries.ts';
import { readCoverage } from '../../signings/queries.ts';
import { definePackSection, type PackFigure, type PackTable } from '../define.ts';

const pct = (p: number | null) => (p === null ? '—' : `${p}%`);

/**
 * 卫健: the contracted centre's 服务到位 — each agreement's services agreed against delivered per month of the
 * period, the gaps in words, every visit as the appendix (000 四(二); 002 (二); 004 第4条) — and the family-doctor
 * signing coverage of all residents and of those aged 65+ at the period's end against the region's target.
 */
export const centreSection = definePackSection({
  key: 'centre',
  authority: '卫健',
  title: '签约医疗机构服务到位与家庭医生签约',
  build(ctx, period) {
    const end = period.to < ctx.today ? period.to : ctx.today;
    const agreements = allAgreements(ctx.db, ctx.today).filter((a) => a.startsOn <= end && a.endsOn >= period.from);
    const visits = visitsBetween(ctx.db, period.from, end);
    const figures: PackFigure[] = [];
    const tables: PackTable[] = [];
    const notes: string[] = [];
    let gaps = 0;
    for (const a of agreements) {
      const f = readFulfilment(ctx.db, ctx.today, { id: a.id, grain: 'month', from: period.from, to: end });
      gaps += f.gapLines.length;
      notes.push(...f.gapLines.map((l) => `${a.partnerName}：${l}`));
      tables.push({
        title: `${a.partnerName}（${a.startsOn} 至 ${a.endsOn}）服务到位`,
        columns: ['期间', ...a.services.map((s) => `${s.name} 实际/约定`), '来访 实际/最低'],
        rows: [...f.periods, ...(f.total && f.periods.length > 1 ? [f.total] : [])].map((p) => [
          p.label,
          ...p.services.map((s) => (s.agreed === null ? `${s.delivered}/不考核` : `${s.delivered}/${s.agreed}${s.gap > 0 ? `（少 ${s.gap}）` : ''}`)),
          p.visits.minimum === null ? p.visits.delivered : `${p.visits.delivered}/${p.visits.minimum}${p.visits.gap > 0 ? `（少 ${p.visits.gap}）` : ''}`,
        ]),
        note: `${f.basis.text}${f.minimum ? ` 政策最低频次：${f.minimum.text}（${f.minimum.cite}）${f.minimum.unverified ? '（待核实）' : ''}。` : ''}`,
      });
    }
    if (agreements.length === 0) notes.push('本期没有在履行的签约协议：养老机构应与医疗卫生机构签约合作，请在“签约医疗机构”中录入协议。');
    const counted = visits.filter((v) => v.counted);
    figures.push(
      { label: '在履行的签约协议', value: agreements.length, unit: '份', basis: '协议期与本期有交叉的签约协议（000 四(二)；002 (二)）' },
      { label: '签约机构来访', value: counted.length, unit: '次', basis: '本期按协议登记的来访，每次到院算一次；由养老机构护士签收', trace: 'visits' },
      { label: '协议外临时来访', value: visits.length - counted.length, unit: '次', basis: '协议期外的来访，单列，不计入履约', trace: 'visits' },
      { label: '诊视老人', value: counted.reduce((n, v) => n + v.residentCount, 0), unit: '人次', basis: '本期各次来访诊视的老人人次' },
      { label: '未达约定的项目', value: gaps, unit: '处', basis: '按月统计约定次数与实际次数，少于约定或政策最低频次的各算一处，明细见下文说明' },
    );
    const coverage = readCoverage(ctx.db, ctx.today, { asOf: end, expiringWithinDays: 30 });
    const t = coverage.target;
    figures.push(
      { label: '期末在院老人家庭医生签约率', value: pct(coverage.all.percent), unit: '', basis: `已签约 ${coverage.all.signed} 人 ÷ 在院 ${coverage.all.residents} 人（${end} 日终，签约在有效期内）` },
      {
        label: '65 岁及以上老人签约率',
        value: pct(coverage.aged65.percent),
        unit: '',
        basis: `已签约 ${coverage.aged65.signed} 人 ÷ 65 岁及以上在院 ${coverage.aged65.residents} 人；目标：${t ? `${t.text}${t.met === true ? '，已达到' : t.met === false ? '，未达到' : ''}（${t.cite}）` : '本地区未规定'}`,
        ...(t?.unverified ? { unverified: true as const } : {}),
      },
      {
        label: '已签约 65 岁及以上老人今年免费体检',
        value: `${coverage.exams.doneThisYear}/${coverage.exams.signedAged65}`,
        unit: '人',
        basis: '签约机构来访时完成的年度体检（004 第4条：对65周岁及以上已签约老人每年一次免费健康体检）',
      },
    );
    return {
      figures,
      tables,
      notes,
      traces: [
        {
          key: 'visits',
          title: '签约机构来访记录',
          columns: ['日期', '时间', '签约机构', '来访人员', '提供的服务', '诊视人数', '性质'],
          rows: visits.map((v) => [
            v.visitOn,
            v.endsAt ? `${v.startsAt}–${v.endsAt}` : v.startsAt,
            v.partnerName,
            v.staff.map((s) => `${s.name}（${s.role}）`).join('、'),
            v.services.map((s) => s.name).join('、'),
            v.residentCount,
            v.counted ? '按协议' : '协议外，不计',
          ]),
        },
      ],
    };
  },
});
