import type { FilingDataOf } from '../../../core/filings/registry.ts';
import { FilingHeader, SignatureBlock } from '../filings/FilingHeader.tsx';
import { ColumnHead } from '../filings/ColumnHead.tsx';

const COLUMNS: [string, number][] = [
  ['序号', 9],
  ['发生时间', 22],
  ['床位', 14],
  ['姓名', 16],
  ['类别', 16],
  ['地点', 18],
  ['经过', 56],
  ['伤情', 14],
  ['当即处置', 44],
  ['通知家属', 30],
  ['随访', 38],
];

/** 意外事件登记簿 on A4 landscape (widths in mm add up to the printable 277 mm). */
export function IncidentRegisterFiling({ filing }: { filing: FilingDataOf<'incidents'> }) {
  return (
    <article className="filing landscape-page">
      <FilingHeader filing={filing} />
      {filing.rows.length === 0 ? (
        <p className="summary">
          {filing.from} 至 {filing.to} 没有登记意外事件。
        </p>
      ) : (
        <table className="rows">
          <ColumnHead columns={COLUMNS} />
          <tbody>
            {filing.rows.map((r) => (
              <tr key={r.no}>
                <td className="num">{r.no}</td>
                <td className="center">{r.occurredAt}</td>
                <td className="center">{r.bed}</td>
                <td>{r.name}</td>
                <td className="center">{r.kind}</td>
                <td>{r.place}</td>
                <td>{r.description}</td>
                <td className="center">{r.injury}</td>
                <td>{r.actions}</td>
                <td>{r.notified}</td>
                <td>{r.followUp}</td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
      <SignatureBlock directorName={filing.institution.directorName}>
        <div className="summary">
          共 {filing.rows.length} 起
          {filing.byKind.length > 0 && <>：{filing.byKind.map((k) => `${k.label} ${k.n} 起`).join('，')}</>}。未通知家属 {filing.notNotified} 起，随访进行中{' '}
          {filing.followUpOpen} 起。
        </div>
      </SignatureBlock>
    </article>
  );
}
