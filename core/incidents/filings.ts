import { z, isoDate } from '../shared/fields.ts';
import { invalid } from '../shared/errors.ts';
import { showLocalMinute } from '../shared/dates.ts';
import { defineFiling, filingHeader } from '../filings/define.ts';
import type { FilingHeader } from '../filings/schema.ts';
import { INCIDENT_EDITORS } from './access.ts';
import { incidentsBetween } from './queries.ts';
import { INCIDENT_KINDS, INJURIES } from './schema.ts';

export const incidentRegisterInput = z
  .object({ from: isoDate('开始日期').nullable().default(null), to: isoDate('结束日期').nullable().default(null) })
  .strict()
  .refine((v) => v.from === null || v.to === null || v.from <= v.to, { message: '开始日期不能晚于结束日期', path: ['to'] });

export interface IncidentRegister extends FilingHeader {
  from: string;
  to: string;
  rows: {
    no: number;
    occurredAt: string;
    bed: string;
    name: string;
    kind: string;
    place: string;
    description: string;
    injury: string;
    actions: string;
    notified: string;
    followUp: string;
  }[];
  byKind: { label: string; n: number }[];
  notNotified: number;
  followUpOpen: number;
}

/**
 * 意外事件登记簿: every incident of a period with the time the family was told and the follow-up — what a 民政
 * inspector asks for under 养老机构管理办法 第十九条 and GB 38600's 九防. Default: the current month.
 */
export const incidentRegisterFiling = defineFiling({
  kind: 'incidents',
  title: '意外事件登记簿',
  layout: 'sheet',
  input: incidentRegisterInput,
  access: INCIDENT_EDITORS,
  cli: [
    { flag: 'from', field: 'from', type: 'string', help: '开始日期（默认本月 1 日）' },
    { flag: 'to', field: 'to', type: 'string', help: '结束日期（默认今天）' },
  ],
  example: ['--from', '2026-01-01'],
  describe: (input) => `${input.from ?? '本月 1 日'} 至 ${input.to ?? '今天'}`,
  build(ctx, input): IncidentRegister {
    const to = input.to ?? ctx.today;
    const from = input.from ?? `${to.slice(0, 7)}-01`;
    if (to > ctx.today) throw invalid(`结束日期不能晚于今天（${ctx.today}）`, 'input.to');
    if (from > to) throw invalid('开始日期不能晚于结束日期', 'input.to');
    const incidents = incidentsBetween(ctx.db, from, to);
    const byKind = new Map<string, number>();
    for (const i of incidents) byKind.set(INCIDENT_KINDS[i.kind], (byKind.get(INCIDENT_KINDS[i.kind]) ?? 0) + 1);
    return {
      ...filingHeader(ctx, '意外事件登记簿', `${from} 至 ${to}，共 ${incidents.length} 起`),
      from,
      to,
      rows: incidents.map((i, n) => ({
        no: n + 1,
        occurredAt: showLocalMinute(i.occurredAt),
        bed: i.bedLabel,
        name: i.residentName,
        kind: INCIDENT_KINDS[i.kind],
        place: i.place,
        description: i.witnesses ? `${i.description}（目击：${i.witnesses}）` : i.description,
        injury: INJURIES[i.injury],
        actions: i.actions,
        notified: i.familyNotifiedAt ? `${showLocalMinute(i.familyNotifiedAt)} ${i.familyNotifiedWhom}` : '未通知',
        followUp: i.followUpClosedOn ? `${i.followUp}（${i.followUpClosedOn} 结束）` : i.followUp || '进行中',
      })),
      byKind: Object.values(INCIDENT_KINDS)
        .map((label) => ({ label, n: byKind.get(label) ?? 0 }))
        .filter((k) => k.n > 0),
      notNotified: incidents.filter((i) => i.familyNotifiedAt === null).length,
      followUpOpen: incidents.filter((i) => i.followUpClosedOn === null).length,
    };
  },
});
