import type { FilingDataOf } from '../../../core/filings/registry.ts';
import { FilingHeader } from '../filings/FilingHeader.tsx';
import { RangeSourcesTable } from './RangeSourcesTable.tsx';
import './vitals-filing.css';

/** Column widths in mm: they add up to the printable width of A4 landscape (277 mm). */
const COLUMNS: [string, number][] = [
  ['序号', 9],
  ['床位', 16],
  ['姓名', 20],
  ['性别', 9],
  ['年龄', 9],
  ['血压\nmmHg', 25],
  ['脉搏\n次/分', 16],
  ['体温\n℃', 16],
  ['呼吸\n次/分', 16],
  ['血氧\n%', 15],
  ['血糖\nmmol/L', 19],
  ['体重\nkg', 16],
  ['未测\n外出/住院/拒测', 26],
  ['备注', 45],
];

const Blank = ({ text, width = 22 }: { text?: string | null; width?: number }) =>
  text ? <strong>{text}</strong> : <span className="blank" style={{ minWidth: `${width}mm` }} />;

/** 生命体征测量表（空白）, A4 landscape: one row per resident of the floor to write the round on. */
export function RoundSheetFiling({ filing }: { filing: FilingDataOf<'round-sheet'> }) {
  return (
    <article className="filing landscape-page">
      <FilingHeader filing={filing} />
      <div className="sheet-facts">
        <span>楼层：<strong>{filing.floor} 楼</strong></span>
        <span>测量日期：<Blank text={filing.date} width={30} /></span>
        <span>班次：{filing.shift ? <strong>{filing.shift}</strong> : '□上午　□下午'}</span>
        <span>测量时间：<Blank /></span>
        <span>体温部位：□腋温　□口温　□肛温</span>
        <span>血糖：□空腹　□餐后2小时　□随机</span>
        <span>测量人：<Blank width={26} /></span>
      </div>
      <table className="rows round-sheet">
        <colgroup>
          {COLUMNS.map(([name, mm]) => (
            <col key={name} style={{ width: `${mm}mm` }} />
          ))}
        </colgroup>
        <thead>
          <tr>
            {COLUMNS.map(([name]) => (
              <th key={name} style={{ whiteSpace: 'pre-line' }}>
                {name}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {filing.empty && (
            <tr>
              <td colSpan={COLUMNS.length} className="center">
                {filing.empty}
              </td>
            </tr>
          )}
          {filing.rows.map((r) => (
            <tr key={r.no}>
              <td className="num">{r.no}</td>
              <td className="center">{r.bed}</td>
              <td>{r.name}</td>
              <td className="center">{r.sex}</td>
              <td className="num">{r.age}</td>
              {COLUMNS.slice(5).map(([name]) => (
                <td key={name} className={name.startsWith('血压') ? 'center' : undefined}>
                  {name.startsWith('血压') ? '　　/　　' : ''}
                </td>
              ))}
            </tr>
          ))}
        </tbody>
      </table>
      <section className="closing">
        <div className="sheet-facts" style={{ marginTop: '4mm' }}>
          <span>复核人：<Blank width={30} /></span>
          <span>已录入电脑：□是（录入人 <Blank width={22} />）</span>
          <span>共 {filing.rows.length} 人</span>
        </div>
      </section>
      <RangeSourcesTable sources={filing.sources} guardNote={filing.guardNote} widths={[30, 95, 62, 90]} />
    </article>
  );
}
