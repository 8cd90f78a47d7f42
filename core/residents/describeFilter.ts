import { careLevelLabel, type RosterFilter } from './schema.ts';

const STATUS_TEXT: Record<RosterFilter['status'], string> = {
  in_residence: '在住老人',
  left: '已离院/去世老人',
  all: '全部老人',
  deleted: '已删除的记录',
};

/** The filter in words, printed on the filing and the export so a reader knows what the list covers. */
export function describeFilter(filter: RosterFilter): string {
  const parts = [STATUS_TEXT[filter.status]];
  if (filter.floor !== null) parts.push(`${filter.floor} 楼`);
  if (filter.aged65) parts.push('65 周岁及以上');
  if (filter.careLevel !== null) parts.push(careLevelLabel(filter.careLevel === -1 ? null : filter.careLevel));
  if (filter.q) parts.push(`搜索“${filter.q}”`);
  return `范围：${parts.join('，')}`;
}
