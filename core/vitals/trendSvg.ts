import * as echarts from 'echarts/core';
import { LineChart, ScatterChart } from 'echarts/charts';
import { GridComponent, LegendComponent, MarkAreaComponent } from 'echarts/components';
import { SVGRenderer } from 'echarts/renderers';
import { trendChartOption } from './chartOption.ts';
import type { VitalsTrend } from './trend.ts';

echarts.use([LineChart, ScatterChart, GridComponent, LegendComponent, MarkAreaComponent, SVGRenderer]);

/**
 * A trend as an SVG string for printed filings: echarts' server-side rendering, no DOM, no canvas. The chart
 * is disposed as soon as it is drawn (each one holds its own renderer). Pure: the same trend, the same SVG.
 */
export function trendSvg(trend: VitalsTrend, size: { width: number; height: number } = { width: 640, height: 220 }): string {
  const chart = echarts.init(null, null, { renderer: 'svg', ssr: true, width: size.width, height: size.height });
  try {
    chart.setOption(trendChartOption(trend, 'print'));
    return chart.renderToSVGString();
  } finally {
    chart.dispose();
  }
}
