import { useState } from 'react';
import { Button, Input, Segmented, Space, Table, Tabs, Tag } from 'antd';
import { PlusOutlined } from '@ant-design/icons';
import { useSearchParams } from 'react-router';
import { LEVEL_TEXT, type BatchRow, type DrugStock, type ExpiryLevel } from '../../../core/stock/schema.ts';
import { STOCK_CHECKERS, STOCK_KEEPERS } from '../../../core/stock/access.ts';
import { useApiQuery } from '../../api/hooks.ts';
import { useSession } from '../../app/session.tsx';
import { EmptyState } from '../../ui/EmptyState.tsx';
import { FilingActions } from '../filings/FilingActions.tsx';
import { DispenseDialog, ReceiveDrawer, WriteOffDialog } from './StockForms.tsx';
import { StockTakeDrawer } from './StockTakeDrawer.tsx';
import { ProxyPanel } from './ProxyPanel.tsx';

type Alert = 'all' | 'low' | 'expiring' | 'expired';
const LEVEL_COLOR: Record<ExpiryLevel, string> = { expired: 'red', soon: 'orange', near: 'gold', ok: '' };

/**
 * 药品库存: drugs with their batches (first expiry first), alerts for low stock and expiry within 90 / 30 days,
 * receive, dispense, write off, stock-take, and the 代配药 log. ?drug=3 opens that drug (the checker links so).
 */
export function StockPage() {
  const { can } = useSession();
  const [params, setParams] = useSearchParams();
  const [alert, setAlert] = useState<Alert>('all');
  const [q, setQ] = useState('');
  const [dialog, setDialog] = useState<{ kind: 'receive'; drug?: DrugStock } | { kind: 'dispense'; drug: DrugStock } | { kind: 'writeoff'; drug: DrugStock; batch: BatchRow } | { kind: 'take' } | null>(null);
  const list = useApiQuery('stock.list', { q, alert });
  const options = useApiQuery('medication.options', {}, { enabled: can(STOCK_KEEPERS) });
  const focus = params.get('drug') ? Number(params.get('drug')) : null;
  const tab = params.get('tab') === 'proxy' ? 'proxy' : 'stock';
  const a = list.data?.alerts;
  const stockTab = (
    <>
      <div className="toolbar">
        <Segmented<Alert>
          value={alert}
          onChange={setAlert}
          options={[
            { value: 'all', label: '全部' },
            { value: 'low', label: `低库存 ${a?.low ?? 0}` },
            { value: 'expiring', label: `90 天内到期 ${a?.expiring ?? 0}` },
            { value: 'expired', label: `已过期 ${a?.expired ?? 0}` },
          ]}
        />
        <Input.Search aria-label="搜索药品" placeholder="药名或规格" allowClear onSearch={(v) => setQ(v.trim())} style={{ width: '14em' }} />
        <FilingActions request={{ kind: 'stock', input: { withinDays: null } }} printLabel="打印库存及近效期表" />
        {can(STOCK_CHECKERS) && <Button onClick={() => setDialog({ kind: 'take' })}>药品盘点</Button>}
      </div>
      <Table<DrugStock>
        rowKey="id"
        size="middle"
        loading={list.isPending}
        dataSource={list.data?.rows ?? []}
        pagination={false}
        scroll={{ x: 900 }}
        rowClassName={(d) => (d.id === focus ? 'row-error' : '')}
        expandable={{
          defaultExpandedRowKeys: focus ? [focus] : [],
          rowExpandable: (d) => d.batches.length > 0,
          expandedRowRender: (d) => (
            <Table<BatchRow>
              rowKey="id"
              size="small"
              pagination={false}
              dataSource={d.batches}
              columns={[
                { title: '批号', dataIndex: 'batchNo', width: '9em' },
                { title: '有效期至', dataIndex: 'expiresOn', width: '8em' },
                { title: '效期', width: '9em', render: (_: unknown, b) => (b.level === 'ok' ? `剩 ${b.daysLeft} 天` : <Tag color={LEVEL_COLOR[b.level]}>{b.level === 'expired' ? '已过期' : `剩 ${b.daysLeft} 天`}</Tag>) },
                { title: '库存', width: '7em', render: (_: unknown, b) => `${b.qty} ${d.unit}` },
                { title: '供货单位', dataIndex: 'supplier' },
                { title: '入库', dataIndex: 'receivedOn', width: '8em' },
                {
                  title: '',
                  width: '6em',
                  render: (_: unknown, b) =>
                    can(STOCK_CHECKERS) ? (
                      <Button size="small" danger={b.level === 'expired'} onClick={() => setDialog({ kind: 'writeoff', drug: d, batch: b })}>
                        报损
                      </Button>
                    ) : null,
                },
              ]}
            />
          ),
        }}
        locale={{
          emptyText:
            alert === 'all' && q === '' ? (
              <EmptyState title="还没有药品库存" hint="药品到货后点“药品入库”，登记批号、有效期和数量。" />
            ) : (
              <EmptyState title="没有符合条件的药品" hint="换个条件看看。" />
            ),
        }}
        columns={[
          { title: '药品', render: (_: unknown, d) => `${d.name} ${d.spec}` },
          {
            title: '可用',
            width: '9em',
            render: (_: unknown, d) => (
              <Space size={4}>
                {d.usable} {d.unit}
                {d.low && <Tag color="orange">低</Tag>}
              </Space>
            ),
          },
          { title: '批号', width: '5em', render: (_: unknown, d) => d.batches.length },
          { title: '最近效期', width: '8em', dataIndex: 'nextExpiry' },
          { title: '提醒', width: '9em', render: (_: unknown, d) => (d.level === 'ok' ? null : <Tag color={LEVEL_COLOR[d.level]}>{LEVEL_TEXT[d.level]}</Tag>) },
          {
            title: '',
            width: '10em',
            render: (_: unknown, d) =>
              can(STOCK_KEEPERS) ? (
                <Space>
                  <Button size="small" onClick={() => setDialog({ kind: 'dispense', drug: d })} disabled={d.usable === 0}>
                    发药
                  </Button>
                  <Button size="small" onClick={() => setDialog({ kind: 'receive', drug: d })}>
                    入库
                  </Button>
                </Space>
              ) : null,
          },
        ]}
      />
    </>
  );
  return (
    <div className="page">
      <div className="page-title">
        <h1>药品库存</h1>
        {can(STOCK_KEEPERS) && (
          <Button type="primary" icon={<PlusOutlined />} onClick={() => setDialog({ kind: 'receive' })}>
            药品入库
          </Button>
        )}
      </div>
      <Tabs
        activeKey={tab}
        onChange={(key) => setParams(key === 'proxy' ? { tab: 'proxy' } : {}, { replace: true })}
        items={[
          { key: 'stock', label: '库存', children: stockTab },
          { key: 'proxy', label: '代配药', children: <ProxyPanel /> },
        ]}
      />
      {dialog?.kind === 'receive' && <ReceiveDrawer drugs={options.data?.drugs ?? []} drug={dialog.drug} onClose={() => setDialog(null)} />}
      {dialog?.kind === 'dispense' && <DispenseDialog drug={dialog.drug} onClose={() => setDialog(null)} />}
      {dialog?.kind === 'writeoff' && <WriteOffDialog drug={dialog.drug} batch={dialog.batch} onClose={() => setDialog(null)} />}
      {dialog?.kind === 'take' && list.data && <StockTakeDrawer stock={list.data.rows} onClose={() => setDialog(null)} />}
    </div>
  );
}
