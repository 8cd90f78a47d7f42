import { useState } from 'react';
import { useNavigate, useSearchParams } from 'react-router';
import { Input, Select, Space, Statistic, Table, Tabs, Tag } from 'antd';
import { useApiQuery } from '../../api/hooks.ts';
import { useSession } from '../../app/session.tsx';
import { useDebounced } from '../../ui/useDebounced.ts';
import { DUE_LIST_READERS } from '../../../core/exams/access.ts';
import { REFERRAL_LIST_READERS } from '../../../core/records/access.ts';

const STATUS = { never: ['red', '从未评估'], overdue: ['red', '已逾期'], due: ['orange', '今天到期'], soon: ['gold', '7 天内到期'], ok: ['green', '未到期'] } as const;

/** The filters every list here shares: a floor and part of a name. */
function useFilters() {
  const floors = useApiQuery('beds.floors', {});
  const [floor, setFloor] = useState<number | null>(null);
  const [q, setQ] = useState('');
  const filter = useDebounced({ floor, q }, 250);
  const bar = (
    <Space wrap style={{ marginBottom: 12 }}>
      <Input.Search allowClear placeholder="按姓名查找" style={{ width: '12em' }} value={q} onChange={(e) => setQ(e.target.value)} aria-label="按姓名查找" />
      <Select
        value={floor ?? 'all'}
        style={{ width: '9em' }}
        onChange={(v: number | 'all') => setFloor(v === 'all' ? null : v)}
        options={[{ value: 'all' as const, label: '全部楼层' }, ...(floors.data ?? []).map((f) => ({ value: f.floor, label: `${f.floor} 楼` }))]}
        aria-label="楼层"
      />
    </Space>
  );
  return { filter, bar };
}

const nameLink = (navigate: (to: string) => void) => (name: string, r: { residentId: number }) => (
  <a href={`#/residents/${r.residentId}/record`} onClick={(e) => (e.preventDefault(), navigate(`/residents/${r.residentId}/record`))}>
    {name}
  </a>
);

function HighRisk() {
  const navigate = useNavigate();
  const { filter, bar } = useFilters();
  const q = useApiQuery('assessments.highRisk', { ...filter, limit: 500 });
  const band = (v: { total: number | null; levelLabel: string; assessedOn: string } | null) => (v ? <Tag color="red">{`${v.levelLabel}（${v.total} 分，${v.assessedOn}）`}</Tag> : '—');
  return (
    <>
      {bar}
      <Space size="large" style={{ marginBottom: 8 }}>
        <Statistic title="压力性损伤高危" value={q.data?.counts.pressure ?? 0} suffix="人" />
        <Statistic title="跌倒高危" value={q.data?.counts.fall ?? 0} suffix="人" />
      </Space>
      <Table
        size="small"
        rowKey="residentId"
        loading={q.isPending}
        dataSource={q.data?.rows}
        pagination={{ pageSize: 50, hideOnSinglePage: true }}
        locale={{ emptyText: '没有压力性损伤或跌倒高危的老人（按最近一次 Braden、Morse 评估）' }}
        columns={[
          { title: '床位', dataIndex: 'bedLabel', width: '6em' },
          { title: '姓名', dataIndex: 'name', width: '7.5em', render: nameLink(navigate) },
          { title: '压力性损伤（Braden）', dataIndex: 'braden', render: band },
          { title: '跌倒（Morse）', dataIndex: 'morse', render: band },
        ]}
      />
    </>
  );
}

function Due() {
  const navigate = useNavigate();
  const { filter, bar } = useFilters();
  const q = useApiQuery('assessments.due', { ...filter, limit: 500 });
  const c = q.data?.counts;
  return (
    <>
      {bar}
      <Space size="large" style={{ marginBottom: 8 }}>
        <Statistic title="从未评估" value={c?.never ?? 0} />
        <Statistic title="已逾期" value={c?.overdue ?? 0} />
        <Statistic title="今天到期" value={c?.due ?? 0} />
        <Statistic title="7 天内到期" value={c?.soon ?? 0} />
      </Space>
      <Table
        size="small"
        rowKey={(r) => `${r.residentId}-${r.track}`}
        loading={q.isPending}
        dataSource={q.data?.rows}
        pagination={{ pageSize: 50, hideOnSinglePage: true }}
        locale={{ emptyText: '没有到期或逾期的评估' }}
        columns={[
          { title: '床位', dataIndex: 'bedLabel', width: '6em' },
          { title: '姓名', dataIndex: 'name', width: '7.5em', render: nameLink(navigate) },
          { title: '评估', dataIndex: 'trackLabel' },
          { title: '状态', dataIndex: 'status', width: '7.5em', render: (s: keyof typeof STATUS) => <Tag color={STATUS[s][0]}>{STATUS[s][1]}</Tag> },
          { title: '上次', key: 'last', render: (_, r) => (r.lastOn ? `${r.lastOn} ${r.lastLevel}` : '—') },
          { title: '应评估日期', dataIndex: 'nextDueOn', width: '7.5em', render: (v: string | null) => v ?? '—' },
        ]}
      />
    </>
  );
}

