import type { ReactNode } from 'react';
import type { FilingDataOf } from '../../../core/filings/registry.ts';
import { FilingHeader, SignatureBlock } from '../filings/FilingHeader.tsx';
import { RangeSourcesTable } from '../vitals/RangeSourcesTable.tsx';
import '../vitals/vitals-filing.css';
import './health-record-filing.css';

/** A section of the summary: its title, and what to print when the record has nothing of the kind. */
function Part({ title, empty, children }: { title: string; empty: string | null; children: ReactNode }) {
  return (
    <section className="hr-part">
      <h3>{title}</h3>
      {empty === null ? children : <div className="hr-empty">{empty}</div>}
    </section>
  );
}

/**
 * 健康档案摘要, A4 portrait: identity, allergies (severe first, in red), conditions and long-term medication, the
 * latest of each assessment, the last annual exam, vaccinations and referrals, then the 90 days of blood pressure,
 * pulse and temperature as charts with the latest values and what the bands are based on.
 */
export function HealthRecordFiling({ filing }: { filing: FilingDataOf<'health-record'> }) {
  const f = filing;
  const r = f.resident;
  return (
    <article className="filing health-record">
      <FilingHeader filing={f} />
      <table className="rows">
        <colgroup>
          <col style={{ width: '14%' }} />
          <col style={{ width: '20%' }} />
          <col style={{ width: '14%' }} />
          <col style={{ width: '18%' }} />
          <col style={{ width: '14%' }} />
          <col />
        </colgroup>
        <tbody>
          <tr>
            <th>姓名</th>
            <td className="hr-name">{r.name}</td>
            <th>性别 / 年龄</th>
            <td>
              {r.sex} / {r.age} 岁
            </td>
            <th>床位</th>
            <td>{r.bed}</td>
          </tr>
          <tr>
            <th>入住日期</th>
            <td>{r.admissionDate}</td>
            <th>状态</th>
            <td>{r.status}</td>
            <th>能力等级</th>
            <td>
              <b>{r.level}</b>
              <div className="hr-muted">{r.levelNote}</div>
            </td>
          </tr>
          <tr>
            <th>家庭医生签约</th>
            <td colSpan={5}>{f.familyDoctor}</td>
          </tr>
        </tbody>
      </table>

      <Part title="过敏" empty={f.allergies.length === 0 ? '无已知过敏（未记录过敏史）' : null}>
        <ul className="hr-list">
          {f.allergies.map((a) => (
            <li key={`${a.category}${a.substance}`} className={a.severe ? 'hr-allergy severe' : 'hr-allergy'}>
              <b>{a.substance}</b>（{a.category}过敏，{a.severity}
              {a.reaction ? `，${a.reaction}` : ''}）
            </li>
          ))}
        </ul>
      </Part>

      <div className="hr-two">
        <Part title="慢性病" empty={f.conditions.length === 0 ? '未记录' : null}>
          <ul className="hr-list">
            {f.conditions.map((c) => (
              <li key={c}>{c}</li>
            ))}
          </ul>
        </Part>
        <Part title="长期用药" empty={f.medications.length === 0 ? '未记录' : null}>
          <ul className="hr-list">
            {f.medications.map((m) => (
              <li key={`${m.drug}${m.source}`}>
                {m.drug} {m.usage}
                <span className="hr-muted">　{m.source}</span>
              </li>
            ))}
          </ul>
        </Part>
      </div>
      {f.history.length > 0 && (
        <Part title="病史" empty={null}>
          <ul className="hr-list">
            {f.history.map((h) => (
              <li key={h}>{h}</li>
            ))}
          </ul>
        </Part>
      )}

      <Part title="最近一次评估（每项）" empty={f.assessments.length === 0 ? '尚无评估记录' : null}>
        <table className="rows">
          <colgroup>
            <col style={{ width: '30%' }} />
            <col style={{ width: '15%' }} />
            <col style={{ width: '11%' }} />
            <col style={{ width: '20%' }} />
            <col style={{ width: '9%' }} />
            <col />
          </colgroup>
          <thead>
            <tr>
              <th>评估项目</th>
              <th>评估日期</th>
              <th>得分</th>
              <th>结果</th>
              <th>风险</th>
              <th>下次评估</th>
            </tr>
          </thead>
          <tbody>
            {f.assessments.map((a) => (
              <tr key={a.label}>
                <td>
                  {a.label}
                  {a.scale && <div className="hr-muted">{a.scale}</div>}
                </td>
                <td className="center">{a.assessedOn}</td>
                <td className="center">{a.score}</td>
                <td>{a.level}</td>
                <td className="center">{a.risk}</td>
                <td className="center">{a.nextDue}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </Part>

      <Part title="最近一次年度体检" empty={f.exam === null ? '尚无年度体检记录' : null}>
        {f.exam && (
          <div className="hr-lines">
            <div>
              {f.exam.year} 年度，体检日期 {f.exam.examOn}，责任医生 {f.exam.doctor}
            </div>
            <div>健康评价：{f.exam.evaluation}</div>
            <div>
              生活自理能力：{f.exam.selfcare}；中医体质：{f.exam.tcm}
            </div>
          </div>
        )}
      </Part>

      {(f.vaccinations.length > 0 || f.referrals.length > 0 || f.hospice) && (
        <Part title="预防接种、转诊与安宁疗护" empty={null}>
          <ul className="hr-list">
            {f.vaccinations.map((v) => (
              <li key={v}>接种：{v}</li>
            ))}
            {f.referrals.map((v) => (
              <li key={v}>转诊：{v}</li>
            ))}
            {f.hospice && <li>安宁疗护：{f.hospice}</li>}
          </ul>
        </Part>
      )}

      <section className="hr-part hr-vitals">
        <h3>生命体征</h3>
        <table className="rows">
          <colgroup>
            <col style={{ width: '16%' }} />
            <col style={{ width: '24%' }} />
            <col style={{ width: '36%' }} />
            <col />
          </colgroup>
          <thead>
            <tr>
              <th>项目</th>
              <th>最近测量</th>
              <th>数值</th>
              <th>判读</th>
            </tr>
          </thead>
          <tbody>
            {f.latest.length === 0 && (
              <tr>
                <td colSpan={4} className="center">
                  尚无测量记录
                </td>
              </tr>
            )}
            {f.latest.map((v) => (
              <tr key={v.label}>
                <td>{v.label}</td>
                <td className="center">{v.at}</td>
                <td>{v.text}</td>
                <td className={v.flag ? 'severe' : undefined}>{v.flag ?? '正常'}</td>
              </tr>
            ))}
          </tbody>
        </table>
        {f.charts.map((c) => (
          <div className="trend-chart" key={c.title}>
            <h4>{c.title}</h4>
            {c.svg ? (
              // The SVG comes from the core's own chart (echarts server-side rendering), not from anyone's input.
              <div className="svg" dangerouslySetInnerHTML={{ __html: c.svg }} />
            ) : (
              <div className="hr-empty">近 90 天没有测量</div>
            )}
            <div className="caption">{c.caption}</div>
          </div>
        ))}
      </section>
      <RangeSourcesTable sources={f.sources} guardNote="" widths={[30, 52, 44, 56]} />
      <SignatureBlock directorName={f.institution.directorName} />
    </article>
  );
}
