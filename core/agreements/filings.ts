import { z, isoDate, entityId } from '../shared/fields.ts';
import { invalid } from '../shared/errors.ts';
import { defineFiling, filingHeader, tablesWorkbook, type SheetTable } from '../filings/define.ts';
import type { FilingHeader } from '../filings/schema.ts';
import { ATTACHMENT_STATUS } from '../attachments/schema.ts';
import { AGREEMENT_READERS } from './access.ts';
import { agreementDetail } from './detail.ts';
import { readFulfilment } from './readFulfilment.ts';
import { defaultAgreementId, visitsBetween } from './queries.ts';
import type { Db } from '../../db/open.ts';
import { AGREEMENT_STATES, FEE_PAYERS, GRAINS, frequencyText, type AgreementDetail, type AgreementFulfilment, type Grain } from './schema.ts';
import type { PeriodCount } from './fulfilment.ts';

const idOption = { flag: 'id', field: 'id', type: 'int', help: '协议编号（默认正在履行的协议）' } as const;
const idField = entityId('协议').nullable().default(null);

function chosenAgreement(db: Db, today: string, id: number | null): number {
  const chosen = id ?? defaultAgreementId(db, today);
  if (chosen === null) throw invalid('还没有录入签约协议，请先在“签约医疗机构”中录入', 'input.id');
  return chosen;
}

const agreementLines = (a: AgreementDetail) => [
  ['签约机构', a.partnerName],
  ['统一社会信用代码', a.partnerCreditCode],
  ['地址', a.partnerAddress],
  ['联系人及电话', `${a.partnerContact}　${a.partnerPhone}`],
  ['协议期限', `${a.startsOn} 至 ${a.endsOn}（${AGREEMENT_STATES[a.state]}）`],
  ['费用', `${a.feeYuan === 0 ? '免费' : `${a.feeYuan.toFixed(2)} 元/年`}，${FEE_PAYERS[a.feePayer]}${a.feeNote ? `（${a.feeNote}）` : ''}`],
  ['养老机构的责任', a.homeDuties],
  ['签约机构的责任', a.partnerDuties],
  ['来访人员责任险', a.insurer ? `${a.insurer}，保单号 ${a.policyNo || '—'}，${a.insuranceExpiresOn ?? '—'} 到期` : '未登记'],
  [
    '协议扫描件',
    a.attachment === null
      ? '未附'
      : `${a.attachment.fileName}（${ATTACHMENT_STATUS[a.attachment.status]}${a.attachment.status === 'ok' ? `，SHA-256 ${a.attachment.sha256.slice(0, 16)}…` : ''}）`,
  ],
  ['备注', a.notes || '—'],
] as [string, string][];

export interface AgreementSummary extends FilingHeader {
  id: number;
  lines: [string, string][];
  services: { no: number; name: string; way: string; frequency: string }[];
  visitCount: number;
}

const servicesTable = (a: AgreementDetail) => a.services.map((s, i) => ({ no: i + 1, name: s.name, way: s.way || '—', frequency: frequencyText(s) }));

/** 签约协议摘要: the partner, term, services with way and frequency, fees, duties, insurance and the scan — one page for the file. */
export const agreementFiling = defineFiling({
  kind: 'agreement',
  title: '签约医疗机构协议摘要',
  layout: 'sheet',
  input: z.object({ id: idField }).strict(),
  access: AGREEMENT_READERS,
  cli: [idOption],
  example: ['--id', '2'],
  describe: (input) => (input.id === null ? '正在履行的协议' : `协议 ${input.id}`),
  build(ctx, input): AgreementSummary {
    const a = agreementDetail(ctx.db, chosenAgreement(ctx.db, ctx.today, input.id), ctx.today);
    return {
      ...filingHeader(ctx, '签约医疗机构协议摘要', `${a.partnerName}，${a.startsOn} 至 ${a.endsOn}`),
      id: a.id,
      lines: agreementLines(a),
      services: servicesTable(a),
      visitCount: a.visitCount,
    };
  },
  workbook: (data, ExcelJS) =>
    tablesWorkbook(
      data,
      [
        { title: '协议概况', columns: ['项目', '内容'], rows: data.lines },
        { title: '约定服务', columns: ['序号', '服务项目', '方式', '频次'], rows: data.services.map((s) => [s.no, s.name, s.way, s.frequency]) },
      ],
      ExcelJS,
    ),
});

export const fulfilmentReportInput = z
  .object({
    id: idField,
    from: isoDate('开始日期').nullable().default(null),
    to: isoDate('结束日期').nullable().default(null),
    grain: z.enum(Object.keys(GRAINS) as [Grain, ...Grain[]]).default('month'),
  })
  .strict();

