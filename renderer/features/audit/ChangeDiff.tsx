import { Table } from 'antd';
import type { AuditChange } from '../../../core/audit/present.ts';

function Value({ value }: { value: string | string[] | null }) {
  if (value === null) return <span className="muted">—</span>;
  if (Array.isArray(value)) return <>{value.map((line, i) => <div key={i}>{line}</div>)}</>;
  return <>{value}</>;
}

/** What a change did, field by field, in the words of the area that recorded it (core/audit/present.ts). */
export function ChangeDiff({ changes }: { changes: readonly AuditChange[] }) {
  if (changes.length === 0) return <span className="muted">无字段变化</span>;
  const hasBefore = changes.some((c) => c.before !== null);
  const hasAfter = changes.some((c) => c.after !== null);
  return (
    <Table
      size="small"
      pagination={false}
      rowKey="label"
      dataSource={changes}
      columns={[
        { title: '项目', dataIndex: 'label', width: 140 },
        ...(hasBefore ? [{ title: hasAfter ? '修改前' : '删除前', dataIndex: 'before', render: (v: AuditChange['before']) => <Value value={v} /> }] : []),
        ...(hasAfter ? [{ title: hasBefore ? '修改后' : '内容', dataIndex: 'after', render: (v: AuditChange['after']) => <Value value={v} /> }] : []),
      ]}
    />
  );
}
