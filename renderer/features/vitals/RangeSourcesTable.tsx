import type { RangeSource } from '../../../core/vitals/schema.ts';

/**
 * What every band of the filing is based on: the profile's values in words, the clause they cite, the
 * software's choices where sources differ, and 待核实 where the reference could not confirm them.
 */
export function RangeSourcesTable({ sources, guardNote, widths }: { sources: readonly RangeSource[]; guardNote: string; widths: [number, number, number, number] }) {
  return (
    <section>
      <div className="sources-title">判读依据（本机构适用的地区配置）</div>
      <table className="sources">
        <colgroup>
          {widths.map((w, i) => (
            <col key={i} style={{ width: `${w}mm` }} />
          ))}
        </colgroup>
        <thead>
          <tr>
            <th>项目</th>
            <th>分档</th>
            <th>出处</th>
            <th>说明与取舍</th>
          </tr>
        </thead>
        <tbody>
          {sources.map((s) => (
            <tr key={s.key}>
              <td>
                {s.label}
                {s.unverified && <span className="unverified">待核实</span>}
              </td>
              <td>{s.summary}</td>
              <td>{s.cite}</td>
              <td>{s.note ?? ''}</td>
            </tr>
          ))}
        </tbody>
      </table>
      <div className="guard-note">{guardNote}</div>
    </section>
  );
}
