import type { FilingDataOf } from '../../../core/filings/registry.ts';
import { FilingHeader, SignatureBlock } from '../filings/FilingHeader.tsx';
import { LinesTable } from '../filings/LinesTable.tsx';
import { ColumnHead } from '../filings/ColumnHead.tsx';

const SERVICE_COLUMNS = [
  ['序号', 14],
  ['服务项目', 56],
  ['方式', 70],
  ['频次', 40],
] as const;

/** 签约医疗机构协议摘要 on one A4 portrait page (widths in mm add up to the printable 180 mm). */
export function AgreementFiling({ filing }: { filing: FilingDataOf<'agreement'> }) {
  return (
    <article className="filing">
      <FilingHeader filing={filing} />
      <LinesTable lines={filing.lines} />
      <h3 style={{ margin: '5mm 0 2mm' }}>约定的服务、方式和频次</h3>
      <table className="rows">
        <ColumnHead columns={SERVICE_COLUMNS} />
        <tbody>
          {filing.services.map((s) => (
            <tr key={s.no}>
              <td className="num">{s.no}</td>
              <td>{s.name}</td>
              <td>{s.way}</td>
              <td className="center">{s.frequency}</td>
            </tr>
          ))}
        </tbody>
      </table>
      <SignatureBlock directorName={filing.institution.directorName}>
        <div className="summary">协议期内已登记来访 {filing.visitCount} 次。</div>
      </SignatureBlock>
    </article>
  );
}
