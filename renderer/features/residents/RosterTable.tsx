import type { ReactNode } from 'react';
import type { RosterFilingRow, RosterSummary } from '../../../core/residents/filings.ts';
import { ColumnHead } from '../filings/ColumnHead.tsx';

/** Rows that go with the closing block onto its page, so totals and signatures never stand alone on the last one. */
const ROWS_WITH_CLOSING = 3;

/** The roster's table on A4 landscape: column widths in mm add up to the printable width (277 mm). */
export function RosterTable({ rows, showLeft, closing }: { rows: readonly RosterFilingRow[]; showLeft: boolean; closing?: ReactNode }) {
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
    ['紧急联系人', showLeft ? 33 : 45],
    ['联系电话', showLeft ? 26 : 28],
    ...(showLeft
      ? ([
          ['状态', 13],
          ['离院/去世', 22],
        ] as [string, number][])
      : []),
  ];
  return (
    <table className="rows">
      <ColumnHead columns={cols} />
      <tbody>{(closing ? rows.slice(0, -ROWS_WITH_CLOSING) : rows).map((r) => row(r))}</tbody>
      {closing && (
        // One unbreakable group: the last rows, then the totals and signatures, under the repeated header.
        <tbody className="keep-together">
          {rows.slice(-ROWS_WITH_CLOSING).map((r) => row(r))}
          <tr className="closing-row">
            <td colSpan={cols.length}>{closing}</td>
          </tr>
        </tbody>
      )}
    </table>
  );

  function row(r: RosterFilingRow) {
    return (
      <tr key={r.no}>
        <td className="num">{r.no}</td>
        <td className="center">{r.bed}</td>
        <td>
          {r.name}
          {r.allergies && <div className="allergy">过敏：{r.allergies}</div>}
        </td>
        <td className="center">{r.sex}</td>
        <td className="num">{r.age}</td>
        <td className="mono">{r.idNumber}</td>
        <td className="center">{r.admissionDate}</td>
        <td className="center">{r.careLevel}</td>
        <td className="center">{r.paymentType}</td>
        <td>{r.contact}</td>
        <td className="mono">{r.contactPhone}</td>
        {showLeft && (
          <>
            <td className="center">{r.status}</td>
            <td className="center">{r.leftOn}</td>
          </>
        )}
      </tr>
    );
  }
}

/** 合计 … in one sentence, as the roster ends. */
export function rosterSummaryText(s: RosterSummary): string {
  const levels = s.byCareLevel.length > 0 ? `能力等级：${s.byCareLevel.map((l) => `${l.label} ${l.n} 人`).join('，')}。` : '';
  return `合计 ${s.total} 人（男 ${s.male} 人，女 ${s.female} 人）；65 周岁及以上 ${s.aged65} 人，80 周岁及以上 ${s.aged80} 人。${levels}`;
}
