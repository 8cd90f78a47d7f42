import { useState } from 'react';
import { Button, DatePicker, Input, Select, Space, Table } from 'antd';
import type { Dayjs } from 'dayjs';
import { AUDIT_COUNT_CAP, AUDIT_ENTITIES, type AuditPage as AuditPageData } from '../../../core/audit/schema.ts';
import type { PresentedAuditRow } from '../../../core/audit/present.ts';
import { ROLE_LABELS, type Role } from '../../../core/shared/roles.ts';
import { formatDateTime } from '../../../core/shared/dates.ts';
import { useApiQuery } from '../../api/hooks.ts';
import { useDebounced } from '../../ui/useDebounced.ts';
import { EmptyState } from '../../ui/EmptyState.tsx';
import { ChangeDiff } from './ChangeDiff.tsx';

const PAGE = 50;

/** “共 N 条”, or “超过 10,000 条” where the count stopped; nothing where counting would mean reading everything. */
function totalText(total: AuditPageData['total'] | undefined): string {
  if (!total) return '';
  return total.capped ? `超过 ${AUDIT_COUNT_CAP.toLocaleString('zh-CN')} 条` : `共 ${total.count.toLocaleString('zh-CN')} 条`;
}

/** 审计日志: every change, who made it and when, with before and after. Read-only by design. */
export function AuditPage() {
  const [range, setRange] = useState<[Dayjs | null, Dayjs | null] | null>(null);
  const [userId, setUserId] = useState<number | null>(null);
  const [entity, setEntity] = useState<keyof typeof AUDIT_ENTITIES | null>(null);
  const [text, setText] = useState('');
  // The cursor of each page gone through, from the first (newest); the last is the page shown. 更早 pushes the
  // shown page's nextCursor, 更新 pops: keyset paging has no page numbers to jump to.
  const [cursors, setCursors] = useState<(number | null)[]>([null]);
  const q = useDebounced(text.trim());
  const users = useApiQuery('users.list', {});
  const filter = {
    from: range?.[0]?.format('YYYY-MM-DD') ?? null,
    to: range?.[1]?.format('YYYY-MM-DD') ?? null,
    userId,
    entity,
    q,
    limit: PAGE,
  };
  const list = useApiQuery('audit.list', { ...filter, before: cursors.at(-1) ?? null }, { placeholderData: (prev) => prev });
  // Only the first page is counted; on later pages the same (cached) query gives the count.
  const first = useApiQuery('audit.list', { ...filter, before: null });
  const reset = <T,>(set: (v: T) => void) => (v: T) => {
    set(v);
    setCursors([null]);
  };
  const nextCursor = list.data?.nextCursor ?? null;
  return (
    <div className="page">
      <div className="page-title">
        <h1>审计日志</h1>
        <span className="muted">记录每一次修改：谁、何时、改了什么。日志只能追加，不能修改或删除。</span>
      </div>
      <div className="toolbar">
        <DatePicker.RangePicker value={range} onChange={reset(setRange)} aria-label="日期范围" />
        <Select
          allowClear
          placeholder="全部操作人"
          style={{ width: '12em' }}
          value={userId}
          onChange={reset((v: number | undefined) => setUserId(v ?? null))}
          options={(users.data ?? []).map((u) => ({ value: u.id, label: `${u.displayName}（${ROLE_LABELS[u.role]}）` }))}
        />
        <Select
          allowClear
          placeholder="全部类别"
          style={{ width: '9em' }}
          value={entity}
          onChange={reset((v: keyof typeof AUDIT_ENTITIES | undefined) => setEntity(v ?? null))}
          options={Object.entries(AUDIT_ENTITIES).map(([value, label]) => ({ value, label }))}
        />
        <Input.Search allowClear placeholder="搜索内容，如老人姓名" style={{ width: '16em' }} value={text} onChange={(e) => reset(setText)(e.target.value)} />
      </div>
      <Table<PresentedAuditRow>
        rowKey="id"
        loading={list.isFetching}
        dataSource={list.data?.rows ?? []}
        locale={{ emptyText: <EmptyState title="没有符合条件的记录" hint="请调整日期或筛选条件。" /> }}
        pagination={false}
        expandable={{
          expandedRowRender: (r) => <ChangeDiff changes={r.changes} />,
          rowExpandable: (r) => r.changes.length > 0,
        }}
        columns={[
          { title: '时间', dataIndex: 'at', width: 170, render: (v: string) => formatDateTime(v) },
          {
            title: '操作人',
            dataIndex: 'userName',
            width: 220,
            render: (v: string, r) => `${v}${r.userRole ? `（${ROLE_LABELS[r.userRole as Role]}）` : ''}`,
          },
          { title: '类别', dataIndex: 'entity', width: 110, render: (v: keyof typeof AUDIT_ENTITIES) => AUDIT_ENTITIES[v] ?? v },
          { title: '内容', dataIndex: 'summary' },
        ]}
      />
      <div className="toolbar" style={{ justifyContent: 'flex-end', marginTop: 12 }}>
        <span className="muted" aria-live="polite">
          {list.data?.searchedTo ? `已查找到 ${formatDateTime(list.data.searchedTo)}，点“更早”继续往前找。` : ''}
          {totalText(first.data?.total)}
        </span>
        <Space>
          <Button disabled={cursors.length === 1} onClick={() => setCursors((c) => c.slice(0, -1))}>
            更新
          </Button>
          <span>第 {cursors.length} 页</span>
          <Button disabled={nextCursor === null || list.isPlaceholderData} onClick={() => setCursors((c) => [...c, nextCursor])}>
            更早
          </Button>
        </Space>
      </div>
    </div>
  );
}
