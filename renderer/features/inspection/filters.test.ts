import { describe, expect, it } from 'vitest';
import type { InspectionItem } from '../../../core/inspection/schema.ts';
import { matches } from './filters.ts';

const item = (over: Partial<InspectionItem>): InspectionItem => ({
  key: 'record:x',
  source: 'record',
  label: '老年人能力评估在有效期内',
  authority: '民政',
  status: 'fail',
  summary: '在院 2 位老人中，1 位老人的评估已过期',
  evidence: [{ text: '101-1 李建国：上次评估 2026-05-22，应于 2026-11-22 前复评', link: '#/residents/2/record' }],
  more: 0,
  fix: '',
  link: null,
  basis: '',
  quote: '',
  unverified: false,
  note: null,
  ...over,
});

describe('the 迎检自查 page’s filters', () => {
  it('待处理 keeps 不符合, 需注意 and 无法判断; a conclusion keeps only itself', () => {
    const all = { authority: null, text: '' };
    expect(['fail', 'attention', 'unknown', 'pass', 'na'].map((s) => matches(item({ status: s as InspectionItem['status'] }), { ...all, status: 'problems' }))).toEqual([
      true,
      true,
      true,
      false,
      false,
    ]);
    expect(matches(item({ status: 'pass' }), { ...all, status: 'pass' })).toBe(true);
    expect(matches(item({ status: 'fail' }), { ...all, status: 'pass' })).toBe(false);
    expect(matches(item({ status: 'na' }), { ...all, status: 'all' })).toBe(true);
  });

  it('by reviewer, and by words anywhere in the item including its records (a name, a bed)', () => {
    expect(matches(item({}), { status: 'all', authority: '卫健', text: '' })).toBe(false);
    expect(matches(item({}), { status: 'all', authority: '民政', text: '李建国' })).toBe(true);
    expect(matches(item({}), { status: 'all', authority: null, text: ' 101-1 ' })).toBe(true);
    expect(matches(item({}), { status: 'all', authority: null, text: '王淑芬' })).toBe(false);
  });
});
