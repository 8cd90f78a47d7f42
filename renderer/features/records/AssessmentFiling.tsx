import type { FilingDataOf } from '../../../core/filings/registry.ts';
import { FilingHeader, SignatureBlock } from '../filings/FilingHeader.tsx';

/** One assessment for the file, A4 portrait: items and points by domain, totals, levels with reasons, readings applied. */
export function AssessmentFiling({ filing }: { filing: FilingDataOf<'assessment'> }) {
  const f = filing;
  return (
    <article className="filing">
      <FilingHeader filing={f} />
      <table className="rows">
        <colgroup>
          <col style={{ width: '14%' }} />
          <col style={{ width: '22%' }} />
          <col />
          <col style={{ width: '10%' }} />
        </colgroup>
        <tbody>
          <tr>
            <th>老人</th>
            <td colSpan={3}>
              {f.resident.name}　{f.resident.sex}　{f.resident.age} 岁　{f.resident.bed} 床　入住 {f.resident.admissionDate}
            </td>
          </tr>
          <tr>
            <th>量表</th>
            <td colSpan={3}>
              {f.scaleName}（版本：{f.version}；来源：{f.source}）
            </td>
          </tr>
          <tr>
            <th>评估日期</th>
            <td>{f.assessedOn}</td>
            <td colSpan={2}>
              {f.reason && `评估原因：${f.reason}　`}评估员：{f.assessors.join('、')}
            </td>
          </tr>
          {f.parts.map((p) => [
            <tr key={`${p.label}-h`}>
              <th colSpan={3} style={{ textAlign: 'left' }}>
                {p.label}
              </th>
              <th>
                {p.score}/{p.max}
              </th>
            </tr>,
            ...p.items.map((i) => (
              <tr key={i.code}>
                <td className="center">{i.code}</td>
                <td>{i.label}</td>
                <td>{i.answer}</td>
                <td className="num">{i.points}</td>
              </tr>
            )),
          ])}
          <tr>
            <th>总分</th>
            <td colSpan={3}>
              <b>
                {f.total}/{f.max} 分
              </b>
              {f.preliminary && `　初步等级：${f.preliminary}`}　{f.preliminary ? '最终等级' : '结果'}：<b>{f.level}</b>
            </td>
          </tr>
          <tr>
            <th>依据</th>
            <td colSpan={3}>
              <ol style={{ margin: 0, paddingLeft: '5mm' }}>
                {f.reasons.map((r) => (
                  <li key={r}>{r}</li>
                ))}
              </ol>
            </td>
          </tr>
          {f.followUp && (
            <tr>
              <th>后续</th>
              <td colSpan={3}>{f.followUp}</td>
            </tr>
          )}
          <tr>
            <th>采用的规则</th>
            <td colSpan={3}>
              {f.readings.length === 0
                ? '—'
                : f.readings.map((r) => (
                    <div key={r.topic}>
                      {r.topic}：{r.chosen}（{r.cite}）{r.unverified && <b>【待核实】</b>}
                    </div>
                  ))}
            </td>
          </tr>
          <tr>
            <th>下次评估</th>
            <td colSpan={3}>
              {f.nextDueOn ?? '—'}
              {f.notes && `　备注：${f.notes}`}
              {f.lateReason && `　补记原因：${f.lateReason}`}
              {f.deleted && `　${f.deleted}`}
            </td>
          </tr>
        </tbody>
      </table>
      <SignatureBlock directorName={f.institution.directorName}>
        <div className="summary">评估员签名：　　　　　　　　　　　　　　老人或家属签名：</div>
      </SignatureBlock>
    </article>
  );
}
