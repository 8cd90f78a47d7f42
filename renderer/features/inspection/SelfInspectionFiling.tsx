import type { FilingDataOf } from '../../../core/filings/registry.ts';
import { INSPECTION_STATUS, type InspectionItem } from '../../../core/inspection/schema.ts';
import { FilingDocument, type DocumentPart } from '../filings/FilingDocument.tsx';
import { ColumnHead } from '../filings/ColumnHead.tsx';

type Filing = FilingDataOf<'self-inspection'>;

// Widths in mm of the findings table on A4 portrait (182 mm between the margins).
const COLS: [string, number][] = [
  ['序号', 9],
  ['检查项目', 30],
  ['结论', 17],
  ['检查情况与相关记录', 70],
  ['处理要求', 56],
];

function Item({ item, no }: { item: InspectionItem; no: number }) {
  return (
    <tbody className="keep-together">
      <tr className={`status-${item.status}`}>
        <td className="num">{no}</td>
        <td>
          {item.label}
          <div className="muted-print">{item.source === 'rule' ? '（规定）' : '（记录）'}</div>
        </td>
        <td className="center">
          <strong>{INSPECTION_STATUS[item.status]}</strong>
          {item.unverified && <div className="unverified">待核实</div>}
        </td>
        <td>
          {item.summary}
          {item.evidence.length > 0 && (
            <ul className="evidence">
              {item.evidence.map((e) => (
                <li key={e.text}>{e.text}</li>
              ))}
              {item.more > 0 && <li>等，另有 {item.more} 条</li>}
            </ul>
          )}
        </td>
        <td>{item.fix || '—'}</td>
      </tr>
      <tr className="basis-row">
        <td />
        <td colSpan={4} className="cite">
          依据：{item.basis}
          {item.quote && `：“${item.quote}”`}
          {item.note && <span>；注：{item.note}</span>}
        </td>
      </tr>
    </tbody>
  );
}

function Findings({ items, start }: { items: InspectionItem[]; start: number }) {
  return (
    <table className="rows self-inspection">
      <ColumnHead columns={COLS} />
      {items.map((item, i) => (
        <Item key={item.key} item={item} no={start + i} />
      ))}
    </table>
  );
}

/**
 * 迎检自查报告: cover (the home, the day, who ran it), contents, the summary, each reviewer's findings (不符合 first) with
 * the records behind them and what to fix, the records to bring on paper, and the lines to sign.
 */
export function SelfInspectionFiling({ filing }: { filing: Filing }) {
  const c = filing.counts;
  // Findings are numbered through the whole report: each group starts after the ones before it.
  const starts = filing.groups.map((_, n) => 1 + filing.groups.slice(0, n).reduce((sum, g) => sum + g.items.length, 0));
  const groupParts: DocumentPart[] = filing.groups.map((g, n) => {
    const start = starts[n]!;
    const bad = g.items.filter((i) => i.status === 'fail').length;
    return {
      id: `authority-${g.authority}`,
      title: `${g.authority}方面（${g.items.length} 项，不符合 ${bad} 项）`,
      content: <Findings items={g.items} start={start} />,
    };
  });
  const parts: DocumentPart[] = [
    {
      id: 'summary',
      title: '自查概况',
      content: (
        <>
          <table className="rows facts">
            <tbody>
              <tr>
                <th>自查日期</th>
                <td>{filing.ranOn}</td>
              </tr>
              <tr>
                <th>自查人</th>
                <td>{filing.ranBy}</td>
              </tr>
              <tr>
                <th>适用政策</th>
                <td>{filing.profile}</td>
              </tr>
              <tr>
                <th>结果</th>
                <td>
                  不符合 {c.fail} 项，需注意 {c.attention} 项，无法判断 {c.unknown} 项，符合 {c.pass} 项，不适用 {c.na} 项
                </td>
              </tr>
            </tbody>
          </table>
          <p className="summary">
            自查范围：本机构所在地区规定的每一条（合规检查），以及迎检清单要求须有且须及时的记录——老年人能力评估、健康档案与年度体检、意外事件记录、医务人员执业证书、医嘱与处方、给药记录、医疗废物登记、消毒与感染控制记录、签约社区卫生服务中心的协议与上门服务。
          </p>
          {filing.anyUnverified && <p className="summary">标“待核实”的项目，其数值或条款未能与正式文本核对，或为本软件的取舍（见各项的“注”），以主管部门的解释为准。</p>}
        </>
      ),
    },
    ...groupParts,
    {
      id: 'paper',
      title: '本软件不记录、须备齐的纸质材料',
      content: (
        <>
          <table className="rows">
            <colgroup>
              <col style={{ width: '18mm' }} />
              <col style={{ width: '100mm' }} />
              <col style={{ width: '64mm' }} />
            </colgroup>
            <thead>
              <tr>
                <th>部门</th>
                <th>材料</th>
                <th>依据</th>
              </tr>
            </thead>
            <tbody>
              {filing.paper.map((p) => (
                <tr key={p.record}>
                  <td className="center">{p.authority}</td>
                  <td>{p.record}</td>
                  <td className="cite">{p.basis}</td>
                </tr>
              ))}
            </tbody>
          </table>
          <section className="closing">
            <p className="summary">以上为本机构迎检前的自查结果，情况属实；不符合与需注意的项目已按“处理要求”安排整改。</p>
            <div className="signatures self-inspection-signatures">
              <div>
                自查人：<span />
              </div>
              <div>
                负责人（{filing.institution.directorName}）：<span />
              </div>
              <div>
                日期：<span style={{ minWidth: '24mm' }} />
              </div>
            </div>
            <div className="seal">（机构盖章）</div>
          </section>
        </>
      ),
    },
  ];
  return <FilingDocument filing={filing} period={`自查日期：${filing.ranOn}　自查人：${filing.ranBy}`} parts={parts} />;
}
