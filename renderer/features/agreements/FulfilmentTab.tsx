import { useState } from 'react';
import { Alert, DatePicker, Segmented, Select, Table, Tag } from 'antd';
import dayjs, { type Dayjs } from 'dayjs';
import { GRAINS, frequencyText, type AgreementRow, type Grain } from '../../../core/agreements/schema.ts';
import type { PeriodCount, ServiceCount } from '../../../core/agreements/fulfilment.ts';
import { useApiQuery } from '../../api/hooks.ts';
import { EmptyState } from '../../ui/EmptyState.tsx';
import { errorMessage } from '../../ui/serverErrors.ts';
import { FilingActions } from '../filings/FilingActions.tsx';

/** Periods a supervisor asks about, one choice away (the range picker stays for anything else). */
const QUICK: Record<string, () => [Dayjs, Dayjs]> = {
  本月: () => [dayjs().startOf('month'), dayjs()],
  上月: () => [dayjs().subtract(1, 'month').startOf('month'), dayjs().subtract(1, 'month').endOf('month')],
  本季度: () => [dayjs().startOf('month').subtract(dayjs().month() % 3, 'month'), dayjs()],
  上季度: () => {
    const start = dayjs().startOf('month').subtract((dayjs().month() % 3) + 3, 'month');
    return [start, start.add(2, 'month').endOf('month')];
  },
  今年: () => [dayjs().startOf('year'), dayjs()],
  去年: () => [dayjs().subtract(1, 'year').startOf('year'), dayjs().subtract(1, 'year').endOf('year')],
};

function Count({ c }: { c: ServiceCount }) {
  if (c.agreed === null) return <span className="muted">{c.delivered} / —</span>;
  return (
    <span className={c.gap > 0 ? 'fulfilment-gap' : undefined}>
      {c.delivered} / {c.agreed}
      {c.gap > 0 && <>　少 {c.gap}</>}
    </span>
  );
}

/**
 * 服务到位: what each agreement promised against what the visits delivered, per week, month, quarter or year, gaps
 * in red, with the region's minimum and the counting rule printed beneath — what a supervisor asks to see.
 */
export function FulfilmentTab({ agreements }: { agreements: AgreementRow[] }) {
  const current = agreements.find((a) => a.state === 'current') ?? agreements[0];
  const [agreementId, setAgreementId] = useState<number | null>(current?.id ?? null);
  const [grain, setGrain] = useState<Grain>('month');
  const [range, setRange] = useState<[Dayjs, Dayjs]>([dayjs().startOf('year'), dayjs()]);
  const agreement = agreements.find((a) => a.id === agreementId);
  const input = { id: agreementId ?? 0, grain, from: range[0].format('YYYY-MM-DD'), to: range[1].format('YYYY-MM-DD') };
  const f = useApiQuery('agreements.fulfilment', input, { enabled: agreementId !== null, placeholderData: (prev) => prev });
  if (agreements.length === 0) return <EmptyState title="请先录入签约协议" hint="服务到位按协议约定的服务和频次统计。" />;
  const data = f.data;
  const rows = data ? [...data.periods, ...(data.total && data.periods.length > 1 ? [data.total] : [])] : [];
  return (
    <>
      <div className="toolbar">
        <Select
          style={{ width: '22em' }}
          value={agreementId}
          onChange={setAgreementId}
          aria-label="签约协议"
          options={agreements.map((a) => ({ value: a.id, label: `${a.partnerName}（${a.startsOn} 至 ${a.endsOn}）` }))}
        />
        <Segmented<Grain> value={grain} onChange={setGrain} options={Object.entries(GRAINS).map(([value, label]) => ({ value: value as Grain, label: `按${label}` }))} />
        <Select
          style={{ width: '7em' }}
          placeholder="快速选择"
          aria-label="快速选择期间"
          value={null}
          onChange={(v: string) => setRange(QUICK[v]!())}
          options={Object.keys(QUICK).map((k) => ({ value: k, label: k }))}
        />
        <DatePicker.RangePicker
          value={range}
          allowClear={false}
          onChange={(v) => v?.[0] && v[1] && setRange([v[0], v[1]])}
          aria-label="统计期间"
        />
        <span style={{ marginLeft: 'auto' }}>
          {agreementId !== null && <FilingActions request={{ kind: 'fulfilment', input: { id: agreementId, from: input.from, to: input.to } }} printLabel="打印履约情况报告" xlsx />}
        </span>
      </div>
      {f.error && <Alert type="error" showIcon title={errorMessage(f.error)} style={{ marginBottom: 12 }} />}
      {agreement && (
        <p className="muted">
          约定：{agreement.services.map((s) => `${s.name}${frequencyText(s)}`).join('；')}。格中为“实际 / 约定”次数；“—”表示该项按更长的周期约定，不按此周期考核。
        </p>
      )}
      <Table<PeriodCount>
        rowKey="key"
        size="small"
        loading={f.isFetching}
        dataSource={rows}
        pagination={false}
        scroll={{ x: 'max-content' }}
        rowClassName={(p) => (p.key === 'total' ? 'fulfilment-total' : p.hasGap ? 'fulfilment-gap-row' : '')}
        locale={{ emptyText: f.isFetching ? <span className="muted">正在统计…</span> : <EmptyState title="所选期间不在协议期内" hint="请调整统计期间，或选择另一份协议。" /> }}
        columns={[
          {
            title: '期间',
            key: 'label',
            fixed: 'left',
            width: '10em',
            render: (_v, p) => (
              <>
                {p.label}
                {p.key !== 'total' && p.coveredDays < p.periodDays && <div className="muted">按 {p.coveredDays}/{p.periodDays} 天折算</div>}
              </>
            ),
          },
          ...(data?.agreement.services ?? []).map((s, i) => ({
            title: s.name,
            key: `s${s.id}`,
            width: '8em',
            render: (_v: unknown, p: PeriodCount) => <Count c={p.services[i]!} />,
          })),
          {
            title: data?.minimum?.perWeek ? '来访 / 政策最低' : '来访次数',
            key: 'visits',
            width: '9em',
            render: (_v, p) => (
              <span className={p.visits.gap > 0 ? 'fulfilment-gap' : undefined}>
                {p.visits.delivered}
                {p.visits.minimum !== null && ` / ${p.visits.minimum}`}
                {p.visits.gap > 0 && `　少 ${p.visits.gap}`}
              </span>
            ),
          },
        ]}
      />
      {data && (
        <div style={{ marginTop: 16 }}>
          {data.gapLines.length > 0 ? (
            <Alert
              type="warning"
              showIcon
              title={`所选期间有 ${data.gapLines.length} 处未达约定`}
              description={data.gapLines.slice(0, 12).map((l) => <div key={l}>{l}</div>)}
            />
          ) : (
            data.counted && <Alert type="success" showIcon title="所选期间约定的服务均已按次数提供" />
          )}
          {data.unplannedVisits > 0 && <p>另有协议外临时来访 {data.unplannedVisits} 次，已单列，不计入履约。</p>}
          <p className="muted" style={{ marginTop: 12 }}>
            政策最低频次：
            {data.minimum ? (
              <>
                {data.minimum.text}（{data.minimum.profile}，{data.minimum.cite}）{data.minimum.unverified && <Tag color="orange">待核实</Tag>}
              </>
            ) : (
              '本机构所在地区的政策未规定签约机构的最低服务频次，按协议约定考核。'
            )}
          </p>
          <p className="muted">统计口径：{data.basis.text}{data.minimum?.perWeek ? data.basis.minimumText : ''}</p>
        </div>
      )}
    </>
  );
}
