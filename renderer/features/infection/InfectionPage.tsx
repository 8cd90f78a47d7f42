import { useState } from 'react';
import dayjs from 'dayjs';
import { Button, DatePicker, Table, Tabs, Tag } from 'antd';
import { useSearchParams } from 'react-router';
import { ISOLATION, WASTE_KINDS, type CaseRow, type DisinfectionRow, type WasteRow } from '../../../core/infection/schema.ts';
import { CASE_WRITERS, INFECTION_RECORDERS } from '../../../core/infection/access.ts';
import { useApiQuery } from '../../api/hooks.ts';
import { useSession } from '../../app/session.tsx';
import { EmptyState } from '../../ui/EmptyState.tsx';
import { CaseDialog, CloseCaseDialog, DisinfectionDialog, HandOverDialog, WasteDialog } from './InfectionForms.tsx';

type Dialog = { kind: 'waste' } | { kind: 'handover'; ids: number[] } | { kind: 'disinfection' } | { kind: 'case' } | { kind: 'close'; c: CaseRow } | null;

/**
 * 感染控制: the medical-waste register (stored batches first, handed over against the 转移联单 with both signatures),
 * the disinfection log and infection cases with their isolation. ?id=N marks a waste entry (the checker links so).
 */
export function InfectionPage() {
  const { can } = useSession();
  const [params, setParams] = useSearchParams();
  const [month, setMonth] = useState(dayjs().format('YYYY-MM'));
  const [selected, setSelected] = useState<number[]>([]);
  const [dialog, setDialog] = useState<Dialog>(null);
  const tab = params.get('tab') ?? 'waste';
  const marked = params.get('id') ? Number(params.get('id')) : null;
  const waste = useApiQuery('infection.waste', { month });
  const disinfections = useApiQuery('infection.disinfections', { month }, { enabled: tab === 'disinfection' });
  const cases = useApiQuery('infection.cases', {}, { enabled: tab === 'cases' });
  const recorder = can(INFECTION_RECORDERS);
  const monthPicker = <DatePicker picker="month" value={dayjs(`${month}-01`)} onChange={(d) => d && setMonth(d.format('YYYY-MM'))} allowClear={false} aria-label="月份" />;
  const stored = (waste.data ?? []).filter((w) => w.handedOverOn === null);
  const close = () => {
    setDialog(null);
    setSelected([]);
  };
  return (
    <div className="page">
      <div className="page-title">
        <h1>感染控制</h1>
      </div>
      <Tabs
        activeKey={tab}
        onChange={(key) => setParams(key === 'waste' ? {} : { tab: key }, { replace: true })}
        items={[
          {
            key: 'waste',
            label: '医疗废物',
            children: (
              <>
                <div className="toolbar">
                  {monthPicker}
                  {recorder && <Button onClick={() => setDialog({ kind: 'waste' })}>登记医疗废物</Button>}
                  {recorder && (
                    <Button type="primary" disabled={selected.length === 0} onClick={() => setDialog({ kind: 'handover', ids: selected })}>
                      交接所选（{selected.length}）
                    </Button>
                  )}
                  <span className="muted">暂存未交接 {stored.length} 批</span>
                </div>
                <Table<WasteRow>
                  rowKey="id"
                  size="small"
                  loading={waste.isPending}
                  dataSource={waste.data ?? []}
                  pagination={false}
                  scroll={{ x: 1000 }}
                  rowClassName={(w) => (w.id === marked ? 'row-error' : '')}
                  rowSelection={recorder ? { selectedRowKeys: selected, onChange: (keys) => setSelected(keys as number[]), getCheckboxProps: (w) => ({ disabled: w.handedOverOn !== null }) } : undefined}
                  locale={{ emptyText: <EmptyState title="这个月没有医疗废物登记" hint="每次收集后称重登记，交处置单位时勾选并“交接”。" /> }}
                  columns={[
                    { title: '产生日期', dataIndex: 'producedOn', width: '8em' },
                    { title: '类别', width: '6em', render: (_: unknown, w) => WASTE_KINDS[w.kind] },
                    { title: '重量', width: '7em', render: (_: unknown, w) => `${(w.weightG / 1000).toFixed(2)} 千克` },
                    { title: '包数', dataIndex: 'packages', width: '4em' },
                    { title: '收集人', dataIndex: 'packedBy', width: '6em' },
                    {
                      title: '交接',
                      render: (_: unknown, w) =>
                        w.handedOverOn ? (
                          `${w.handedOverOn} 交 ${w.receiver}（联单 ${w.manifestNo}；移交 ${w.handedBy}，接收 ${w.receivedBy}）`
                        ) : (
                          <Tag color="gold">暂存第 {w.days} 天（时限见合规检查）</Tag>
                        ),
                    },
                  ]}
                />
              </>
            ),
          },
          {
            key: 'disinfection',
            label: '消毒登记',
            children: (
              <>
                <div className="toolbar">
                  {monthPicker}
                  {recorder && <Button onClick={() => setDialog({ kind: 'disinfection' })}>消毒登记</Button>}
                </div>
                <Table<DisinfectionRow>
                  rowKey="id"
                  size="small"
                  loading={disinfections.isPending}
                  dataSource={disinfections.data ?? []}
                  pagination={{ pageSize: 50, showSizeChanger: false }}
                  locale={{ emptyText: <EmptyState title="这个月没有消毒登记" hint="每次消毒后点“消毒登记”。" /> }}
                  columns={[
                    { title: '日期', dataIndex: 'date', width: '8em' },
                    { title: '区域', dataIndex: 'area' },
                    { title: '方式', dataIndex: 'method', width: '10em' },
                    { title: '消毒剂', dataIndex: 'agent', width: '12em' },
                    { title: '执行人', dataIndex: 'byName', width: '6em' },
                  ]}
                />
              </>
            ),
          },
          {
            key: 'cases',
            label: '感染病例',
            children: (
              <>
                <div className="toolbar">{can(CASE_WRITERS) && <Button onClick={() => setDialog({ kind: 'case' })}>登记感染病例</Button>}</div>
                <Table<CaseRow>
                  rowKey="id"
                  size="small"
                  loading={cases.isPending}
                  dataSource={cases.data ?? []}
                  pagination={false}
                  locale={{ emptyText: <EmptyState title="近一年没有感染病例" hint="发现感染时登记病例和隔离措施。" /> }}
                  columns={[
                    { title: '老人', width: '10em', render: (_: unknown, c) => `${c.bedLabel} ${c.residentName}` },
                    { title: '发病', dataIndex: 'onsetOn', width: '8em' },
                    { title: '诊断/部位', render: (_: unknown, c) => `${c.infection}${c.pathogen ? `（${c.pathogen}）` : ''}` },
                    { title: '隔离', width: '13em', render: (_: unknown, c) => (c.isolation === 'none' ? ISOLATION.none : `${ISOLATION[c.isolation]} ${c.isolatedFrom ?? ''} 起${c.isolatedTo ? ` 至 ${c.isolatedTo}` : ''}`) },
                    {
                      title: '状态',
                      width: '10em',
                      render: (_: unknown, c) =>
                        c.closedOn ? (
                          `${c.closedOn} 结案（${c.outcome}）`
                        ) : can(CASE_WRITERS) ? (
                          <Button size="small" onClick={() => setDialog({ kind: 'close', c })}>
                            结案
                          </Button>
                        ) : (
                          <Tag color="red">未结案</Tag>
                        ),
                    },
                  ]}
                />
              </>
            ),
          },
        ]}
      />
      {dialog?.kind === 'waste' && <WasteDialog onClose={close} />}
      {dialog?.kind === 'handover' && <HandOverDialog ids={dialog.ids} onClose={close} />}
      {dialog?.kind === 'disinfection' && <DisinfectionDialog onClose={close} />}
      {dialog?.kind === 'case' && <CaseDialog onClose={close} />}
      {dialog?.kind === 'close' && <CloseCaseDialog c={dialog.c} onClose={close} />}
    </div>
  );
}
