import { z, isoDate } from '../shared/fields.ts';
import { defineFiling, filingHeader, tablesWorkbook } from '../filings/define.ts';
import type { FilingHeader } from '../filings/schema.ts';
import { SIGNING_READERS } from './access.ts';
import { readCoverage } from './coverage.ts';
import { SIGNING_STATUS, type Coverage } from './schema.ts';

export interface SigningList extends FilingHeader {
  coverage: Omit<Coverage, 'rows'>;
  rows: { no: number; bed: string; name: string; age: number; aged65: string; status: string; team: string; doctor: string; term: string; pkg: string; exam: string }[];
}

const percent = (p: number | null) => (p === null ? '—' : `${p}%`);

/**
 * 家庭医生签约名单: every resident in residence with their signing, the coverage for all and for 65+ against the
 * region's target (济南 ≥85%, 003 第3条; 南京 应签尽签; 长宁 愿签尽签), and the signed 65+ residents' yearly exam.
 */
export const signingFiling = defineFiling({
  kind: 'signing',
  title: '家庭医生签约名单',
  layout: 'sheet',
  input: z.object({ asOf: isoDate('统计日期').nullable().default(null) }).strict(),
  access: SIGNING_READERS,
  cli: [{ flag: 'as-of', field: 'asOf', type: 'string', help: '统计日期（默认今天）' }],
  example: [],
  describe: (input) => `截至 ${input.asOf ?? '今天'}`,
  build(ctx, input): SigningList {
    const { rows, ...coverage } = readCoverage(ctx.db, ctx.today, { asOf: input.asOf, expiringWithinDays: 30 });
    return {
      ...filingHeader(ctx, '家庭医生签约名单', `截至 ${coverage.asOf}，在院 ${rows.length} 人`),
      coverage,
      rows: rows.map((r, i) => ({
        no: i + 1,
        bed: r.bedLabel,
        name: r.name,
        age: r.age,
        aged65: r.aged65 ? '是' : '',
        status: r.lapsedOn ? `未签约（${r.lapsedOn} 到期未续）` : SIGNING_STATUS[r.status],
        team: r.signing?.team ?? '',
        doctor: r.signing?.doctor ?? '',
        term: r.signing ? `${r.signing.signedOn} 至 ${r.signing.expiresOn}` : '',
        pkg: r.signing?.package ?? '',
        exam: r.aged65 && r.signing ? (r.examThisYear ? `${r.examThisYear} 已做` : '待做') : '',
      })),
    };
  },
  workbook: (data, ExcelJS) =>
    tablesWorkbook(
      data,
      [
        {
          title: '签约覆盖率',
          columns: ['口径', '在院人数', '已签约', '签约率', '目标'],
          rows: [
            ['全体在院老人', data.coverage.all.residents, data.coverage.all.signed, percent(data.coverage.all.percent), ''],
            ['65 岁及以上', data.coverage.aged65.residents, data.coverage.aged65.signed, percent(data.coverage.aged65.percent), data.coverage.target?.text ?? '本地区未规定'],
          ],
          note: data.coverage.target ? `依据：${data.coverage.target.cite}${data.coverage.target.unverified ? '（待核实）' : ''}` : undefined,
        },
        {
          title: '签约名单',
          columns: ['序号', '床位', '姓名', '年龄', '65岁及以上', '签约状态', '签约团队', '家庭医生', '签约期限', '服务包', '今年免费体检'],
          rows: data.rows.map((r) => [r.no, r.bed, r.name, r.age, r.aged65, r.status, r.team, r.doctor, r.term, r.pkg, r.exam]),
        },
      ],
      ExcelJS,
    ),
});
