import type { FilingDataOf } from '../../../core/filings/registry.ts';
import { FilingDocument, type DocumentPart } from '../filings/FilingDocument.tsx';
import { SignatureBlock } from '../filings/FilingHeader.tsx';
import { rosterSummaryText, RosterTable } from './RosterTable.tsx';

type Book = FilingDataOf<'roster-book'>;

function Overview({ filing }: { filing: Book }) {
  const s = filing.summary;
  return (
    <>
      <p className="summary">{rosterSummaryText(s)}</p>
      <table className="rows facts">
        <thead>
          <tr>
            <th>楼层</th>
            <th>在住</th>
            <th>男</th>
            <th>女</th>
            <th>65 周岁及以上</th>
            <th>80 周岁及以上</th>
          </tr>
        </thead>
        <tbody>
          {filing.floors.map((f) => (
            <tr key={f.floor}>
              <td className="center">{f.floor} 楼</td>
              <td className="num">{f.summary.total}</td>
              <td className="num">{f.summary.male}</td>
              <td className="num">{f.summary.female}</td>
              <td className="num">{f.summary.aged65}</td>
              <td className="num">{f.summary.aged80}</td>
            </tr>
          ))}
        </tbody>
      </table>
      <p className="summary">费用类型：{s.byPaymentType.map((p) => `${p.label} ${p.n} 人`).join('，') || '无'}。</p>
      <p className="summary">
        {filing.from} 至 {filing.to} 离院或去世 {filing.departures.length} 人，名单见附录。
      </p>
      <SignatureBlock directorName={filing.institution.directorName} />
    </>
  );
}

/** 住养老人名册（分册）: cover, contents, an overview, one landscape section per floor, departures as an appendix. */
export function RosterBookFiling({ filing }: { filing: Book }) {
  const parts: DocumentPart[] = [
    { id: 'overview', title: '在住老人概况', content: <Overview filing={filing} /> },
    ...filing.floors.map((f) => ({
      id: `floor-${f.floor}`,
      title: `${f.floor} 楼在住老人名册（${f.summary.total} 人）`,
      landscape: true,
      content: <RosterTable rows={f.rows} showLeft={false} />,
    })),
    {
      id: 'departures',
      title: `${filing.from} 至 ${filing.to} 离院与去世名单（${filing.departures.length} 人）`,
      appendix: true,
      landscape: true,
      content: filing.departures.length > 0 ? <RosterTable rows={filing.departures} showLeft /> : <p>本期间没有老人离院或去世。</p>,
    },
  ];
  return <FilingDocument filing={filing} period={filing.scope} parts={parts} />;
}
