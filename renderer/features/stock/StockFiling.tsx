import type { FilingDataOf } from '../../../core/filings/registry.ts';
import { FilingHeader, SignatureBlock } from '../filings/FilingHeader.tsx';
import { ColumnHead } from '../filings/ColumnHead.tsx';

const COLS: [string, number][] = [
  ['药品及规格', 62],
  ['批号', 34],
  ['有效期至', 24],
  ['供货单位', 58],
  ['入库日期', 24],
  ['批号库存', 18],
  ['可用合计', 18],
  ['效期状态', 39],
];

/** 药品库存及近效期登记表 on A4 landscape: batches in stock, expired and near-expiry marked, low stock noted. */
export function StockFiling({ filing }: { filing: FilingDataOf<'stock'> }) {
  const s = filing.summary;
  return (
    <article className="filing landscape-page">
      <FilingHeader filing={filing} />
      <table className="rows">
        <ColumnHead columns={COLS} />
        <tbody>
          {filing.rows.length === 0 && (
            <tr>
              <td colSpan={COLS.length} className="center">
                没有在库的批号
              </td>
            </tr>
          )}
          {filing.rows.map((r, i) => (
            <tr key={i}>
              <td>{r.usable !== null ? r.drug : ''}</td>
              <td className="mono">{r.batchNo}</td>
              <td className="center">{r.expiresOn}</td>
              <td>{r.supplier}</td>
              <td className="center">{r.receivedOn}</td>
              <td className="num">
                {r.qty} {r.unit}
              </td>
              <td className={r.usable !== null && r.low ? 'num alert' : 'num'}>{r.usable !== null ? `${r.usable} ${r.unit}${r.low ? '（低）' : ''}` : ''}</td>
              <td className={r.level === 'expired' || r.level === 'soon' ? 'center alert' : 'center'}>{r.state}</td>
            </tr>
          ))}
        </tbody>
      </table>
      <SignatureBlock directorName={filing.institution.directorName}>
        <div className="summary">
          在库药品 {s.drugs} 种、批号 {s.batches} 个；已过期 {s.expired} 个（不得使用，应报损销毁），{filing.remindDays[1]} 天内到期 {s.soon} 个，{filing.remindDays[0]} 天内到期 {s.near}{' '}
          个；低于提醒数量的药品 {s.low} 种。
        </div>
      </SignatureBlock>
    </article>
  );
}
