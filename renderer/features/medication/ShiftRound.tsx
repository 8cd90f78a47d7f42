import { useMemo, useRef, useState, type KeyboardEvent } from 'react';
import { Alert, App, Button, Input, Radio, Select, Space, Table, Tag } from 'antd';
import { ADMIN_STATUS, SHIFTS, type AdminStatus, type DueResident, type Shift } from '../../../core/medication/schema.ts';
import { DOSE_RECORDERS } from '../../../core/medication/access.ts';
import { useApiQuery } from '../../api/hooks.ts';
import { call, ApiCallError } from '../../api/client.ts';
import { useSession } from '../../app/session.tsx';
import { EmptyState } from '../../ui/EmptyState.tsx';
import { IsoDatePicker } from '../../ui/IsoDatePicker.tsx';
import { errorMessage } from '../../ui/serverErrors.ts';
import { shiftOptions } from './shift.ts';

interface Draft {
  status: AdminStatus | null;
  givenTime: string;
  reason: string;
}
interface Line {
  key: string;
  index: number;
  resident: DueResident;
  first: boolean;
  span: number;
  orderId: number;
  drug: string;
  dueDate: string;
  dueTime: string;
  recordedBy: string | null;
}

const KEYS: Record<string, AdminStatus> = { '1': 'given', '2': 'refused', '3': 'held', '4': 'missed' };
const HHMM = /^([01]\d|2[0-3]):[0-5]\d$/;
const keyOf = (orderId: number, dueDate: string, dueTime: string) => `${orderId} ${dueDate} ${dueTime}`;

/**
 * 本班给药: a floor's doses due in a shift, by bed. By keyboard: ↑/↓ move between doses, 1 已给 (at the due time,
 * change it in the box), 2 拒服, 3 暂停, 4 漏给 (the reason box takes the focus), Ctrl+S saves the whole floor. A
 * refused save names the row and keeps everything typed.
 */