export interface FulfilmentReport extends FilingHeader {
  lines: [string, string][];
  services: { no: number; name: string; way: string; frequency: string }[];
  fulfilment: Omit<AgreementFulfilment, 'agreement'>;
  quarters: PeriodCount[];
  serviceNames: string[];
  visits: { no: number; day: string; time: string; staff: string; services: string; residents: number; kind: string; signedOffBy: string }[];
}

/**
 * 履约情况报告 for supervisors (000 四(二); 002 (二)): the agreement, delivered against agreed per month and quarter
 * with the profile's minimum, the gaps stated in words, how the app counts, and every visit as the appendix.
 * Default: this year up to today.
 */
export const fulfilmentFiling = defineFiling({
  kind: 'fulfilment',
  title: '签约医疗机构履约情况报告',
  layout: 'document',
  input: fulfilmentReportInput,
  access: AGREEMENT_READERS,
  cli: [
    idOption,
    { flag: 'from', field: 'from', type: 'string', help: '开始日期（默认今年 1 月 1 日）' },
    { flag: 'to', field: 'to', type: 'string', help: '结束日期（默认今天）' },
    { flag: 'grain', field: 'grain', type: 'string', help: '统计周期：week、month（默认）、quarter 或 year' },
  ],
  example: ['--id', '2', '--from', '2026-07-01', '--to', '2026-09-30'],
  describe: (input) => `${input.id === null ? '正在履行的协议' : `协议 ${input.id}`}，${input.from ?? '今年 1 月 1 日'} 至 ${input.to ?? '今天'}`,
  build(ctx, input): FulfilmentReport {
    const to = input.to ?? ctx.today;
    const from = input.from ?? `${to.slice(0, 4)}-01-01`;
    if (from > to) throw invalid('开始日期不能晚于结束日期', 'input.to');
    const id = chosenAgreement(ctx.db, ctx.today, input.id);
    const a = agreementDetail(ctx.db, id, ctx.today);
    const { agreement: _a, ...fulfilment } = readFulfilment(ctx.db, ctx.today, { id, grain: input.grain, from, to });
    const quarters = input.grain === 'quarter' ? [] : readFulfilment(ctx.db, ctx.today, { id, grain: 'quarter', from, to }).periods;
    const visits = visitsBetween(ctx.db, from, to < ctx.today ? to : ctx.today, id);
    return {
      ...filingHeader(ctx, '签约医疗机构履约情况报告', `${a.partnerName}，${from} 至 ${to}`),
      lines: agreementLines(a),
      services: servicesTable(a),
      fulfilment,
      quarters,
      serviceNames: a.services.map((s) => s.name),
      visits: visits.map((v, i) => ({
        no: i + 1,
        day: v.visitOn,
        time: v.endsAt ? `${v.startsAt}–${v.endsAt}` : v.startsAt,
        staff: v.staff.map((s) => `${s.name}（${s.role}）`).join('、'),
        services: v.services.map((s) => s.name).join('、'),
        residents: v.residentCount,
        kind: v.counted ? (v.unplanned ? '临时加诊' : '按协议') : '协议外，不计',
        signedOffBy: v.signedOffByName,
      })),
    };
  },
  workbook(data, ExcelJS) {
    const periodTable = (title: string, periods: PeriodCount[]): SheetTable => ({
      title,
      columns: ['期间', '覆盖天数', ...data.serviceNames.flatMap((n) => [`${n} 约定`, `${n} 实际`, `${n} 缺口`]), '来访次数', '政策最低', '来访缺口'],
      rows: periods.map((p) => [
        p.label,
        p.coveredDays,
        ...p.services.flatMap((s) => [s.agreed ?? '不考核', s.delivered, s.gap]),
        p.visits.delivered,
        p.visits.minimum ?? '—',
        p.visits.gap,
      ]),
      note: data.fulfilment.basis.text,
    });
    const f = data.fulfilment;
    return tablesWorkbook(
      data,
      [
        { title: '协议概况', columns: ['项目', '内容'], rows: data.lines },
        periodTable(`按${GRAINS[f.grain]}统计`, [...f.periods, ...(f.total ? [f.total] : [])]),
        ...(data.quarters.length ? [periodTable('按季度统计', data.quarters)] : []),
        { title: '未达约定的情况', columns: ['说明'], rows: f.gapLines.length ? f.gapLines.map((l) => [l]) : [['所选期间约定的服务均已按次数提供。']] },
        {
          title: '来访记录',
          columns: ['序号', '日期', '时间', '来访人员', '提供的服务', '诊视人数', '性质', '签收'],
          rows: data.visits.map((v) => [v.no, v.day, v.time, v.staff, v.services, v.residents, v.kind, v.signedOffBy]),
        },
      ],
      ExcelJS,
    );
  },
});
