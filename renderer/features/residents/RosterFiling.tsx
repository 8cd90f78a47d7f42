import type { FilingDataOf } from '../../../core/filings/registry.ts';
import { FilingHeader, SignatureBlock } from '../filings/FilingHeader.tsx';

/** 住养老人名册 on A4 landscape: column widths in mm add up to the printable width (277 mm). */
export function RosterFiling({ filing }: { filing: FilingDataOf<'roster'> }) {
  const cols: [string, number][] = [
    ['序号', 10],
    ['床位', 16],
    ['姓名', 20],
    ['性别', 9],
    ['年龄', 9],
    ['身份证号', 40],
    ['入住日期', 22],
    ['能力等级', 18],
    ['费用类型', 17],
    ['紧急联系人', filing.showLeft ? 33 : 45],
    ['联系电话', filing.showLeft ? 26 : 28],
    ...(filing.showLeft
      ? ([
          ['状态', 13],
          ['离院/去世', 22],
        ] as [string, number][])
      : []),
  ];
  const s = filing.summary;
  return (
    <article className="filing">
      <FilingHeader filing={filing} />
      <table className="rows">
        <colgroup>
          {cols.map(([name, mm]) => (
            <col key={name} style={{ width: `${mm}mm` }} />
          ))}
        </colgroup>
        <thead>
          <tr>
            {cols.map(([name]) => (
              <th key={name}>{name}</th>
            ))}
          </tr>
        </thead>
        <tbody>
          {filing.rows.map((r) => (
            <tr key={r.no}>
              <td className="num">{r.no}</td>
              <td className="center">{r.bed}</td>
              <td>{r.name}</td>
              <td className="center">{r.sex}</td>
              <td className="num">{r.age}</td>
              <td className="mono">{r.idNumber}</td>
              <td className="center">{r.admissionDate}</td>
              <td className="center">{r.careLevel}</td>
              <td className="center">{r.paymentType}</td>
              <td>{r.contact}</td>
              <td className="mono">{r.contactPhone}</td>
              {filing.showLeft && (
                <>
                  <td className="center">{r.status}</td>
                  <td className="center">{r.leftOn}</td>
                </>
              )}
            </tr>
          ))}
        </tbody>
      </table>
      <SignatureBlock directorName={filing.institution.directorName}>
        <div className="summary">
          合计 {s.total} 人（男 {s.male} 人，女 {s.female} 人）；65 周岁及以上 {s.aged65} 人，80 周岁及以上 {s.aged80} 人。
          {s.byCareLevel.length > 0 && <>能力等级：{s.byCareLevel.map((l) => `${l.label} ${l.n} 人`).join('，')}。</>}
        </div>
      </SignatureBlock>
    </article>
  );
}
