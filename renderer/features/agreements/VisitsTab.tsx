import { useMemo, useState } from 'react';
import { useInfiniteQuery } from '@tanstack/react-query';
import { Button, DatePicker, Descriptions, Drawer, Select, Segmented, Table, Tag } from 'antd';
import { PlusOutlined } from '@ant-design/icons';
import type { Dayjs } from 'dayjs';
import type { AgreementRow, VisitRow } from '../../../core/agreements/schema.ts';
import { VISIT_DELETERS, VISIT_RECORDERS } from '../../../core/agreements/access.ts';
import { call } from '../../api/client.ts';
import { useApiQuery } from '../../api/hooks.ts';
import { useSession } from '../../app/session.tsx';
import { EmptyState } from '../../ui/EmptyState.tsx';
import { openableRow } from '../../ui/openableRow.ts';
import { VisitFormDrawer } from './VisitFormDrawer.tsx';
import { RemoveVisitDialog } from './AgreementDialogs.tsx';

const PAGE = 50;
type Show = 'all' | 'unplanned' | 'deleted';

/** 来访记录: every visit of the contracted centre, newest first; unplanned visits (outside any term) flagged. */
export function VisitsTab({ agreements }: { agreements: AgreementRow[] }) {
  const { can } = useSession();
  const [agreementId, setAgreementId] = useState<number | null>(null);
  const [range, setRange] = useState<[Dayjs | null, Dayjs | null] | null>(null);
  const [show, setShow] = useState<Show>('all');
  const [recording, setRecording] = useState(false);
  const [openId, setOpenId] = useState<number | null>(null);
  const filter = {
    agreementId,
    from: range?.[0]?.format('YYYY-MM-DD') ?? null,
    to: range?.[1]?.format('YYYY-MM-DD') ?? null,
    unplannedOnly: show === 'unplanned',
    deleted: show === 'deleted',
  };
  const list = useInfiniteQuery({
    queryKey: ['agreements.visits', filter],
    initialPageParam: null as number | null,
    queryFn: ({ pageParam }) => call('agreements.visits', { ...filter, before: pageParam, limit: PAGE }),
    getNextPageParam: (last) => last.nextCursor ?? undefined,
  });
  const rows = useMemo(() => list.data?.pages.flatMap((p) => p.rows) ?? [], [list.data]);
  const canRecord = can(VISIT_RECORDERS) && agreements.length > 0;
  return (
    <>
      <div className="toolbar">
        {canRecord && (
          <Button type="primary" icon={<PlusOutlined />} onClick={() => setRecording(true)}>
            登记来访
          </Button>
        )}
        <Segmented<Show>
          value={show}
          onChange={setShow}
          options={[
            { value: 'all', label: '全部' },
            { value: 'unplanned', label: '协议外临时来访' },
            ...(can(VISIT_DELETERS) ? [{ value: 'deleted' as const, label: '已删除' }] : []),
          ]}
        />
        <Select
          allowClear
          placeholder="全部协议"
          style={{ width: '18em' }}
          value={agreementId}
          onChange={(v: number | undefined) => setAgreementId(v ?? null)}
          options={agreements.map((a) => ({ value: a.id, label: `${a.partnerName}（${a.startsOn.slice(0, 4)}）` }))}
        />
        <DatePicker.RangePicker value={range} onChange={setRange} aria-label="来访日期范围" />
      </div>
      <Table<VisitRow>
        rowKey="id"
        loading={list.isFetching && !list.isFetchingNextPage}
        dataSource={rows}
        pagination={false}
        onRow={(r) => openableRow(`${r.visitOn} ${r.partnerName} 来访`, () => setOpenId(r.id))}
        locale={{
          emptyText:
            agreements.length === 0 ? (
              <EmptyState title="请先录入签约协议" hint="来访记录按协议登记，计入该协议的服务到位。" />
            ) : (
              <EmptyState
                title="没有来访记录"
                hint="社区卫生服务中心的医生、护士每次来院，请登记来访人员、提供的服务和诊视的老人。"
                action={canRecord && <Button type="primary" onClick={() => setRecording(true)}>登记来访</Button>}
              />
            ),
        }}
        columns={[
          { title: '日期', dataIndex: 'visitOn', width: '8em' },
          { title: '时间', key: 'time', width: '8em', render: (_v, r) => (r.endsAt ? `${r.startsAt}–${r.endsAt}` : r.startsAt) },
          { title: '来访人员', key: 'staff', ellipsis: true, render: (_v, r) => r.staff.map((s) => `${s.name}（${s.role}）`).join('、') },
          { title: '提供的服务', key: 'services', ellipsis: true, render: (_v, r) => r.services.map((s) => s.name).join('、') },
          { title: '诊视', dataIndex: 'residentCount', width: '5em', render: (n: number) => `${n} 人` },
          {
            title: '性质',
            key: 'kind',
            width: '9em',
            render: (_v, r) => (r.counted ? (r.unplanned ? <Tag color="blue">临时加诊</Tag> : '按协议') : <Tag color="orange">协议外，不计履约</Tag>),
          },
          { title: '签收', dataIndex: 'signedOffByName', width: '6em' },
        ]}
      />
      {list.hasNextPage && (
        <div style={{ textAlign: 'center', marginTop: 12 }}>
          <Button onClick={() => void list.fetchNextPage()} loading={list.isFetchingNextPage}>
            加载更早的记录
          </Button>
        </div>
      )}
      {recording && <VisitFormDrawer agreements={agreements.filter((a) => a.deletedAt === null)} onClose={() => setRecording(false)} />}
      {openId !== null && <VisitDrawer id={openId} onClose={() => setOpenId(null)} />}
    </>
  );
}

