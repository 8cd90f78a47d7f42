import { Select, Table, Tag } from 'antd';
import { EXCEPTION_KINDS, SHIFTS, type DoseException, type Shift } from '../../../core/medication/schema.ts';
import { useApiQuery } from '../../api/hooks.ts';
import { EmptyState } from '../../ui/EmptyState.tsx';
import { IsoDatePicker } from '../../ui/IsoDatePicker.tsx';
import { shiftOptions } from './shift.ts';

const COLOR = { missed: 'red', refused: 'orange', held: 'gold', late: 'blue', unrecorded: 'purple' } as const;

/** 交班报告: a shift's doses missed, refused, held, given late or (once the shift is over) not recorded, on every floor or one. */
export function ExceptionsPanel({ floors, date, shift, floor, onChange }: { floors: number[]; date: string; shift: Shift; floor: number | null; onChange(v: { date?: string; shift?: Shift; floor?: number | null }): void }) {
  const report = useApiQuery('medication.exceptions', { date, shift, floor });
  const r = report.data;
  return (
    <>
      <div className="toolbar">
        <div style={{ width: '10em' }}>
          <IsoDatePicker id="report-date" value={date} onChange={(v) => v && onChange({ date: v })} />
        </div>
        <Select id="report-shift" aria-label="班次" value={shift} onChange={(v: Shift) => onChange({ shift: v })} options={shiftOptions} style={{ width: '15em' }} />
        <Select
          id="report-floor"
          aria-label="楼层"
          value={floor ?? 'all'}
          onChange={(v: number | 'all') => onChange({ floor: v === 'all' ? null : v })}
          options={[{ value: 'all' as const, label: '全部楼层' }, ...floors.map((f) => ({ value: f, label: `${f} 楼` }))]}
          style={{ width: '8em' }}
        />
        {r && (
          <span className="muted" aria-live="polite">
            应给 {r.due} 次，需交班说明 {r.rows.length} 次{r.over ? '' : '（本班尚未结束，未记录的不列入）'}
          </span>
        )}
      </div>
      <Table<DoseException>
        rowKey={(x) => `${x.floor} ${x.bedLabel} ${x.drugName} ${x.dueDate} ${x.dueTime}`}
        size="small"
        loading={report.isPending}
        dataSource={r?.rows ?? []}
        pagination={false}
        scroll={{ x: 900 }}
        locale={{ emptyText: <EmptyState title={`${SHIFTS[shift].label}没有漏给、迟给或未记录的药`} hint="这一班的药都按时给了。" /> }}
        columns={[
          { title: '床位 / 老人', width: '11em', render: (_: unknown, x) => `${x.bedLabel} ${x.residentName}` },
          { title: '应给', width: '9em', render: (_: unknown, x) => `${x.dueDate.slice(5)} ${x.dueTime}` },
          { title: '药品', render: (_: unknown, x) => `${x.drugName}　${x.dose} ${x.route}` },
          { title: '情况', width: '6em', render: (_: unknown, x) => <Tag color={COLOR[x.kind]}>{EXCEPTION_KINDS[x.kind]}</Tag> },
          {
            title: '说明',
            render: (_: unknown, x) => (x.kind === 'late' ? `${x.givenTime} 给药，迟 ${x.minutesLate} 分钟` : x.kind === 'unrecorded' ? '本班结束时仍未记录' : x.reason),
          },
          { title: '记录人', width: '6em', dataIndex: 'recordedBy' },
        ]}
      />
    </>
  );
}
