import { DatePicker, Table } from 'antd';
import dayjs from 'dayjs';
import type { MarLine } from '../../../core/medication/mar.ts';
import { useApiQuery } from '../../api/hooks.ts';
import { EmptyState } from '../../ui/EmptyState.tsx';
import { ResidentSelect } from '../../ui/ResidentSelect.tsx';
import { FilingActions } from '../filings/FilingActions.tsx';

/** 给药记录单: one resident's month as the paper grid (a line per order and time, a column per day); printable. */
export function MarPanel({ residentId, month, onChange }: { residentId: number | null; month: string; onChange(v: { residentId?: number | null; month?: string }): void }) {
  const mar = useApiQuery('medication.mar', { residentId: residentId ?? 0, month }, { enabled: residentId !== null });
  const m = mar.data;
  const days = Array.from({ length: m?.days ?? 0 }, (_, i) => i);
  return (
    <>
      <div className="toolbar">
        <div style={{ width: '16em' }}>
          <ResidentSelect id="mar-resident" placeholder="选择老人" value={residentId} onChange={(v) => onChange({ residentId: v })} />
        </div>
        <DatePicker picker="month" value={dayjs(`${month}-01`)} onChange={(d) => d && onChange({ month: d.format('YYYY-MM') })} allowClear={false} aria-label="月份" />
        <FilingActions request={{ kind: 'mar', input: { residentId: residentId ?? 0, month } }} disabled={residentId === null} printLabel="打印给药记录单" />
        {m && (
          <span className="muted">
            应给 {m.totals.due} 次：已给 {m.totals.given}（迟给 {m.totals.late}），拒服 {m.totals.refused}，暂停 {m.totals.held}，漏给 {m.totals.missed}，未记录 {m.totals.unrecorded}
          </span>
        )}
      </div>
      {residentId === null ? (
        <EmptyState title="请先选择老人" hint="输入床号或姓名，看这位老人一个月的给药记录。" />
      ) : (
        <Table<MarLine>
          rowKey={(l) => `${l.orderId} ${l.time}`}
          size="small"
          loading={mar.isPending}
          dataSource={m?.lines ?? []}
          pagination={false}
          scroll={{ x: 'max-content' }}
          locale={{ emptyText: <EmptyState title="这个月没有医嘱" hint="医嘱由医生在“医嘱”页开具。" /> }}
          columns={[
            { title: '药品', fixed: 'left', width: '14em', render: (_: unknown, l) => `${l.drugName} ${l.dose} ${l.route}` },
            { title: '时间', fixed: 'left', width: '4.5em', dataIndex: 'time' },
            ...days.map((d) => ({
              title: String(d + 1),
              width: '2.4em',
              align: 'center' as const,
              render: (_: unknown, l: MarLine) => <span className={l.marks[d] && l.marks[d] !== '✓' ? 'alert-text' : undefined}>{l.marks[d]}</span>,
            })),
          ]}
        />
      )}
    </>
  );
}
