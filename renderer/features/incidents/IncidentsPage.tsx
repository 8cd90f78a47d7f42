import { useMemo, useState } from 'react';
import { useSearchParams } from 'react-router';
import { useInfiniteQuery } from '@tanstack/react-query';
import { Button, DatePicker, Input, Segmented, Select, Table, Tag } from 'antd';
import { PlusOutlined } from '@ant-design/icons';
import dayjs, { type Dayjs } from 'dayjs';
import { INCIDENT_KINDS, INJURIES, type IncidentKind, type IncidentListInput, type IncidentRow } from '../../../core/incidents/schema.ts';
import { INCIDENT_DELETERS, INCIDENT_EDITORS } from '../../../core/incidents/access.ts';
import { showLocalMinute } from '../../../core/shared/dates.ts';
import { call } from '../../api/client.ts';
import { useApiQuery } from '../../api/hooks.ts';
import { useSession } from '../../app/session.tsx';
import { useDebounced } from '../../ui/useDebounced.ts';
import { EmptyState } from '../../ui/EmptyState.tsx';
import { openableRow } from '../../ui/openableRow.ts';
import { FilingActions } from '../filings/FilingActions.tsx';
import { ReportIncidentDrawer } from './IncidentFormDrawer.tsx';
import { IncidentDrawer } from './IncidentDrawer.tsx';
import { injuryColor } from './labels.ts';

const PAGE = 50;
type Show = 'all' | 'familyNotNotified' | 'followUpOpen' | 'deleted';

/**
 * 意外事件登记: the register of falls, choking, wandering and the other 九防 hazards, newest first, with what is
 * still to do (the family not yet told, the follow-up not closed) one click away, and the register printed for
 * the period shown.
 */
