import type { ReactNode } from 'react';
import type { FilingDataOf } from '../../../core/filings/registry.ts';
import { FilingHeader, SignatureBlock } from '../filings/FilingHeader.tsx';
import { ColumnHead } from '../filings/ColumnHead.tsx';

const yuan = (fen: number) => (fen / 100).toFixed(2);

function Table({ cols, children }: { cols: [string, number][]; children: ReactNode }) {
  return (
    <table className="rows">
      <ColumnHead columns={cols} />
      <tbody>{children}</tbody>
    </table>
  );
}

/** 医务室诊疗工作月报 on A4 portrait: totals by kind, the days, fees split medical/care, referrals, diagnoses. */
export function MonthlyFiling({ filing }: { filing: FilingDataOf<'clinic-monthly'> }) {
  const f = filing.fees;
  const sum = (key: 'visit' | 'round' | 'infusion' | 'referrals' | 'medicalFen' | 'careFen') => filing.days.reduce((s, d) => s + d[key], 0);
  return (
    <article className="filing monthly-filing">
      <FilingHeader filing={filing} />
      {filing.clinicName && <p className="summary">医疗机构：{filing.clinicName}</p>}
      <h3 className="group-title">一、诊疗人次</h3>
      <Table cols={[['类型', 50], ['人次', 44], ['涉及老人（人）', 44], ['转诊（次）', 44]]}>
        {filing.byKind.map((k) => (
          <tr key={k.kind}>
            <td>{k.label}</td>
            <td className="num">{k.n}</td>
            <td className="num">{k.residents}</td>
            <td className="num">—</td>
          </tr>
        ))}
        <tr className="total-row">
          <td>合计</td>
          <td className="num">{filing.total}</td>
          <td className="num">{filing.residentsSeen}</td>
          <td className="num">{filing.referrals.length}</td>
        </tr>
      </Table>
      <p className="summary">转诊：{filing.referralsByKind.map((r) => `${r.label} ${r.n} 次`).join('，')}。</p>

      <h3 className="group-title">二、收费（医疗项目与生活照护项目分开核算）</h3>
      <Table cols={[['类别', 60], ['金额（元）', 40], ['说明', 82]]}>
        <tr>
          <td>医疗项目</td>
          <td className="num">{yuan(f.medicalFen)}</td>
          <td>其中记入医保 {yuan(f.medicalInsuredFen)} 元，自费 {yuan(f.medicalSelfFen)} 元</td>
        </tr>
        <tr>
          <td>生活照护项目</td>
          <td className="num">{yuan(f.careFen)}</td>
          <td>不记入医保，单独收费</td>
        </tr>
        <tr className="total-row">
          <td>合计</td>
          <td className="num">{yuan(f.totalFen)}</td>
          <td />
        </tr>
      </Table>
      {filing.rules.map((r) => (
        <p key={r.label} className="rule-note">
          {r.label}：{r.text}。依据：{r.cite}。
        </p>
      ))}
      {filing.feeItems.length > 0 && (
        <Table cols={[['收费项目', 70], ['类别', 36], ['数量', 30], ['金额（元）', 46]]}>
          {filing.feeItems.map((i) => (
            <tr key={`${i.category}${i.name}`}>
              <td>{i.name}</td>
              <td className="center">{i.category === 'care' ? '生活照护' : '医疗'}</td>
              <td className="num">{i.quantity}</td>
              <td className="num">{yuan(i.fen)}</td>
            </tr>
          ))}
        </Table>
      )}

      <h3 className="group-title">三、逐日情况</h3>
      <Table cols={[['日期', 30], ['门诊', 22], ['床边巡诊', 24], ['输液', 22], ['转诊', 22], ['医疗项目（元）', 32], ['生活照护（元）', 30]]}>
        {filing.days.map((d) => (
          <tr key={d.date}>
            <td className="center">{d.date}</td>
            <td className="num">{d.visit}</td>
            <td className="num">{d.round}</td>
            <td className="num">{d.infusion}</td>
            <td className="num">{d.referrals}</td>
            <td className="num">{yuan(d.medicalFen)}</td>
            <td className="num">{yuan(d.careFen)}</td>
          </tr>
        ))}
        <tr className="total-row">
          <td className="center">合计</td>
          <td className="num">{sum('visit')}</td>
          <td className="num">{sum('round')}</td>
          <td className="num">{sum('infusion')}</td>
          <td className="num">{sum('referrals')}</td>
          <td className="num">{yuan(sum('medicalFen'))}</td>
          <td className="num">{yuan(sum('careFen'))}</td>
        </tr>
      </Table>

      <h3 className="group-title">四、转诊</h3>
      {filing.referrals.length === 0 ? (
        <p className="summary">本月无转诊。</p>
      ) : (
        <Table cols={[['日期', 24], ['老人', 22], ['床位', 18], ['类型', 24], ['转往', 44], ['原因', 50]]}>
          {filing.referrals.map((r, i) => (
            <tr key={i}>
              <td className="center">{r.date}</td>
              <td>{r.resident}</td>
              <td className="center">{r.bed}</td>
              <td className="center">{r.kind}</td>
              <td>{r.to}</td>
              <td>{r.reason}</td>
            </tr>
          ))}
        </Table>
      )}

      <h3 className="group-title">五、主要诊断（前 15 位）</h3>
      <Table cols={[['ICD-10', 26], ['诊断', 126], ['人次', 30]]}>
        {filing.diagnoses.map((d) => (
          <tr key={`${d.code ?? ''}${d.name}`}>
            <td className="center mono">{d.code ?? '—'}</td>
            <td>{d.name}</td>
            <td className="num">{d.n}</td>
          </tr>
        ))}
      </Table>
      <SignatureBlock directorName={filing.institution.directorName} />
    </article>
  );
}
