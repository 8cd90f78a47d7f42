import type { FilingDataOf } from '../../../core/filings/registry.ts';
import { FilingHeader, SignatureBlock } from '../filings/FilingHeader.tsx';

/** 健康体检表 of one resident's annual exam, A4 portrait, with the 中医体质辨识 result and the readings applied. */
export function AnnualExamFiling({ filing }: { filing: FilingDataOf<'annual-exam'> }) {
  const f = filing;
  return (
    <article className="filing">
      <FilingHeader filing={f} />
      <table className="rows">
        <colgroup>
          <col style={{ width: '16%' }} />
          <col style={{ width: '28%' }} />
          <col />
        </colgroup>
        <tbody>
          <tr>
            <th>老人</th>
            <td colSpan={2}>
              {f.resident.name}　{f.resident.sex}　{f.resident.age} 岁　{f.resident.bed} 床　体检日期 {f.examOn}　责任医生 {f.doctor}
            </td>
          </tr>
          {f.sections.map((s) =>
            s.rows.map(([label, value], i) => (
              <tr key={`${s.title}-${label}`}>
                {i === 0 && <th rowSpan={s.rows.length}>{s.title}</th>}
                <td>{label}</td>
                <td>{value}</td>
              </tr>
            )),
          )}
        </tbody>
      </table>
      <h3 style={{ margin: '4mm 0 2mm' }}>中医体质辨识</h3>
      <table className="rows">
        <thead>
          <tr>
            {f.tcm.parts.map((p) => (
              <th key={p.label}>{p.label}</th>
            ))}
          </tr>
        </thead>
        <tbody>
          <tr>
            {f.tcm.parts.map((p) => (
              <td key={p.label} className="center">
                {p.score} 分<br />
                {p.result}
              </td>
            ))}
          </tr>
          <tr>
            <td colSpan={f.tcm.parts.length}>
              体质辨识结果：<b>{f.tcm.main}</b>
              {f.tcm.reasons.map((r) => (
                <div key={r}>{r}</div>
              ))}
              {f.tcm.guidance.length > 0 && <div>中医药保健指导：{f.tcm.guidance.join('；')}</div>}
              {f.tcm.guidanceNote && <div>{f.tcm.guidanceNote}</div>}
            </td>
          </tr>
          <tr>
            <td colSpan={f.tcm.parts.length}>
              采用的规则：
              {f.readings.map((r) => (
                <div key={r.topic}>
                  {r.topic}：{r.chosen}（{r.cite}）{r.unverified && <b>【待核实】</b>}
                </div>
              ))}
              {f.lateReason && <div>补记原因：{f.lateReason}</div>}
            </td>
          </tr>
        </tbody>
      </table>
      <SignatureBlock directorName={f.institution.directorName} />
    </article>
  );
}
