import { describe, expect, it } from 'vitest';
import { countFulfilment, describeGaps, expectedTimes, type CountedVisit } from './fulfilment.ts';
import { isoWeekOf, periodOf, periodsBetween } from './periods.ts';

const weekly = { serviceId: 1, name: '健康管理', times: 1, per: 'week' as const };
const monthly = { serviceId: 2, name: '健康教育', times: 2, per: 'month' as const };
const visit = (visitOn: string, ...serviceIds: number[]): CountedVisit => ({ visitOn, serviceIds });

describe('ISO weeks across New Year', () => {
  it('puts 2025-12-29…2026-01-04 in 2026-W01 and 2026-12-28…2027-01-03 in 2026-W53', () => {
    expect(isoWeekOf('2025-12-30')).toMatchObject({ year: 2026, week: 1, monday: '2025-12-29', sunday: '2026-01-04' });
    expect(isoWeekOf('2027-01-02')).toMatchObject({ year: 2026, week: 53, monday: '2026-12-28', sunday: '2027-01-03' });
    expect(isoWeekOf('2027-01-04')).toMatchObject({ year: 2027, week: 1 });
    expect(periodOf('week', '2026-01-04').key).toBe('2026-W01');
  });

  it('counts a visit on New Year’s Eve and one on 2 January in the same week, owed once', () => {
    const f = countFulfilment({
      grain: 'week',
      term: { from: '2026-01-01', to: '2027-12-31' },
      range: { from: '2026-12-28', to: '2027-01-03' },
      promises: [weekly],
      visits: [visit('2026-12-31', 1), visit('2027-01-02', 1)],
      minPerWeek: 1,
    });
    expect(f.periods).toHaveLength(1);
    expect(f.periods[0]).toMatchObject({ key: '2026-W53', coveredDays: 7, visits: { delivered: 2, minimum: 1, gap: 0 } });
    expect(f.periods[0]!.services[0]).toMatchObject({ agreed: 1, delivered: 2, gap: 0 });
  });

  it('owes nothing for a week the agreement covers only from Friday (3 of 7 days rounds down to 0)', () => {
    const f = countFulfilment({
      grain: 'week',
      term: { from: '2027-01-01', to: '2027-12-31' },
      range: { from: '2026-12-01', to: '2027-01-10' },
      promises: [weekly],
      visits: [],
      minPerWeek: 1,
    });
    expect(f.periods.map((p) => [p.key, p.coveredDays, p.services[0]!.agreed, p.visits.minimum])).toEqual([
      ['2026-W53', 3, 0, 0],
      ['2027-W01', 7, 1, 1],
    ]);
  });
});

describe('an agreement starting mid-month', () => {
  const input = {
    grain: 'month' as const,
    term: { from: '2026-03-16', to: '2027-03-15' },
    range: { from: '2026-01-01', to: '2026-04-30' },
    promises: [weekly, monthly],
    minPerWeek: null,
  };
  it('owes the weekly promise for 16 of March’s days (16/7 → 2) and half the monthly one (2 × 16/31 → 1)', () => {
    const f = countFulfilment({ ...input, visits: [visit('2026-03-18', 1, 2)] });
    expect(f.periods.map((p) => p.key)).toEqual(['2026-03', '2026-04']);
    const march = f.periods[0]!;
    expect(march).toMatchObject({ coveredDays: 16, periodDays: 31 });
    expect(march.services[0]).toMatchObject({ agreed: 2, delivered: 1, gap: 1 });
    expect(march.services[0]!.expected).toBeCloseTo(16 / 7);
    expect(march.services[1]).toMatchObject({ agreed: 1, delivered: 1, gap: 0 });
    // April is whole: 30/7 → 4 weekly visits, 2 monthly.
    expect(f.periods[1]!.services.map((s) => s.agreed)).toEqual([4, 2]);
  });

  it('does not judge a monthly promise by the week', () => {
    const f = countFulfilment({ ...input, grain: 'week', range: { from: '2026-04-06', to: '2026-04-12' }, visits: [] });
    expect(f.periods[0]!.services.map((s) => s.agreed)).toEqual([1, null]);
    expect(f.periods[0]!.services[1]!.gap).toBe(0);
  });
});

describe('an agreement ending mid-quarter', () => {
  it('owes Q2 up to 15 May: weekly 45/7 → 6, monthly 2 + 2 × 15/31 → 2', () => {
    const f = countFulfilment({
      grain: 'quarter',
      term: { from: '2025-05-16', to: '2026-05-15' },
      range: { from: '2026-01-01', to: '2026-12-31' },
      promises: [weekly, monthly],
      visits: [visit('2026-04-02', 1, 2), visit('2026-05-15', 1), visit('2026-05-16', 1)],
      minPerWeek: 1,
    });
    expect(f.periods.map((p) => p.key)).toEqual(['2026Q1', '2026Q2']);
    const q2 = f.periods[1]!;
    expect(q2.coveredDays).toBe(45);
    expect(q2.services[0]).toMatchObject({ agreed: 6, delivered: 2, gap: 4 });
    expect(q2.services[1]).toMatchObject({ agreed: 2, delivered: 1, gap: 1 });
    // The visit after the term's last day is not this agreement's delivery.
    expect(q2.visits).toEqual({ delivered: 2, minimum: 6, gap: 4 });
    expect(describeGaps([q2])).toEqual([
      '2026年第2季度：健康管理约定 6 次，实际 2 次，少 4 次。',
      '2026年第2季度：健康教育约定 2 次，实际 1 次，少 1 次。',
      '2026年第2季度：来访 2 次，低于政策最低 6 次，少 4 次。',
    ]);
  });
});

describe('owed times over a span', () => {
  it('is exact for whole units and pro-rated for parts', () => {
    expect(expectedTimes(2, 'month', { from: '2026-02-01', to: '2026-02-28' })).toBe(2);
    expect(expectedTimes(1, 'quarter', { from: '2026-01-01', to: '2026-12-31' })).toBeCloseTo(4);
    expect(expectedTimes(12, 'year', { from: '2026-07-01', to: '2026-12-31' })).toBeCloseTo((12 * 184) / 365);
    expect(expectedTimes(1, 'week', { from: '2026-01-05', to: '2026-01-04' })).toBe(0);
  });

  it('a year totals what is owed over the whole year, not the sum of rounded months', () => {
    const f = countFulfilment({
      grain: 'year',
      term: { from: '2026-01-01', to: '2026-12-31' },
      range: { from: '2026-01-01', to: '2026-12-31' },
      promises: [weekly],
      visits: [],
      minPerWeek: null,
    });
    expect(f.periods[0]!.services[0]!.agreed).toBe(52);
    expect(f.total!.services[0]!.agreed).toBe(52);
  });

  it('lists months and quarters across a year end', () => {
    expect(periodsBetween('month', '2026-11-15', '2027-01-02').map((p) => p.key)).toEqual(['2026-11', '2026-12', '2027-01']);
    expect(periodsBetween('quarter', '2026-12-31', '2027-01-01').map((p) => p.key)).toEqual(['2026Q4', '2027Q1']);
  });
});
