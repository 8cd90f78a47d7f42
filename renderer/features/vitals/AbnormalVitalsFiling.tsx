import type { FilingDataOf } from '../../../core/filings/registry.ts';
import { FilingHeader, SignatureBlock } from '../filings/FilingHeader.tsx';
import { RangeSourcesTable } from './RangeSourcesTable.tsx';
import './vitals-filing.css';
import { ColumnHead } from '../filings/ColumnHead.tsx';

/** Column widths in mm: they add up to the printable width of A4 portrait (182 mm). */
const COLUMNS: [string, number][] = [
  ['序号', 9],
  ['床位', 15],
  ['姓名', 17],
  ['性别年龄', 15],
  ['测量时间', 27],
  ['异常项目与数值（判读）', 62],
  ['程度', 16],
  ['备注', 21],
];

/** 生命体征异常名单, A4 portrait: the day's abnormal readings, the week's trend of the clearly abnormal, the bands' sources. */
export function AbnormalVitalsFiling({ filing }: { filing: FilingDataOf<'abnormal-vitals'> }) {
  const severe = new Set(filing.rows.filter((r) => r.level === '明显异常').map((r) => `${r.bed}${r.name}`)).size;
  return (
    <article className="filing">
      <FilingHeader filing={filing} />
      <div className="sheet-facts">
        <span>
          {filing.date} 测量 {filing.measured} 人，有异常记录 {filing.residents} 人（其中明显异常 {severe} 人），共 {filing.rows.length} 条
        </span>
        <span>指尖血糖等床旁数值只作提示，不作诊断</span>
      </div>
      <table className="rows">
        <ColumnHead columns={COLUMNS} />
        <tbody>
          {filing.rows.length === 0 && (
            <tr>
              <td colSpan={COLUMNS.length} className="center">
                当日没有异常记录
              </td>
            </tr>
          )}
          {filing.rows.map((r) => (
            <tr key={r.no}>
              <td className="num">{r.no}</td>
              <td className="center">{r.bed}</td>
              <td>{r.name}</td>
              <td className="center">{r.sexAge}</td>
              <td className="center">{r.time}</td>
              <td className={r.level === '明显异常' ? 'severe' : undefined}>
                {r.flags.map((f) => (
                  <div key={f}>{f}</div>
                ))}
              </td>
              <td className={`center${r.level === '明显异常' ? ' severe' : ''}`}>{r.level}</td>
              <td>{r.note}</td>
            </tr>
          ))}
        </tbody>
      </table>
      {filing.charts.length > 0 && (
        <section>
          <div className="sources-title">明显异常者近 7 天趋势（阴影为未提示范围）</div>
          {filing.charts.map((c) => (
            <div className="trend-chart" key={c.title}>
              <h4>{c.title}</h4>
              {/* The SVG comes from the core's own chart (echarts server-side rendering), not from anyone's input. */}
              <div className="svg" dangerouslySetInnerHTML={{ __html: c.svg }} />
              <div className="caption">{c.caption}</div>
            </div>
          ))}
        </section>
      )}
      <RangeSourcesTable sources={filing.sources} guardNote={filing.guardNote} widths={[24, 62, 40, 56]} />
      <SignatureBlock directorName={filing.institution.directorName} />
    </article>
  );
}
