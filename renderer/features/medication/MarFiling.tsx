import type { FilingDataOf } from '../../../core/filings/registry.ts';
import { FilingHeader, SignatureBlock } from '../filings/FilingHeader.tsx';

const DRUG_MM = 52;
const TIME_MM = 11;
/** A4 landscape's printable width, less the drug and time columns, shared by the month's days. */
const dayMm = (days: number) => (267 - DRUG_MM - TIME_MM) / days;

/** 给药记录单 on A4 landscape: a line per order and time of day, a column per day; exceptions explained below. */
export function MarFiling({ filing }: { filing: FilingDataOf<'mar'> }) {
  const days = Array.from({ length: filing.days }, (_, i) => i + 1);
  const t = filing.totals;
  return (
    <article className="filing landscape-page">
      <FilingHeader filing={filing} />
      <p className="summary">
        老人：{filing.resident.name}　床位：{filing.resident.bedLabel}　入住：{filing.resident.admissionDate}
        {filing.resident.leftOn && `　离院：${filing.resident.leftOn}`}
        {filing.clinicName && `　医疗机构：${filing.clinicName}`}
      </p>
      <table className="rows mar-grid">
        <colgroup>
          <col style={{ width: `${DRUG_MM}mm` }} />
          <col style={{ width: `${TIME_MM}mm` }} />
          {days.map((d) => (
            <col key={d} style={{ width: `${dayMm(filing.days)}mm` }} />
          ))}
        </colgroup>
        <thead>
          <tr>
            <th>药品 / 剂量 / 途径 / 频次</th>
            <th>时间</th>
            {days.map((d) => (
              <th key={d}>{d}</th>
            ))}
          </tr>
        </thead>
        <tbody>
          {filing.lines.length === 0 && (
            <tr>
              <td colSpan={days.length + 2} className="center">
                本月没有医嘱
              </td>
            </tr>
          )}
          {filing.lines.map((l) => (
            <tr key={`${l.orderId} ${l.time}`}>
              <td>
                {l.drugName}
                {l.spec && l.spec !== l.dose && `（${l.spec}）`}　{l.dose} {l.route} {l.frequency}
                <br />
                <small>
                  {l.longTerm ? '长期' : '临时'} {l.startAt.slice(5)} 起{l.stopAt && `，${l.stopAt.replace(' 24:00', '').slice(5)} 停`}（{l.prescriber}）
                </small>
              </td>
              <td className="center">{l.time}</td>
              {l.marks.map((m, i) => (
                <td key={i} className={m === '✓' || m === '' ? 'center' : 'center alert'}>
                  {m}
                </td>
              ))}
            </tr>
          ))}
        </tbody>
      </table>
      <p className="summary">
        标记：✓ 已给　迟 迟给（超过应给时间 1 小时）　拒 拒服　停 暂停　漏 漏给　— 应给未记录。本月应给 {t.due} 次：已给 {t.given} 次（其中迟给 {t.late} 次），拒服 {t.refused}{' '}
        次，暂停 {t.held} 次，漏给 {t.missed} 次，未记录 {t.unrecorded} 次。
      </p>
      {filing.notes.length > 0 && (
        <table className="rows">
          <colgroup>
            <col style={{ width: '26mm' }} />
            <col style={{ width: '14mm' }} />
            <col style={{ width: '60mm' }} />
            <col style={{ width: '12mm' }} />
            <col />
          </colgroup>
          <thead>
            <tr>
              <th>日期</th>
              <th>时间</th>
              <th>药品</th>
              <th>标记</th>
              <th>说明（记录人）</th>
            </tr>
          </thead>
          <tbody>
            {filing.notes.map((n, i) => (
              <tr key={i}>
                <td className="center">{n.date}</td>
                <td className="center">{n.time}</td>
                <td>{n.drugName}</td>
                <td className="center">{n.mark}</td>
                <td>{n.text}</td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
      <SignatureBlock directorName={filing.institution.directorName} />
    </article>
  );
}