export function ShiftRound({ floors, date, shift, floor, onChange }: { floors: number[]; date: string; shift: Shift; floor: number; onChange(v: { date?: string; shift?: Shift; floor?: number }): void }) {
  const { can } = useSession();
  const { message } = App.useApp();
  const canRecord = can(DOSE_RECORDERS);
  const due = useApiQuery('medication.due', { floor, date, shift });
  // What is typed but not saved, over what is recorded (the parent remounts this for another floor or shift).
  const [edits, setEdits] = useState<Record<string, Draft>>({});
  const [error, setError] = useState<{ key: string | null; text: string } | null>(null);
  const [saving, setSaving] = useState(false);
  const rows = useRef<Map<number, HTMLTableRowElement>>(new Map());
  const reasons = useRef<Map<string, HTMLInputElement>>(new Map());

  const lines = useMemo<Line[]>(() => {
    const out: Line[] = [];
    for (const r of due.data ?? []) {
      r.doses.forEach((d, i) =>
        out.push({
          key: keyOf(d.orderId, d.dueDate, d.dueTime),
          index: out.length,
          resident: r,
          first: i === 0,
          span: r.doses.length,
          orderId: d.orderId,
          drug: `${d.drugName}${d.spec && d.spec !== d.dose ? `（${d.spec}）` : ''}　${d.dose} ${d.route}${d.longTerm ? '' : '（临时）'}`,
          dueDate: d.dueDate,
          dueTime: d.dueTime,
          recordedBy: d.recordedBy,
        }),
      );
    }
    return out;
  }, [due.data]);

  const recorded = useMemo(() => {
    const m = new Map<string, Draft>();
    for (const r of due.data ?? []) for (const d of r.doses) m.set(keyOf(d.orderId, d.dueDate, d.dueTime), { status: d.status, givenTime: d.givenTime ?? '', reason: d.reason ?? '' });
    return m;
  }, [due.data]);
  const draftOf = (key: string): Draft | undefined => edits[key] ?? recorded.get(key);
  const touched = { has: (key: string) => key in edits };

  const set = (line: Line, patch: Partial<Draft>) => {
    setEdits((all) => {
      const d = { ...(all[line.key] ?? recorded.get(line.key) ?? { status: null, givenTime: '', reason: '' }), ...patch };
      if (patch.status === 'given' && !HHMM.test(d.givenTime)) d.givenTime = line.dueTime;
      if (patch.status && patch.status !== 'given') d.givenTime = '';
      return { ...all, [line.key]: d };
    });
  };
  const focusRow = (i: number) => rows.current.get(Math.max(0, Math.min(lines.length - 1, i)))?.focus();

  const save = async () => {
    const keys = lines.filter((l) => touched.has(l.key) && draftOf(l.key)?.status).map((l) => l);
    if (keys.length === 0) {
      void message.info('没有新记录的给药');
      return;
    }
    setSaving(true);
    setError(null);
    try {
      const result = await call('medication.recordShift', {
        floor,
        date,
        shift,
        rows: keys.map((l) => {
          const d = draftOf(l.key)!;
          return { orderId: l.orderId, dueDate: l.dueDate, dueTime: l.dueTime, status: d.status!, givenTime: d.status === 'given' ? d.givenTime : null, reason: d.reason };
        }),
      });
      await due.refetch();
      setEdits({});
      void message.success(`已保存 ${keys.length} 次给药记录${result.missed + result.refused + result.held > 0 ? `（未给药 ${result.missed + result.refused + result.held} 次）` : ''}`);
    } catch (e) {
      const row = e instanceof ApiCallError && e.field ? /^rows\.(\d+)\./.exec(e.field) : null;
      const key = row ? (keys[Number(row[1])]?.key ?? null) : null;
      setError({ key, text: errorMessage(e) });
      if (key) focusRow(lines.findIndex((l) => l.key === key));
    } finally {
      setSaving(false);
    }
  };

  const onRowKey = (e: KeyboardEvent<HTMLTableRowElement>, line: Line) => {
    if ((e.ctrlKey || e.metaKey) && e.key.toLowerCase() === 's') {
      e.preventDefault();
      void save();
      return;
    }
    if (e.target !== e.currentTarget) return;
    if (e.key === 'ArrowDown' || e.key === 'ArrowUp') {
      e.preventDefault();
      focusRow(line.index + (e.key === 'ArrowDown' ? 1 : -1));
    } else if (canRecord && KEYS[e.key]) {
      e.preventDefault();
      const status = KEYS[e.key]!;
      set(line, { status });
      if (status === 'given') focusRow(line.index + 1);
      else setTimeout(() => reasons.current.get(line.key)?.focus());
    }
  };
  const fillGiven = () => {
    for (const l of lines) if (!draftOf(l.key)?.status) set(l, { status: 'given' });
  };
  const pending = lines.filter((l) => !draftOf(l.key)?.status).length;

  return (
    <>
      <div className="toolbar">
        <div style={{ width: '10em' }}>
          <IsoDatePicker id="round-date" value={date} onChange={(v) => v && onChange({ date: v })} />
        </div>
        <Select id="round-shift" aria-label="班次" value={shift} onChange={(v: Shift) => onChange({ shift: v })} options={shiftOptions} style={{ width: '15em' }} />
        <Select
          id="round-floor"
          aria-label="楼层"
          value={floor}
          onChange={(v: number) => onChange({ floor: v })}
          options={floors.map((f) => ({ value: f, label: `${f} 楼` }))}
          style={{ width: '7em' }}
        />
        <span className="muted" aria-live="polite">
          应给 {lines.length} 次，未记录 {pending} 次
        </span>
        {canRecord && lines.length > 0 && (
          <Space wrap>
            <Button onClick={fillGiven} disabled={pending === 0}>
              其余全部已给
            </Button>
            <Button type="primary" onClick={() => void save()} loading={saving}>
              保存本班记录（Ctrl+S）
            </Button>
          </Space>
        )}
      </div>
      {canRecord && lines.length > 0 && (
        <p className="muted">键盘：↑ ↓ 选择一行，1 已给、2 拒服、3 暂停、4 漏给（随后填写原因，回车到下一行），Ctrl+S 保存整层。</p>
      )}
      {error && <Alert type="error" showIcon title={error.text} style={{ marginBottom: 12 }} role="alert" />}
      <Table<Line>
        rowKey="key"
        size="small"
        loading={due.isPending}
        dataSource={lines}
        pagination={false}
        scroll={{ x: 1000 }}
        rowClassName={(l) => (error?.key === l.key ? 'row-error' : '')}
        onRow={(l) => ({
          tabIndex: 0,
          'aria-label': `${l.resident.bedLabel} ${l.resident.name} ${l.dueTime} ${l.drug}`,
          ref: (el: HTMLTableRowElement | null) => {
            if (el) rows.current.set(l.index, el);
            else rows.current.delete(l.index);
          },
          onKeyDown: (e: KeyboardEvent<HTMLTableRowElement>) => onRowKey(e, l),
        })}
        locale={{
          emptyText: <EmptyState title={`${floor} 楼${SHIFTS[shift].label}没有应给的药`} hint="换个楼层或班次看看；医嘱由医生在“医嘱”页开具。" />,
        }}
        columns={[
          {
            title: '床位 / 老人',
            width: '10em',
            onCell: (l) => ({ rowSpan: l.first ? l.span : 0 }),
            render: (_: unknown, l) => (
              <>
                <div>
                  {l.resident.bedLabel} {l.resident.name}
                </div>
                {l.resident.allergies.length > 0 && <Tag color="red">过敏：{l.resident.allergies.join('、')}</Tag>}
              </>
            ),
          },
          { title: '应给', width: '6em', render: (_: unknown, l) => (l.dueDate === date ? l.dueTime : `次日 ${l.dueTime}`) },
          { title: '药品 / 剂量 / 途径', width: '18em', render: (_: unknown, l) => l.drug },
          {
            title: '给药情况',
            width: '21em',
            render: (_: unknown, l) => (
              <Radio.Group
                size="small"
                optionType="button"
                buttonStyle="solid"
                disabled={!canRecord}
                aria-label={`${l.resident.name} ${l.dueTime} 给药情况`}
                value={draftOf(l.key)?.status ?? null}
                onChange={(e) => set(l, { status: e.target.value as AdminStatus })}
                options={Object.entries(ADMIN_STATUS).map(([value, label]) => ({ value, label }))}
              />
            ),
          },
          {
            title: '实际时间',
            width: '7.5em',
            render: (_: unknown, l) => (
              <Input
                size="small"
                aria-label={`${l.resident.name} ${l.dueTime} 实际给药时间`}
                disabled={!canRecord || draftOf(l.key)?.status !== 'given'}
                value={draftOf(l.key)?.givenTime ?? ''}
                onChange={(e) => set(l, { givenTime: e.target.value })}
                placeholder={draftOf(l.key)?.status === 'given' ? l.dueTime : ''}
                maxLength={5}
              />
            ),
          },
          {
            title: '原因 / 说明',
            width: '14em',
            render: (_: unknown, l) => (
              <Input
                size="small"
                aria-label={`${l.resident.name} ${l.dueTime} 原因`}
                ref={(el) => {
                  const input = el?.input;
                  if (input) reasons.current.set(l.key, input);
                }}
                disabled={!canRecord || !draftOf(l.key)?.status}
                value={draftOf(l.key)?.reason ?? ''}
                onChange={(e) => set(l, { reason: e.target.value })}
                onKeyDown={(e) => {
                  if (e.key === 'Enter') {
                    e.preventDefault();
                    focusRow(l.index + 1);
                  }
                }}
                placeholder={draftOf(l.key)?.status && draftOf(l.key)?.status !== 'given' ? '必填' : ''}
                maxLength={100}
              />
            ),
          },
          { title: '记录人', width: '6em', render: (_: unknown, l) => (touched.has(l.key) ? <span className="muted">未保存</span> : (l.recordedBy ?? '')) },
        ]}
      />
    </>
  );
}
