import dayjs from 'dayjs';
import { defineFiling, filingHeader } from '../filings/define.ts';
import type { FilingHeader } from '../filings/schema.ts';
import { MONTHLY_READERS } from './access.ts';
import { monthlyInput } from './schema.ts';
import { monthlyReport, type MonthlyReport } from './report.ts';
import { clinicProfile } from '../clinic/queries.ts';

export interface ClinicMonthlyFiling extends FilingHeader, MonthlyReport {
  clinicName: string;
}

const monthOf = (input: { month: string | null }, today: string) => input.month ?? today.slice(0, 7);

/** 医务室月报 (clinic-monthly): the month's encounters, rounds, infusions and referrals, and the medical/care fee split. */
export const clinicMonthlyFiling = defineFiling({
  kind: 'clinic-monthly',
  title: '医务室诊疗工作月报',
  layout: 'sheet',
  input: monthlyInput,
  access: MONTHLY_READERS,
  cli: [{ flag: 'month', field: 'month', type: 'string', help: '月份，如 2026-11（默认本月）' }],
  example: [],
  describe: (input) => `${input.month ?? '本月'}的门诊、床边巡诊、输液、转诊与收费`,
  build(ctx, input): ClinicMonthlyFiling {
    const month = monthOf(input, ctx.today);
    const report = monthlyReport(ctx.db, month);
    const label = dayjs(`${month}-01`).format('YYYY 年 M 月');
    return { ...filingHeader(ctx, '医务室诊疗工作月报', `${label}（${report.from} 至 ${report.to}）`), ...report, clinicName: clinicProfile(ctx.db)?.name ?? '' };
  },
});
