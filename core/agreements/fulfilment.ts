import { FULFILMENT_BASIS } from './fulfilmentBasis.ts';
import { GRAIN_ORDER, addDays, daysIncluded, overlapDays, periodsBetween, type Grain, type Period } from './periods.ts';

/** One promised service: `times` per `per` (e.g. 1 per week). */
export interface AgreedTimes {
  serviceId: number;
  name: string;
  times: number;
  per: Grain;
}

/** A visit as 服务到位 counts it: its day, the agreed services it delivered, and whether it counts (inside the term). */
export interface CountedVisit {
  visitOn: string;
  serviceIds: readonly number[];
}

export interface ServiceCount {
  serviceId: number;
  name: string;
  /** Whole times owed in the period (rounded down); null when the period is shorter than the promise's unit. */
  agreed: number | null;
  /** Before rounding, for the record (e.g. 4.43 for a weekly promise over 31 days). */
  expected: number | null;
  delivered: number;
  gap: number;
}

export interface PeriodCount {
  key: string;
  label: string;
  from: string;
  to: string;
  /** Days of the period the agreement (and the range asked, up to today) covers. */
  coveredDays: number;
  periodDays: number;
  services: ServiceCount[];
  /** Visits made in the period, and the region profile's minimum for them (null when the profile names none). */
  visits: { delivered: number; minimum: number | null; gap: number };
  hasGap: boolean;
}

const EPSILON = 1e-9;

/** Index of the first visit on or after a day, in visits sorted by day (binary search: ten years of weeks stay fast). */
function firstOnOrAfter(visits: readonly CountedVisit[], day: string): number {
  let lo = 0;
  let hi = visits.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (visits[mid]!.visitOn < day) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/**
 * Times owed over a span for a promise of `times` per `per`: the span split over the promise's own periods,
 * each part owing its share of days (FULFILMENT_BASIS).
 */
export function expectedTimes(times: number, per: Grain, span: { from: string; to: string }): number {
  if (span.to < span.from) return 0;
  if (per === 'week') return (times * daysIncluded(span.from, span.to)) / 7;
  let total = 0;
  for (const unit of periodsBetween(per, span.from, span.to)) {
    total += (times * overlapDays(unit, span)) / daysIncluded(unit.from, unit.to);
  }
  return total;
}

const owed = (expected: number) => Math.floor(expected + EPSILON);

export interface FulfilmentInput {
  grain: Grain;
  /** The agreement's term. */
  term: { from: string; to: string };
  /** The range asked about, already cut at today by the caller. */
  range: { from: string; to: string };
  promises: readonly AgreedTimes[];
  visits: readonly CountedVisit[];
  /** The region profile's minimum visits per week (004 第4条; 000 三(二)); null when it names none. */
  minPerWeek: number | null;
}

export interface Fulfilment {
  basis: typeof FULFILMENT_BASIS;
  periods: PeriodCount[];
  /** The whole range at once (owed counted over the whole span, not summed from rounded periods). */
  total: PeriodCount | null;
}

function countSpan(input: FulfilmentInput, period: Pick<Period, 'key' | 'label' | 'from' | 'to'>, grain: Grain | null): PeriodCount {
  const covered = {
    from: [period.from, input.term.from, input.range.from].reduce((a, b) => (a > b ? a : b)),
    to: [period.to, input.term.to, input.range.to].reduce((a, b) => (a < b ? a : b)),
  };
  const coveredDays = daysIncluded(covered.from, covered.to);
  const inSpan = input.visits.slice(firstOnOrAfter(input.visits, covered.from), firstOnOrAfter(input.visits, addDays(covered.to, 1)));
  const services = input.promises.map((p): ServiceCount => {
    const delivered = inSpan.filter((v) => v.serviceIds.includes(p.serviceId)).length;
    const judged = grain === null || GRAIN_ORDER[grain] >= GRAIN_ORDER[p.per];
    const expected = judged ? expectedTimes(p.times, p.per, covered) : null;
    const agreed = expected === null ? null : owed(expected);
    return { serviceId: p.serviceId, name: p.name, agreed, expected, delivered, gap: agreed === null ? 0 : Math.max(0, agreed - delivered) };
  });
  const minimum = input.minPerWeek === null ? null : owed((input.minPerWeek * coveredDays) / 7);
  const visits = { delivered: inSpan.length, minimum, gap: minimum === null ? 0 : Math.max(0, minimum - inSpan.length) };
  return {
    key: period.key,
    label: period.label,
    from: period.from,
    to: period.to,
    coveredDays,
    periodDays: daysIncluded(period.from, period.to),
    services,
    visits,
    hasGap: visits.gap > 0 || services.some((s) => s.gap > 0),
  };
}

/**
 * 服务到位: per period of the grain, each agreed service's owed times against the visits that delivered it, and
 * the visits against the profile's minimum. Periods outside the term or the range are left out.
 */
export function countFulfilment(input: FulfilmentInput): Fulfilment {
  const from = input.term.from > input.range.from ? input.term.from : input.range.from;
  const to = input.term.to < input.range.to ? input.term.to : input.range.to;
  if (to < from) return { basis: FULFILMENT_BASIS, periods: [], total: null };
  const sorted = { ...input, visits: [...input.visits].sort((a, b) => (a.visitOn < b.visitOn ? -1 : a.visitOn > b.visitOn ? 1 : 0)) };
  const periods = periodsBetween(input.grain, from, to).map((p) => countSpan(sorted, p, input.grain));
  const total = countSpan(sorted, { key: 'total', label: '合计', from, to }, null);
  return { basis: FULFILMENT_BASIS, periods, total };
}

/** The gaps in words, one line each, as the 履约情况 report states them. */
export function describeGaps(periods: readonly PeriodCount[]): string[] {
  const lines: string[] = [];
  for (const p of periods) {
    for (const s of p.services) {
      if (s.gap > 0) lines.push(`${p.label}：${s.name}约定 ${s.agreed} 次，实际 ${s.delivered} 次，少 ${s.gap} 次。`);
    }
    if (p.visits.gap > 0) {
      lines.push(`${p.label}：来访 ${p.visits.delivered} 次，低于政策最低 ${p.visits.minimum} 次，少 ${p.visits.gap} 次。`);
    }
  }
  return lines;
}
