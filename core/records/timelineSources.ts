import { defineTimelineSource, type TimelineSource } from './define.ts';
import { RECORD_SOURCES } from './recordSources.ts';
import { assessmentTimelineEntries } from '../assessments/queries.ts';
import { examTimelineEntries } from '../exams/queries.ts';

/**
 * Every source of the record's timeline. An area adds its entries with one line: its published read wrapped in
 * defineTimelineSource (see core/records/define.ts).
 */
export const TIMELINE_SOURCES: readonly TimelineSource[] = [
  ...RECORD_SOURCES,
  defineTimelineSource({ key: 'assessment', label: '评估', entries: assessmentTimelineEntries }),
  defineTimelineSource({ key: 'exam', label: '年度体检', entries: examTimelineEntries }),
];
