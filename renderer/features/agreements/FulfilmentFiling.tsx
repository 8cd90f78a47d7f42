import type { FilingDataOf } from '../../../core/filings/registry.ts';
import type { PeriodCount } from '../../../core/agreements/fulfilment.ts';
import { GRAINS } from '../../../core/agreements/schema.ts';
import { FilingDocument, type DocumentPart } from '../filings/FilingDocument.tsx';
import { LinesTable } from '../filings/LinesTable.tsx';

type Report = FilingDataOf<'fulfilment'>;

/** Delivered / agreed per service and period; a short period is marked with its share of days; a gap is bold. */
function PeriodTable({ periods, names }: { periods: PeriodCount[]; names: string[] }) {
  const serviceMm = Math.min(30, Math.floor(112 / Math.max(1, names.length)));
  return (
    <table className="rows">
      <colgroup>
        <col style={{ width: '40mm' }} />
        {names.map((n) => (
          <col key={n} style={{ width: `${serviceMm}mm` }} />
        ))}
        <col style={{ width: '28mm' }} />
      </colgroup>
      <thead>
        <tr>
          <th>期间</th>
          {names.map((n) => (
            <th key={n}>{n}<br />实际/约定</th>
          ))}
          <th>来访次数<br />实际/最低</th>
        </tr>
      </thead>
      <tbody>
        {periods.map((p) => (
          <tr key={p.key}>
            <td>
              {p.label}
              {p.key !== 'total' && p.coveredDays < p.periodDays && `（${p.coveredDays}/${p.periodDays} 天）`}
            </td>
            {p.services.map((s) => (
              <td key={s.serviceId} className="center" style={s.gap > 0 ? { fontWeight: 700 } : undefined}>
                {s.agreed === null ? `${s.delivered}/不考核` : `${s.delivered}/${s.agreed}${s.gap > 0 ? ` 少${s.gap}` : ''}`}
              </td>
            ))}
            <td className="center" style={p.visits.gap > 0 ? { fontWeight: 700 } : undefined}>
              {p.visits.minimum === null ? p.visits.delivered : `${p.visits.delivered}/${p.visits.minimum}${p.visits.gap > 0 ? ` 少${p.visits.gap}` : ''}`}
            </td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}

/**
 * 签约医疗机构履约情况报告: the agreement, delivered against agreed, the gaps in words, the counting rule and the
 * region's minimum with its clause, and every visit as the appendix (landscape: the visit list is wide).
 */
export function FulfilmentFiling({ filing }: { filing: Report }) {
  const f = filing.fulfilment;
  const names = filing.serviceNames;
  const parts: DocumentPart[] = [
    {
      id: 'agreement',
      title: '协议概况',
      content: (
        <>
          <LinesTable lines={filing.lines}>
            <tr>
              <th>约定服务</th>
              <td>{filing.services.map((s) => `${s.name}：${s.frequency}${s.way !== '—' ? `（${s.way}）` : ''}`).join('；')}</td>
            </tr>
          </LinesTable>
        </>
      ),
    },
    {
      id: 'fulfilment',
      title: `服务到位情况（按${GRAINS[f.grain]}）`,
      content: (
        <>
          <p>
            统计期间 {f.from} 至 {f.to}
            {f.counted ? `，实际统计 ${f.counted.from} 至 ${f.counted.to}（协议期内且截至今日）` : '，不在协议期内'}。格中为“实际/约定”次数。
          </p>
          <PeriodTable periods={[...f.periods, ...(f.total ? [f.total] : [])]} names={names} />
          {filing.quarters.length > 0 && (
            <>
              <h4 style={{ margin: '5mm 0 2mm' }}>按季度</h4>
              <PeriodTable periods={filing.quarters} names={names} />
            </>
          )}
        </>
      ),
    },
    {
      id: 'gaps',
      title: '未达约定的情况',
      content: (
        <>
          {f.gapLines.length === 0 ? <p>统计期间约定的服务均已按次数提供，来访次数不低于政策最低频次。</p> : (
            <ol>
              {f.gapLines.map((l) => (
                <li key={l}>{l}</li>
              ))}
            </ol>
          )}
          {f.unplannedVisits > 0 && <p>另有协议期外的临时来访 {f.unplannedVisits} 次，列入附录，不计入履约。</p>}
        </>
      ),
    },
    {
      id: 'basis',
      title: '统计口径与政策依据',
      content: (
        <>
          <p>{f.basis.text}</p>
          {f.minimum?.perWeek ? <p>{f.basis.minimumText}</p> : null}
          <p>
            政策最低频次：
            {f.minimum
              ? `${f.minimum.text}。依据：${f.minimum.profile}，${f.minimum.cite}${f.minimum.unverified ? '（待核实）' : ''}。`
              : '本机构所在地区的政策未规定签约机构的最低服务频次，按协议约定考核。'}
          </p>
          <p>依据：养老机构应与医疗卫生机构签约，明确服务内容、方式、频次、费用和双方责任；监管部门检查签约医疗机构是否按协议提供服务（服务到位）。</p>
        </>
      ),
    },
    {
      id: 'visits',
      title: '来访记录',
      appendix: true,
      landscape: true,
      content:
        filing.visits.length === 0 ? (
          <p>统计期间没有来访记录。</p>
        ) : (
          <table className="rows">
            <colgroup>
              {[12, 24, 24, 70, 70, 18, 30, 22].map((mm, i) => (
                <col key={i} style={{ width: `${mm}mm` }} />
              ))}
            </colgroup>
            <thead>
              <tr>
                {['序号', '日期', '时间', '来访人员', '提供的服务', '诊视人数', '性质', '签收'].map((h) => (
                  <th key={h}>{h}</th>
                ))}
              </tr>
            </thead>
            <tbody>
              {filing.visits.map((v) => (
                <tr key={v.no}>
                  <td className="num">{v.no}</td>
                  <td className="center">{v.day}</td>
                  <td className="center">{v.time}</td>
                  <td>{v.staff}</td>
                  <td>{v.services}</td>
                  <td className="num">{v.residents}</td>
                  <td className="center">{v.kind}</td>
                  <td className="center">{v.signedOffBy}</td>
                </tr>
              ))}
            </tbody>
          </table>
        ),
    },
  ];
  return <FilingDocument filing={filing} period={`${f.from} 至 ${f.to}`} parts={parts} />;
}
