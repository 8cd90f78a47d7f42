import { useEffect, useRef } from 'react';
import * as echarts from 'echarts/core';
import { LineChart, ScatterChart } from 'echarts/charts';
import { DataZoomComponent, GridComponent, LegendComponent, MarkAreaComponent, TooltipComponent } from 'echarts/components';
import { CanvasRenderer } from 'echarts/renderers';
import { trendChartOption, type VitalsTrend } from '../../../core/vitals/schema.ts';

echarts.use([LineChart, ScatterChart, GridComponent, LegendComponent, MarkAreaComponent, TooltipComponent, DataZoomComponent, CanvasRenderer]);

/** What echarts hands the tooltip for each series at the pointer. */
interface TooltipItem {
  seriesName?: string;
  marker?: string;
  value: [number, number];
}

const pad = (n: number) => String(n).padStart(2, '0');
const when = (ms: number) => {
  const d = new Date(ms);
  return `${d.getFullYear()}-${pad(d.getMonth() + 1)}-${pad(d.getDate())} ${pad(d.getHours())}:${pad(d.getMinutes())}`;
};

/**
 * One measure's trend on a canvas: the same option the printed filings draw as SVG (core/vitals/chartOption.ts),
 * with a tooltip and a zoom slider for long ranges. The line is thinned with LTTB there, so 3,650 points draw
 * at once; the chart is disposed when the page closes.
 */
export function TrendChart({ trend, height = 380 }: { trend: VitalsTrend; height?: number }) {
  const ref = useRef<HTMLDivElement>(null);
  const chartRef = useRef<echarts.ECharts | null>(null);

  useEffect(() => {
    const chart = echarts.init(ref.current!, null, { renderer: 'canvas' });
    chartRef.current = chart;
    const resize = new ResizeObserver(() => chart.resize());
    resize.observe(ref.current!);
    return () => {
      resize.disconnect();
      chart.dispose();
      chartRef.current = null;
    };
  }, []);

  useEffect(() => {
    const base = trendChartOption(trend, 'screen');
    const long = trend.series.some((s) => s.points.length > 200);
    chartRef.current?.setOption(
      {
        ...base,
        tooltip: {
          trigger: 'axis',
          axisPointer: { type: 'line' },
          formatter: (params: unknown) => {
            const list = (Array.isArray(params) ? params : [params]) as TooltipItem[];
            const first = list[0];
            if (!first) return '';
            const lines = list
              .filter((p) => !['异常', '明显异常'].includes(p.seriesName ?? ''))
              .map((p) => `${p.marker ?? ''}${p.seriesName ?? ''}：${p.value[1]} ${trend.unit}`);
            return [when(first.value[0]), ...lines].join('<br/>');
          },
        },
        dataZoom: long ? [{ type: 'inside' }, { type: 'slider', height: 22, bottom: 8 }] : [],
        grid: { ...(base.grid as object), bottom: long ? 64 : 32 },
      },
      { notMerge: true },
    );
  }, [trend]);

  return <div ref={ref} className="trend-chart" style={{ height }} role="img" aria-label={`${trend.label}趋势图`} />;
}