function ExamDue() {
  const navigate = useNavigate();
  const { filter, bar } = useFilters();
  const q = useApiQuery('exams.due', { ...filter, limit: 500 });
  const d = q.data;
  return (
    <>
      {bar}
      <Space size="large" style={{ marginBottom: 8 }} wrap>
        <Statistic title="65 岁及以上在住" value={d?.eligible ?? 0} suffix="人" />
        <Statistic title="已体检" value={d?.done ?? 0} suffix="人" />
        <Statistic title="完成率" value={d?.rate ?? '—'} suffix={d?.rate === null ? '' : '%'} />
      </Space>
      {d && (
        <p className="muted">
          统计期：{d.since} 起（{d.period.mode === 'calendar-year' ? '按自然年' : '按滚动 12 个月'}，{d.period.cite}
          {d.period.unverified && <Tag color="gold" style={{ marginLeft: 4 }}>待核实</Tag>}）
        </p>
      )}
      <Table
        size="small"
        rowKey="residentId"
        loading={q.isPending}
        dataSource={d?.rows}
        pagination={{ pageSize: 50, hideOnSinglePage: true }}
        locale={{ emptyText: '65 岁及以上的老人本年度都已体检' }}
        columns={[
          { title: '床位', dataIndex: 'bedLabel', width: '6em' },
          { title: '姓名', dataIndex: 'name', width: '7.5em', render: nameLink(navigate) },
          { title: '年龄', dataIndex: 'age', width: '4.5em' },
          { title: '上次体检', dataIndex: 'lastExamOn', render: (v: string | null) => v ?? '从未体检' },
        ]}
      />
    </>
  );
}

function OpenReferrals() {
  const navigate = useNavigate();
  const { filter, bar } = useFilters();
  const q = useApiQuery('records.openReferrals', { ...filter, limit: 500 });
  return (
    <>
      {bar}
      <Table
        size="small"
        rowKey="id"
        loading={q.isPending}
        dataSource={q.data?.rows}
        pagination={{ pageSize: 50, hideOnSinglePage: true }}
        locale={{ emptyText: '没有未结束的转诊' }}
        columns={[
          { title: '床位', dataIndex: 'bedLabel', width: '6em' },
          { title: '姓名', dataIndex: 'name', width: '7.5em', render: nameLink(navigate) },
          { title: '转往', key: 'hospital', render: (_, r) => `${r.hospital}${r.department ? ` ${r.department}` : ''}${r.partner ? '（医联体）' : ''}` },
          { title: '转出日期', dataIndex: 'referredOn', width: '7.5em' },
          { title: '已离院天数', dataIndex: 'daysAway', width: '6.5em' },
          { title: '', key: 'tags', render: (_, r) => (r.admitted ? <Tag color="orange">住院中</Tag> : <Tag>门急诊</Tag>) },
          { title: '原因', dataIndex: 'reason' },
        ]}
      />
    </>
  );
}

/** 护理与健康: the nurse's lists (high risk, assessments due), the 65+ annual exam due list, open referrals. */
export function NursePage() {
  const { can } = useSession();
  // ?tab=due opens on that list (the nurse's 总览 links so).
  const [params] = useSearchParams();
  return (
    <div className="page">
      <div className="page-title">
        <h1>护理与健康</h1>
      </div>
      <Tabs
      defaultActiveKey={params.get('tab') ?? 'risk'}
      items={[
        { key: 'risk', label: '高风险名单', children: <HighRisk /> },
        { key: 'due', label: '待评估', children: <Due /> },
        ...(can(DUE_LIST_READERS) ? [{ key: 'exam', label: '年度体检待检（65 岁及以上）', children: <ExamDue /> }] : []),
        ...(can(REFERRAL_LIST_READERS) ? [{ key: 'referrals', label: '未结束的转诊', children: <OpenReferrals /> }] : []),
      ]}
      />
    </div>
  );
}
