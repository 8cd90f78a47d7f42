import { useState } from 'react';
import { Button, Input, Segmented, Select, Table, Tag } from 'antd';
import { FREQUENCIES, ORDER_SOURCES, type OrderRow } from '../../../core/medication/schema.ts';
import { ORDER_WRITERS } from '../../../core/medication/access.ts';
import { useApiQuery } from '../../api/hooks.ts';
import { useSession } from '../../app/session.tsx';
import { EmptyState } from '../../ui/EmptyState.tsx';
import { ResidentSelect } from '../../ui/ResidentSelect.tsx';
import { StopOrderDialog } from './StopOrderDialog.tsx';

type Status = 'active' | 'stopped' | 'all';

/** 医嘱: running, stopped or all orders, by floor or resident, searched by drug or name; stop one (the doctor). */
export function OrdersPanel({ floors, onPrescribe }: { floors: number[]; onPrescribe(residentId: number | null): void }) {
  const { can, user } = useSession();
  const [residentId, setResidentId] = useState<number | null>(null);
  const [floor, setFloor] = useState<number | null>(null);
  const [status, setStatus] = useState<Status>('active');
  const [q, setQ] = useState('');
  const [stopping, setStopping] = useState<OrderRow | null>(null);
  const list = useApiQuery('medication.orders', { residentId, floor, status, q });
  const canStop = (o: OrderRow) => can(ORDER_WRITERS) && (o.source === 'external' || user.role === 'doctor') && status !== 'stopped' && o.stopAt === null;
  return (
    <>
      <div className="toolbar">
        <Segmented<Status>
          value={status}
          onChange={setStatus}
          options={[
            { value: 'active', label: '在用' },
            { value: 'stopped', label: '已停' },
            { value: 'all', label: '全部' },
          ]}
        />
        <Select
          aria-label="楼层"
          value={floor ?? 'all'}
          onChange={(v: number | 'all') => setFloor(v === 'all' ? null : v)}
          options={[{ value: 'all' as const, label: '全部楼层' }, ...floors.map((f) => ({ value: f, label: `${f} 楼` }))]}
          style={{ width: '8em' }}
        />
        <div style={{ width: '16em' }}>
          <ResidentSelect id="orders-resident" placeholder="全部老人" value={residentId} onChange={setResidentId} />
        </div>
        <Input.Search aria-label="搜索药品或老人" placeholder="药名或老人姓名" allowClear onSearch={(v) => setQ(v.trim())} style={{ width: '14em' }} />
        <span className="muted" aria-live="polite">
          共 {list.data?.length ?? 0} 条
        </span>
      </div>
      <Table<OrderRow>
        rowKey="id"
        size="small"
        loading={list.isPending}
        dataSource={list.data ?? []}
        pagination={{ pageSize: 50, showSizeChanger: false }}
        scroll={{ x: 1100 }}
        locale={{
          emptyText: (
            <EmptyState
              title="没有符合条件的医嘱"
              hint={can(ORDER_WRITERS) ? '点“开医嘱”为老人开具长期或临时医嘱。' : '医嘱由医生开具。'}
              action={can(ORDER_WRITERS) ? <Button onClick={() => onPrescribe(residentId)}>开医嘱</Button> : undefined}
            />
          ),
        }}
        columns={[
          { title: '床位 / 老人', width: '10em', render: (_: unknown, o) => `${o.bedLabel} ${o.residentName}` },
          {
            title: '药品',
            width: '15em',
            render: (_: unknown, o) => (
              <>
                {o.drugName} {o.spec && o.spec !== o.dose && <span className="muted">（{o.spec}）</span>}
                {!o.longTerm && <Tag style={{ marginLeft: 4 }}>临时</Tag>}
              </>
            ),
          },
          { title: '剂量 / 途径', width: '9em', render: (_: unknown, o) => `${o.dose} ${o.route}` },
          { title: '频次 / 时间', width: '12em', render: (_: unknown, o) => `${FREQUENCIES[o.frequency].label} ${o.times.join('、')}` },
          { title: '开始', width: '9em', dataIndex: 'startAt' },
          { title: '停止', width: '12em', render: (_: unknown, o) => (o.stopAt ? `${o.stopAt.replace(' 24:00', '')}（${o.stopReason ?? '到期'}）` : '') },
          { title: '开方', width: '10em', render: (_: unknown, o) => (o.source === 'clinic' ? o.prescriber : `${ORDER_SOURCES.external}：${o.prescriber}`) },
          {
            title: '',
            width: '6em',
            render: (_: unknown, o) =>
              canStop(o) ? (
                <Button size="small" danger onClick={() => setStopping(o)}>
                  停止
                </Button>
              ) : null,
          },
        ]}
      />
      {stopping && <StopOrderDialog order={stopping} onClose={() => setStopping(null)} />}
    </>
  );
}