function VisitDrawer({ id, onClose }: { id: number; onClose(): void }) {
  const { can } = useSession();
  const visit = useApiQuery('agreements.visit', { id });
  const [removing, setRemoving] = useState(false);
  const v = visit.data;
  return (
    <Drawer open onClose={onClose} size={720} title={v ? `来访记录：${v.visitOn} ${v.partnerName}` : '来访记录'} destroyOnHidden>
      {v && (
        <>
          <Descriptions column={2} bordered size="small">
            <Descriptions.Item label="日期">{v.visitOn}</Descriptions.Item>
            <Descriptions.Item label="时间">{v.endsAt ? `${v.startsAt}–${v.endsAt}` : v.startsAt}</Descriptions.Item>
            <Descriptions.Item label="性质" span={2}>{v.counted ? '按协议来访，计入履约' : '协议外临时来访，不计入履约'}</Descriptions.Item>
            <Descriptions.Item label="来访人员" span={2}>
              {v.staff.map((s) => (
                <div key={s.name + s.role}>{`${s.name}（${s.role}${s.licenceNo ? `，执业证书 ${s.licenceNo}` : ''}）`}</div>
              ))}
            </Descriptions.Item>
            <Descriptions.Item label="提供的服务" span={2}>{v.services.map((s) => s.name).join('、')}</Descriptions.Item>
            <Descriptions.Item label="签收护士">{v.signedOffByName}</Descriptions.Item>
            <Descriptions.Item label="备注">{v.notes || '—'}</Descriptions.Item>
          </Descriptions>
          <h3 style={{ marginTop: 16 }}>诊视老人（{v.residents.length} 位）</h3>
          <Table
            size="small"
            rowKey="residentId"
            pagination={false}
            dataSource={v.residents}
            columns={[
              { title: '老人', key: 'who', width: '10em', render: (_x, r) => `${r.bedLabel} 床 ${r.name}` },
              { title: '血压', key: 'bp', width: '7em', render: (_x, r) => (r.systolic !== null ? `${r.systolic}/${r.diastolic}` : '—') },
              { title: '脉搏', dataIndex: 'pulse', width: '5em', render: (p: number | null) => p ?? '—' },
              { title: '诊视情况', dataIndex: 'note' },
              { title: '年度体检', dataIndex: 'annualExam', width: '6em', render: (x: boolean) => (x ? '已做' : '') },
            ]}
          />
          {v.deletedAt === null && can(VISIT_DELETERS) && (
            <Button danger style={{ marginTop: 16 }} onClick={() => setRemoving(true)}>
              删除这条记录
            </Button>
          )}
          {removing && <RemoveVisitDialog visit={v} onClose={() => { setRemoving(false); onClose(); }} />}
        </>
      )}
    </Drawer>
  );
}
