import type { FilingDataOf } from '../../../core/filings/registry.ts';
import { FINDING_STATUS } from '../../../core/policy/schema.ts';
import { FilingHeader, SignatureBlock } from '../filings/FilingHeader.tsx';
import { ColumnHead } from '../filings/ColumnHead.tsx';

const COLS: [string, number][] = [
  ['序号', 9],
  ['检查项目', 28],
  ['结论', 17],
  ['检查情况', 72],
  ['处理要求', 60],
  ['依据', 91],
];

/** 医养结合合规自查报告 on A4 landscape: each reviewer's findings with the clause and its words, then signatures. */
export function ComplianceFiling({ filing }: { filing: FilingDataOf<'compliance'> }) {
  const c = filing.counts;
  let no = 0;
  return (
    <article className="filing landscape-page compliance-filing">
      <FilingHeader filing={filing} />
      <p className="summary">
        按“{filing.profile}”的规定逐条检查：不符合 {c.violation} 项，需注意 {c.warning} 项，缺少资料 {c.missing_data} 项，符合 {c.ok} 项，不适用 {c.not_applicable} 项。
        {filing.anyUnverified && '标“待核实”的规定，其数值或条款未能与正式文本核对，以主管部门解释为准。'}
      </p>
      {filing.groups.map((g) => (
        <section key={g.authority}>
          <h3 className="group-title">{g.authority}</h3>
          <table className="rows">
            <ColumnHead columns={COLS} />
            <tbody>
              {g.findings.map((f) => (
                <tr key={`${f.rule}:${f.looked}`} className={`status-${f.status}`}>
                  <td className="num">{++no}</td>
                  <td>{f.label}</td>
                  <td className="center">
                    <strong>{FINDING_STATUS[f.status]}</strong>
                    {f.unverified && <div className="unverified">待核实</div>}
                  </td>
                  <td>{f.looked}</td>
                  <td>{f.fix || '—'}</td>
                  <td className="cite">
                    {f.profile}：{f.cite}
                    {f.quote && <div className="quote">“{f.quote}”</div>}
                    {f.note && <div className="note">注：{f.note}</div>}
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </section>
      ))}
      <SignatureBlock directorName={filing.institution.directorName}>
        <div className="summary">以上为本机构依据所列规定的自查结果，情况属实。</div>
      </SignatureBlock>
    </article>
  );
}
