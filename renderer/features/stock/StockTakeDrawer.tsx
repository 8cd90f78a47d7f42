import { useState } from 'react';
import { Alert, App, Button, Drawer, Input, InputNumber, Space, Table } from 'antd';
import type { DrugStock } from '../../../core/stock/schema.ts';
import { call, ApiCallError } from '../../api/client.ts';
import { errorMessage } from '../../ui/serverErrors.ts';

interface Line {
  batchId: number;
  drug: string;
  unit: string;
  batchNo: string;
  expiresOn: string;
  books: number;
}

/** 盘点: every batch in stock with its book quantity; type what is on the shelf; differences are recorded. */
export function StockTakeDrawer({ stock, onClose }: { stock: DrugStock[]; onClose(): void }) {
  const { message } = App.useApp();
  const lines: Line[] = stock.flatMap((d) => d.batches.map((b) => ({ batchId: b.id, drug: `${d.name} ${d.spec}`, unit: d.unit, batchNo: b.batchNo, expiresOn: b.expiresOn, books: b.qty })));
  const [counted, setCounted] = useState<Record<number, number | null>>(() => Object.fromEntries(lines.map((l) => [l.batchId, l.books])));
  const [note, setNote] = useState('');
  const [error, setError] = useState<string | null>(null);
  const [saving, setSaving] = useState(false);
  const diffs = lines.filter((l) => counted[l.batchId] !== null && counted[l.batchId] !== l.books).length;
  const save = async () => {
    const missing = lines.findIndex((l) => counted[l.batchId] === null);
    if (missing >= 0) {
      setError(`第 ${missing + 1} 行（${lines[missing]!.drug} 批号 ${lines[missing]!.batchNo}）：请填写实盘数量`);
      return;
    }
    setSaving(true);
    try {
      const r = await call('stock.take', { lines: lines.map((l) => ({ batchId: l.batchId, counted: counted[l.batchId]! })), note });
      void message.success(`已保存盘点：${r.counted} 个批号，${r.differences.length ? `${r.differences.length} 个有差异` : '账实相符'}`);
      onClose();
    } catch (e) {
      setError(e instanceof ApiCallError ? e.message : errorMessage(e));
    } finally {
      setSaving(false);
    }
  };
  return (
    <Drawer
      open
      size="large"
      title="药品盘点"
      onClose={onClose}
      extra={
        <Space>
          <Button onClick={onClose}>取消</Button>
          <Button type="primary" loading={saving} onClick={() => void save()}>
            保存盘点
          </Button>
        </Space>
      }
    >
      <p className="muted">逐个批号清点货架上的数量，与账面不同的直接改为实盘数；保存后账面改为实盘数，盘盈盘亏留档。当前有差异 {diffs} 个。</p>
      {error && <Alert type="error" showIcon title={error} style={{ marginBottom: 12 }} />}
      <Table<Line>
        rowKey="batchId"
        size="small"
        pagination={false}
        dataSource={lines}
        columns={[
          { title: '药品', dataIndex: 'drug' },
          { title: '批号', dataIndex: 'batchNo', width: '8em' },
          { title: '有效期至', dataIndex: 'expiresOn', width: '8em' },
          { title: '账面', width: '6em', render: (_: unknown, l) => `${l.books} ${l.unit}` },
          {
            title: '实盘',
            width: '8em',
            render: (_: unknown, l) => (
              <InputNumber
                size="small"
                aria-label={`${l.drug} 批号 ${l.batchNo} 实盘数量`}
                min={0}
                precision={0}
                value={counted[l.batchId]}
                onChange={(v) => setCounted((c) => ({ ...c, [l.batchId]: v }))}
                status={counted[l.batchId] !== l.books ? 'warning' : undefined}
              />
            ),
          },
        ]}
      />
      <Input.TextArea style={{ marginTop: 12 }} rows={2} maxLength={200} placeholder="备注，如 月末盘点" value={note} onChange={(e) => setNote(e.target.value)} aria-label="备注" />
    </Drawer>
  );
}
