import type { FilingDataOf } from '../../../core/filings/registry.ts';
import { FilingHeader, SignatureBlock } from '../filings/FilingHeader.tsx';
import { ColumnHead } from '../filings/ColumnHead.tsx';

const COLS: [string, number][] = [
  ['序号', 9],
  ['姓名', 17],
  ['类别', 18],
  ['执业类别/范围', 32],
  ['职称', 16],
  ['执业证书编号', 38],
  ['执业地点', 38],
  ['首次注册', 21],
  ['年限', 10],
  ['发证日期', 21],
  ['有效期至', 21],
  ['状态', 36],
];

/** 医务人员执业证书登记表 on A4 landscape: licences with expiries; expired and soon-expiring ones marked. */
export function LicencesFiling({ filing }: { filing: FilingDataOf<'licences'> }) {
  const s = filing.summary;
  return (
    <article className="filing landscape-page">
      <FilingHeader filing={filing} />
      <p className="summary">
        医疗机构：{filing.clinic.name}
        {filing.clinic.type && `（${filing.clinic.type}）`}
        {filing.clinic.filing && `　${filing.clinic.filing}`}
      </p>
      <table className="rows">
        <ColumnHead columns={COLS} />
        <tbody>
          {filing.rows.map((r) => (
            <tr key={r.no}>
              <td className="num">{r.no}</td>
              <td>{r.name}</td>
              <td className="center">{r.profession}</td>
              <td>{[r.category, r.scope].filter(Boolean).join(' / ')}</td>
              <td className="center">{r.title}</td>
              <td className="mono">{r.licenceNo}</td>
              <td>{r.site}</td>
              <td className="center">{r.registeredOn}</td>
              <td className="num">{r.years}</td>
              <td className="center">{r.issuedOn}</td>
              <td className="center">{r.expiresOn}</td>
              <td className={r.level === 'expired' || r.level === 'soon' ? 'center alert' : 'center'}>{r.state}</td>
            </tr>
          ))}
        </tbody>
      </table>
      <SignatureBlock directorName={filing.institution.directorName}>
        <div className="summary">
          在岗 {s.byProfession.map((p) => `${p.label} ${p.n} 人`).join('，') || '0 人'}；已过期 {s.expired} 人，{filing.remindDays[1]} 天内到期 {s.soon} 人，
          {filing.remindDays[0]} 天内到期 {s.near} 人。
        </div>
      </SignatureBlock>
    </article>
  );
}
