import { Alert, Popover, Spin, Tag } from 'antd';
import { TREND_RANGES, type TrendMeasure, type TrendRange, type VitalsTrend } from '../../../core/vitals/schema.ts';
import { useApiQuery } from '../../api/hooks.ts';
import { EmptyState } from '../../ui/EmptyState.tsx';
import { qty } from '../../ui/qty.ts';
import { TrendChart } from './TrendChart.tsx';
import { RangeSources } from './TodayAbnormalVitals.tsx';
import './vitals.css';

const pad = (n: number) => String(n).padStart(2, '0');
const when = (ms: number) => {
  const d = new Date(ms);
  return `${d.getFullYear()}-${pad(d.getMonth() + 1)}-${pad(d.getDate())} ${pad(d.getHours())}:${pad(d.getMinutes())}`;
};

/** The abnormal points of a trend in words: how many, and the latest, so the chart's marks can be read as text too. */
function abnormalFacts(trend: VitalsTrend) {
  let mild = 0;
  let severe = 0;
  let last: { at: number; text: string; severe: boolean } | null = null;
  for (const s of trend.series) {
    for (const [at, v, level] of s.points) {
      if (level === 0) continue;
      if (level === 2) severe++;
      else mild++;
      if (!last || at > last.at) last = { at, text: `${trend.series.length > 1 ? s.label : ''} ${v} ${trend.unit}`.trim(), severe: level === 2 };
    }
  }
  return { mild, severe, last };
}

/**
 * One measure's trend of a resident, with its band and sources: a panel of its own, so that the health record
 * page can embed it beside its other sections.
 */
export function TrendPanel({ residentId, measure, range }: { residentId: number; measure: TrendMeasure; range: TrendRange }) {
  const trend = useApiQuery('vitals.trend', { residentId, measure, range }, { placeholderData: (previous) => previous });
  if (trend.isError) return <Alert type="error" showIcon title={trend.error.message} />;
  if (!trend.data) return <Spin style={{ display: 'block', margin: 40 }} />;
  const t = trend.data;
  if (t.count === 0) {
    return <EmptyState title={`${TREND_RANGES[range]}没有${t.label}记录`} hint="换一个更长的时间范围，或在“测量录入”中录入。" />;
  }
  const facts = abnormalFacts(t);
  return (
    <div data-testid="trend-panel">
      <TrendChart trend={t} />
      <div className="trend-facts">
        <span>
          {TREND_RANGES[range]}共 {qty(t.count, '次')}测量
        </span>
        <span>
          <span style={{ display: 'inline-block', width: 14, height: 10, background: 'rgba(82, 196, 26, 0.25)', marginRight: 4 }} />
          {t.bandText}
        </span>
        <span data-testid="trend-abnormal">
          {facts.mild + facts.severe === 0
            ? '没有异常点'
            : `异常点 ${facts.mild + facts.severe} 个（明显异常 ${facts.severe} 个，图中菱形；异常 ${facts.mild} 个，图中圆点）；最近一次：${when(facts.last!.at)} ${facts.last!.text}`}
        </span>
        {t.sources.length > 0 && (
          <Popover title="判读标准" content={<RangeSources sources={t.sources} />} trigger={['hover', 'click']}>
            <a tabIndex={0}>
              判读依据
              {t.sources.some((s) => s.unverified) && (
                <Tag color="gold" style={{ marginLeft: 4 }}>
                  待核实
                </Tag>
              )}
            </a>
          </Popover>
        )}
      </div>
    </div>
  );
}
