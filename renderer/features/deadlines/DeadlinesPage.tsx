import { useMemo, useState } from 'react';
import { Alert, Input, Segmented, Select, Table, Tag } from 'antd';
import { SearchOutlined } from '@ant-design/icons';
import { useNavigate, useSearchParams } from 'react-router';
import { URGENCIES, type DeadlineRow, type Urgency } from '../../../core/deadlines/schema.ts';
import { useApiQuery } from '../../api/hooks.ts';
import { EmptyState } from '../../ui/EmptyState.tsx';
import { URGENCY_COLOR, whenText } from './labels.ts';

const HORIZONS = [
  { value: 30, label: '30 天内' },
  { value: 90, label: '90 天内' },
  { value: 180, label: '半年内' },
];

/**
 * 待办期限: every dated obligation the signed-in post must meet, by urgency (已逾期 / 今天 / 7 天内 / 稍后), with
 * filters by kind and urgency, a search and counts. Tab reaches a row, Enter (or a click) opens the record to fix.
 * The 总览 keeps the compact card; this is the whole list.
 */
export function DeadlinesPage() {
  const navigate = useNavigate();
  const [days, setDays] = useState(90);
  const [urgency, setUrgency] = useState<Urgency | 'all'>('all');
  // ?kind=执业证书到期 opens on that kind (the 总览's card links so).
  const [params] = useSearchParams();
  const [kind, setKind] = useState<string | null>(params.get('kind'));
  const [q, setQ] = useState('');
  const list = useApiQuery('deadlines.list', { days });
  const rows = useMemo(() => list.data ?? [], [list.data]);
  const kinds = useMemo(() => [...new Set(rows.map((r) => r.kind))], [rows]);
  const ofKind = rows.filter((r) => kind === null || r.kind === kind);
  const needle = q.trim();
  const shown = ofKind.filter((r) => (urgency === 'all' || r.urgency === urgency) && (!needle || `${r.kind} ${r.title} ${r.todo}`.includes(needle)));
  const count = (u: Urgency) => ofKind.filter((r) => r.urgency === u).length;
  const open = (d: DeadlineRow) => void navigate(d.link);
  return (
    <div className="page">
      <div className="page-title">
        <h1>待办期限</h1>
        <span className="muted">证照、协议、评估、体检、给药、合规等一切有期限的事项，逾期的在最前；点一行（或按回车）去处理。</span>
      </div>
      <div className="toolbar">
        <Segmented<Urgency | 'all'>
          value={urgency}
          onChange={setUrgency}
          aria-label="紧急程度"
          options={[
            { value: 'all', label: `全部 ${ofKind.length}` },
            ...(Object.keys(URGENCIES) as Urgency[]).map((u) => ({ value: u, label: `${URGENCIES[u]} ${count(u)}` })),
          ]}
        />
        <Select
          id="deadline-kind"
          showSearch={{ optionFilterProp: 'label' }}
          listHeight={400}
          value={kind ?? 'all'}
          onChange={(v: string) => setKind(v === 'all' ? null : v)}
          style={{ width: '11em' }}
          aria-label="事项类别"
          options={[{ value: 'all', label: '全部类别' }, ...kinds.map((k) => ({ value: k, label: k }))]}
        />
        <Select id="deadline-days" value={days} onChange={setDays} style={{ width: '8em' }} aria-label="查看范围" options={HORIZONS} />
        <Input allowClear prefix={<SearchOutlined />} placeholder="姓名、床位、药品或事项" value={q} onChange={(e) => setQ(e.target.value)} style={{ width: '16em' }} aria-label="搜索待办期限" />
      </div>
      {list.isError && <Alert type="error" showIcon title={list.error.message} style={{ marginBottom: 12 }} />}
      <Table<DeadlineRow>
        size="small"
        rowKey="key"
        loading={list.isPending}
        dataSource={shown}
        pagination={{ pageSize: 50, hideOnSinglePage: true, showSizeChanger: false, showTotal: (n) => `共 ${n} 项` }}
        onRow={(d) => ({
          tabIndex: 0,
          style: { cursor: 'pointer' },
          onClick: () => open(d),
          onKeyDown: (e) => {
            if (e.key === 'Enter') open(d);
          },
          'aria-label': `${d.kind}：${d.title}，${whenText(d)}`,
        })}
        locale={{
          emptyText:
            rows.length === 0 ? (
              <EmptyState title={`${HORIZONS.find((h) => h.value === days)!.label}没有到期的事项`} hint="证照、药品效期、评估和体检到期前，漏记的给药和未通知的家属都会在这里提醒。" />
            ) : (
              <EmptyState title="没有符合条件的事项" hint="换一个类别或紧急程度，或清除搜索内容。" />
            ),
        }}
        columns={[
          { title: '紧急程度', dataIndex: 'urgency', width: '7em', render: (u: Urgency) => <Tag color={URGENCY_COLOR[u]}>{URGENCIES[u]}</Tag> },
          {
            title: '到期',
            dataIndex: 'due',
            width: '8.5em',
            render: (due: string, d) => (
              <>
                <div style={{ whiteSpace: 'nowrap' }}>{due}</div>
                <div className="muted" style={{ whiteSpace: 'nowrap' }}>
                  {d.daysLeft < 0 ? `逾期 ${-d.daysLeft} 天` : d.daysLeft === 0 ? '今天' : `${d.daysLeft} 天后`}
                </div>
              </>
            ),
          },
          { title: '事项', dataIndex: 'kind', width: '8em', render: (k: string) => <strong>{k}</strong> },
          { title: '对象', dataIndex: 'title' },
          { title: '要做什么', dataIndex: 'todo', className: 'muted' },
        ]}
      />
    </div>
  );
}