export function IncidentsPage() {
  const { can } = useSession();
  const [range, setRange] = useState<[Dayjs | null, Dayjs | null] | null>(null);
  const [kind, setKind] = useState<IncidentKind | null>(null);
  const [show, setShow] = useState<Show>('all');
  const [text, setText] = useState('');
  // The 总览's deadlines link here with ?id=N: the page opens on that incident.
  const [params, setParams] = useSearchParams();
  const linked = Number(params.get('id'));
  const [openId, setOpenIdState] = useState<number | null>(Number.isInteger(linked) && linked > 0 ? linked : null);
  const setOpenId = (id: number | null) => {
    setOpenIdState(id);
    if (id === null && params.has('id')) setParams({}, { replace: true });
  };
  const [reporting, setReporting] = useState(false);
  const q = useDebounced(text.trim());
  const counts = useApiQuery('incidents.openCounts', {});
  const filter: Omit<IncidentListInput, 'before' | 'limit'> = {
    q,
    residentId: null,
    kind,
    from: range?.[0]?.format('YYYY-MM-DD') ?? null,
    to: range?.[1]?.format('YYYY-MM-DD') ?? null,
    open: show === 'familyNotNotified' || show === 'followUpOpen' ? show : null,
    deleted: show === 'deleted',
  };
  const list = useInfiniteQuery({
    queryKey: ['incidents.list', filter],
    initialPageParam: null as number | null,
    queryFn: ({ pageParam }) => call('incidents.list', { ...filter, before: pageParam, limit: PAGE }),
    getNextPageParam: (last) => last.nextBefore ?? undefined,
  });
  const rows = useMemo(() => list.data?.pages.flatMap((p) => p.rows) ?? [], [list.data]);
  const filtered = q !== '' || kind !== null || range !== null || show !== 'all';
  // The printed register covers the dates chosen, or this month when none are.
  const printRange = {
    from: filter.from ?? dayjs().startOf('month').format('YYYY-MM-DD'),
    to: filter.to ?? dayjs().format('YYYY-MM-DD'),
  };
  const n = counts.data;
  return (
    <div className="page">
      <div className="page-title">
        <h1>意外事件</h1>
        <span className="muted">跌倒、坠床、噎食、走失等意外及用药差错的登记、通知家属和随访。</span>
      </div>
      <div className="toolbar">
        <Button type="primary" icon={<PlusOutlined />} onClick={() => setReporting(true)}>
          登记意外事件
        </Button>
        <Segmented<Show>
          value={show}
          onChange={setShow}
          options={[
            { value: 'all', label: '全部' },
            { value: 'familyNotNotified', label: `待通知家属${n ? ` ${n.familyNotNotified}` : ''}` },
            { value: 'followUpOpen', label: `随访中${n ? ` ${n.followUpOpen}` : ''}` },
            ...(can(INCIDENT_DELETERS) ? [{ value: 'deleted' as const, label: '已删除' }] : []),
          ]}
        />
        <DatePicker.RangePicker value={range} onChange={setRange} aria-label="发生日期范围" />
        <Select
          allowClear
          placeholder="全部类别"
          style={{ width: '10em' }}
          value={kind}
          onChange={(v: IncidentKind | undefined) => setKind(v ?? null)}
          options={Object.entries(INCIDENT_KINDS).map(([value, label]) => ({ value, label }))}
        />
        <Input.Search allowClear placeholder="搜索姓名、地点、经过" style={{ width: '15em' }} value={text} onChange={(e) => setText(e.target.value)} />
        <span style={{ marginLeft: 'auto' }}>
          <FilingActions request={{ kind: 'incidents', input: printRange }} printLabel="打印登记簿" disabled={!can(INCIDENT_EDITORS)} />
        </span>
      </div>
      <Table<IncidentRow>
        rowKey="id"
        loading={list.isFetching && !list.isFetchingNextPage}
        dataSource={rows}
        pagination={false}
        onRow={(r) => openableRow(`${showLocalMinute(r.occurredAt)} ${r.residentName} ${INCIDENT_KINDS[r.kind]}`, () => setOpenId(r.id))}
        locale={{
          emptyText: filtered ? (
            <EmptyState title="没有符合条件的记录" hint="请调整日期、类别或搜索内容。" />
          ) : (
            <EmptyState
              title="还没有登记意外事件"
              hint="老人跌倒、噎食、走失等情况发生后，请尽快在这里登记，并记录通知家属的时间。"
              action={
                <Button type="primary" onClick={() => setReporting(true)}>
                  登记意外事件
                </Button>
              }
            />
          ),
        }}
        columns={[
          {
            title: '发生时间',
            dataIndex: 'occurredAt',
            width: '10em',
            sorter: (a, b) => a.occurredAt.localeCompare(b.occurredAt),
            render: (v: string) => showLocalMinute(v),
          },
          { title: '老人', key: 'who', width: '10em', render: (_v, r) => `${r.bedLabel} 床 ${r.residentName}` },
          {
            title: '类别',
            dataIndex: 'kind',
            width: '8em',
            sorter: (a, b) => a.kind.localeCompare(b.kind),
            render: (v: IncidentKind) => INCIDENT_KINDS[v],
          },
          { title: '地点', dataIndex: 'place', width: '7em', ellipsis: true },
          {
            title: '伤情',
            dataIndex: 'injury',
            width: '6em',
            render: (v: IncidentRow['injury']) => <Tag color={injuryColor[v]}>{INJURIES[v]}</Tag>,
          },
          {
            title: '通知家属',
            key: 'notified',
            width: '10em',
            render: (_v, r) => (r.familyNotifiedAt ? showLocalMinute(r.familyNotifiedAt) : <Tag color="red">未通知</Tag>),
          },
          {
            title: '随访',
            key: 'followUp',
            width: '6em',
            render: (_v, r) => (r.followUpClosedOn ? <span className="muted">已结束</span> : <Tag color="gold">随访中</Tag>),
          },
          { title: '经过', dataIndex: 'description', ellipsis: true },
        ]}
      />
      <div className="toolbar" style={{ justifyContent: 'center', marginTop: 12 }}>
        {list.hasNextPage ? (
          <Button loading={list.isFetchingNextPage} onClick={() => void list.fetchNextPage()}>
            加载更早的记录
          </Button>
        ) : rows.length > 0 ? (
          <span className="muted">共 {rows.length} 条，已全部列出</span>
        ) : null}
      </div>
      {reporting && <ReportIncidentDrawer onClose={() => setReporting(false)} onSaved={setOpenId} />}
      {openId !== null && <IncidentDrawer id={openId} onClose={() => setOpenId(null)} />}
    </div>
  );
}
