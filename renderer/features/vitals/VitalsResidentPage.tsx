import { Alert, Button, Card, Radio, Segmented, Spin, Tag } from 'antd';
import { ArrowLeftOutlined } from '@ant-design/icons';
import { useNavigate, useParams, useSearchParams } from 'react-router';
import { TREND_MEASURE_KEYS, TREND_MEASURES, TREND_RANGES, type TrendMeasure, type TrendRange } from '../../../core/vitals/schema.ts';
import { useApiQuery } from '../../api/hooks.ts';
import { TrendPanel } from './TrendPanel.tsx';
import './vitals.css';

const isMeasure = (v: string | null): v is TrendMeasure => v !== null && (TREND_MEASURE_KEYS as string[]).includes(v);
const isRange = (v: string | null): v is TrendRange => v !== null && v in TREND_RANGES;

/** 生命体征（个人）: a resident's latest values and one measure's trend over 7 days to all time. */
export function VitalsResidentPage() {
  const navigate = useNavigate();
  const residentId = Number(useParams().id);
  const [params, setParams] = useSearchParams();
  const measure: TrendMeasure = isMeasure(params.get('measure')) ? (params.get('measure') as TrendMeasure) : 'bp';
  const range: TrendRange = isRange(params.get('range')) ? (params.get('range') as TrendRange) : '30d';
  const set = (next: { measure?: TrendMeasure; range?: TrendRange }) =>
    setParams({ measure: next.measure ?? measure, range: next.range ?? range }, { replace: true });

  const resident = useApiQuery('residents.get', { id: residentId }, { enabled: Number.isInteger(residentId) && residentId > 0 });
  const latest = useApiQuery('vitals.latest', { residentId }, { enabled: Number.isInteger(residentId) && residentId > 0 });

  if (resident.isError) return <Alert type="error" showIcon title={resident.error.message} style={{ margin: 24 }} />;
  const r = resident.data;
  return (
    <div className="page">
      <div className="page-title">
        <h1>
          <Button type="text" icon={<ArrowLeftOutlined />} aria-label="返回" onClick={() => void navigate(-1)} />
          {r ? `${r.name} 的生命体征` : '生命体征'}
        </h1>
        {r && (
          <span className="muted">
            {r.bedLabel} · {r.sex} · {r.age} 岁 · 入住 {r.admissionDate}
            {r.status !== 'in_residence' && r.leftOn && <Tag style={{ marginLeft: 8 }}>已于 {r.leftOn} 离院</Tag>}
          </span>
        )}
      </div>
      <Card
        size="small"
        title={
          <Radio.Group
            value={measure}
            onChange={(e) => set({ measure: e.target.value as TrendMeasure })}
            optionType="button"
            options={TREND_MEASURE_KEYS.map((k) => ({ value: k, label: TREND_MEASURES[k].label }))}
            style={{ display: 'flex', flexWrap: 'wrap', rowGap: 4, padding: '6px 0' }}
          />
        }
        extra={
          <Segmented
            value={range}
            onChange={(v) => set({ range: v as TrendRange })}
            options={Object.entries(TREND_RANGES).map(([value, label]) => ({ value, label }))}
          />
        }
      >
        {Number.isInteger(residentId) && residentId > 0 && <TrendPanel residentId={residentId} measure={measure} range={range} />}
      </Card>
      <Card size="small" title="最近一次测量" style={{ marginTop: 16 }}>
        {latest.isPending && <Spin />}
        {latest.data && latest.data.values.length === 0 && <span className="muted">还没有测量记录。</span>}
        {latest.data && latest.data.values.length > 0 && (
          <div className="latest-values" data-testid="latest-values">
            {latest.data.values.map((v) => (
              <div key={v.measure} className={`value ${v.flag ? 'abnormal' : ''}`}>
                <div className="muted">{v.label}</div>
                <strong>{v.text}</strong>
                {v.flag && (
                  <Tag color={v.flag.level === 'severe' ? 'red' : 'orange'} style={{ marginLeft: 6 }}>
                    {v.flag.label}
                  </Tag>
                )}
                <div className="muted" style={{ fontSize: '0.85em' }}>
                  {v.at.slice(0, 10)}
                </div>
              </div>
            ))}
            {latest.data.bmi !== null && (
              <div className="value">
                <div className="muted">BMI</div>
                <strong>{latest.data.bmi}</strong>
              </div>
            )}
          </div>
        )}
      </Card>
    </div>
  );
}
