import type { EChartsOption } from 'echarts';
import type { TrendPoint, VitalsTrend } from './trend.ts';

/**
 * How a trend is drawn, one option for both renderings: on screen (canvas, with tooltip and zoom added by the
 * screen) and in print (server-side SVG, trendSvg). The line is thinned with LTTB, which keeps the peaks and
 * troughs: 3,650 points draw as fast as a few hundred; the abnormal points are a series of their own, never
 * thinned away, marked by colour and by shape (they must read on a black-and-white printer too).
 */

const COLORS = ['#1f5fbf', '#0f8b8d'];
const LEVEL_STYLE = {
  1: { color: '#d46b08', symbol: 'circle', size: 7, label: '异常' },
  2: { color: '#cf1322', symbol: 'diamond', size: 11, label: '明显异常' },
} as const;

const DAY = 86_400_000;

function niceRange(trend: VitalsTrend): { min: number; max: number; interval: number } {
  let lo = Infinity;
  let hi = -Infinity;
  const take = (v: number | null) => {
    if (v === null) return;
    lo = Math.min(lo, v);
    hi = Math.max(hi, v);
  };
  for (const s of trend.series) for (const [, v] of s.points) take(v);
  for (const b of trend.bands) {
    take(b.min);
    take(b.max);
  }
  if (!Number.isFinite(lo)) return { min: 0, max: 1, interval: 1 };
  const pad = Math.max((hi - lo) * 0.06, trend.unit === '℃' || trend.unit === 'mmol/L' ? 0.2 : 1);
  // The smallest round step that divides the span into at most six: ticks on round numbers, the ends included.
  const span = hi - lo + 2 * pad;
  const interval = [0.1, 0.2, 0.5, 1, 2, 5, 10, 20, 25, 50, 100].find((s) => span / s <= 6) ?? 100;
  const round = (x: number) => Math.round(x * 10) / 10;
  return { min: round(Math.floor((lo - pad) / interval) * interval), max: round(Math.ceil((hi + pad) / interval) * interval), interval };
}

/** The time axis's labels: days up to a quarter (the health record's 90 days), months beyond. */
function dateFormat(trend: VitalsTrend): string {
  const first = trend.from ?? Math.min(...trend.series.map((s) => s.points[0]?.[0] ?? trend.to));
  return trend.to - first <= 100 * DAY ? '{MM}-{dd}' : '{yyyy}-{MM}';
}

export function trendChartOption(trend: VitalsTrend, mode: 'screen' | 'print'): EChartsOption {
  const { min, max, interval } = niceRange(trend);
  const print = mode === 'print';
  const many = trend.series.some((s) => s.points.length > 90);
  const text = { fontFamily: "'Noto Sans CJK SC', 'Microsoft YaHei', sans-serif", fontSize: print ? 10 : 12, color: '#333' };
  const lines = trend.series.map((s, i) => {
    const band = trend.bands.find((b) => b.series === s.key);
    return {
      type: 'line' as const,
      name: s.label,
      data: s.points.map(([t, v]) => [t, v]),
      sampling: 'lttb' as const,
      showSymbol: !many,
      symbolSize: 4,
      lineStyle: { width: print ? 1.2 : 1.6, color: COLORS[i % COLORS.length], type: i === 1 ? ('dashed' as const) : ('solid' as const) },
      itemStyle: { color: COLORS[i % COLORS.length] },
      silent: print,
      z: 2,
      markArea: band
        ? {
            silent: true,
            itemStyle: { color: i === 0 ? 'rgba(82, 196, 26, 0.13)' : 'rgba(19, 168, 168, 0.10)' },
            data: [[{ yAxis: band.min ?? min }, { yAxis: band.max ?? max }]] as never,
          }
        : undefined,
    };
  });
  const marks = ([1, 2] as const).map((level) => ({
    type: 'scatter' as const,
    name: LEVEL_STYLE[level].label,
    data: trend.series.flatMap((s) => s.points.filter((p: TrendPoint) => p[2] === level).map(([t, v]) => [t, v])),
    symbol: LEVEL_STYLE[level].symbol,
    symbolSize: LEVEL_STYLE[level].size,
    itemStyle: { color: LEVEL_STYLE[level].color, borderColor: '#fff', borderWidth: print ? 0.5 : 1 },
    silent: print,
    z: 5,
  }));
  return {
    animation: false,
    textStyle: text,
    grid: { left: print ? 44 : 56, right: print ? 12 : 24, top: 30, bottom: print ? 24 : 64 },
    legend: {
      top: 0,
      right: 0,
      textStyle: text,
      itemWidth: 18,
      data: [...trend.series.map((s) => s.label), ...marks.filter((m) => m.data.length > 0).map((m) => m.name)],
    },
    xAxis: {
      type: 'time',
      min: trend.from ?? undefined,
      max: trend.to,
      axisLabel: { ...text, formatter: dateFormat(trend), hideOverlap: true },
      splitLine: { show: false },
    },
    yAxis: {
      type: 'value',
      min,
      max,
      interval,
      name: trend.unit,
      nameTextStyle: text,
      axisLabel: text,
      splitLine: { lineStyle: { color: '#e5e5e5' } },
    },
    series: [...lines, ...marks],
  };
}
