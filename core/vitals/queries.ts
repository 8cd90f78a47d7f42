/**
 * What the vitals area publishes to other areas (the health record, its filing, the timeline):
 *
 * - vitalsTrend(db, residentId, measure, range, now): one measure's points (oldest first, each with its level),
 *   the shaded normal band and where it comes from — the shape the trend chart draws;
 * - latestVitals(db, residentId): the latest value of each measure, in words, with its flag;
 * - vitalsTimeline(db, residentId, from, to): the resident's readings between two dates as timeline entries;
 * - trendSvg(trend, size): a trend as an SVG string for printed filings (echarts server-side rendering);
 * - abnormalVitals(db, { date, floor }, today): the day's abnormal readings of the home;
 * - homeRanges(db): the home's bands with their citations (待核实 where unverified).
 */
export { vitalsTrend, type TrendBand, type TrendPoint, type TrendSeries, type VitalsTrend, type PointLevel } from './trend.ts';
export { latestVitals, LATEST_MEASURES, type LatestMeasure, type LatestValue, type LatestVitals } from './latest.ts';
export { vitalsTimeline, type VitalsTimelineEntry } from './timeline.ts';
export { trendSvg } from './trendSvg.ts';
export { abnormalVitals, type AbnormalList, type AbnormalRow, type AbnormalFlag } from './abnormal.ts';
export { homeRanges } from './thresholds.ts';
