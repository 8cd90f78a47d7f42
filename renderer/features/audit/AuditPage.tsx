import { useState } from 'react';
import { DatePicker, Input, Select, Table } from 'antd';
import type { Dayjs } from 'dayjs';
import { AUDIT_ENTITIES } from '../../../core/audit/schema.ts';
import type { PresentedAuditRow } from '../../../core/audit/present.ts';
import { ROLE_LABELS, type Role } from '../../../core/shared/roles.ts';
import { formatDateTime } from '../../../core/shared/dates.ts';
import { useApiQuery } from '../../api/hooks.ts';
import { useDebounced } from '../../ui/useDebounced.ts';
import { EmptyState } from '../../ui/EmptyState.tsx';
import { ChangeDiff } from './ChangeDiff.tsx';

const PAGE = 50;

/** 审计日志: every change, who made it and when, with before and after. Read-only by design. */
export function AuditPage() {
  const [range, setRange] = useState<[Dayjs | null, Dayjs | null] | null>(null);
  const [userId, setUserId] = useState<number | null>(null);
  const [entity, setEntity] = useState<keyof typeof AUDIT_ENTITIES | null>(null);
  const [text, setText] = useState('');
  const [page, setPage] = useState(1);
  const q = useDebounced(text.trim());
  const users = useApiQuery('users.list', {});
  const input = {
    from: range?.[0]?.format('YYYY-MM-DD') ?? null,
    to: range?.[1]?.format('YYYY-MM-DD') ?? null,
    userId,
    entity,
    q,
    offset: (page - 1) * PAGE,
    limit: PAGE,
  };
  const list = useApiQuery('audit.list', input, { placeholderData: (prev) => prev });
  const reset = <T,>(set: (v: T) => void) => (v: T) => {
    set(v);
    setPage(1);
  };
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
        pagination={{
          current: page,
          pageSize: PAGE,
          total: list.data?.total ?? 0,
          showSizeChanger: false,
          showTotal: (t) => `共 ${t} 条`,
          onChange: setPage,
        }}
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
    </div>
  );
}
