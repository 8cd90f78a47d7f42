import type { FilingDataOf } from '../../../core/filings/registry.ts';
import { FilingHeader, SignatureBlock } from '../filings/FilingHeader.tsx';
import { ColumnHead } from '../filings/ColumnHead.tsx';

const COLUMNS: [string, number][] = [
  ['序号', 10],
  ['床位', 16],
  ['姓名', 18],
  ['年龄', 11],
  ['65岁+', 12],
  ['签约状态', 34],
  ['签约团队', 40],
  ['家庭医生', 18],
  ['签约期限', 42],
  ['服务包', 36],
  ['今年体检', 30],
];

const percent = (p: number | null) => (p === null ? '—' : `${p}%`);

/** 家庭医生签约名单 on A4 landscape (widths add up to 267 of the printable 277 mm), coverage above the list. */
export function SigningFiling({ filing }: { filing: FilingDataOf<'signing'> }) {
  const c = filing.coverage;
  return (
    <article className="filing landscape-page">
      <FilingHeader filing={filing} />
      <p className="summary">
        在院老人 {c.all.residents} 人，已签约 {c.all.signed} 人，签约率 {percent(c.all.percent)}；其中 65 岁及以上 {c.aged65.residents} 人，已签约 {c.aged65.signed} 人，签约率{' '}
        {percent(c.aged65.percent)}。
        {c.target ? (
          <>
            {' '}
            目标：{c.target.text}
            {c.target.met === true && '，已达到'}
            {c.target.met === false && '，尚未达到'}（{c.target.profile}，{c.target.cite}
            {c.target.unverified ? '，待核实' : ''}）。
          </>
        ) : (
          ' 本地区未规定签约率目标。'
        )}
        已签约的 65 岁及以上老人 {c.exams.signedAged65} 人，今年已做免费体检 {c.exams.doneThisYear} 人，待做 {c.exams.due} 人。
      </p>
      <table className="rows">
        <ColumnHead columns={COLUMNS} />
        <tbody>
          {filing.rows.map((r) => (
            <tr key={r.no}>
              <td className="num">{r.no}</td>
              <td className="center">{r.bed}</td>
              <td>{r.name}</td>
              <td className="num">{r.age}</td>
              <td className="center">{r.aged65}</td>
              <td>{r.status}</td>
              <td>{r.team}</td>
              <td>{r.doctor}</td>
              <td className="center">{r.term}</td>
              <td>{r.pkg}</td>
              <td className="center">{r.exam}</td>
            </tr>
          ))}
        </tbody>
      </table>
      <SignatureBlock directorName={filing.institution.directorName} />
    </article>
  );
}
