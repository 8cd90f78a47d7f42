import { useState } from 'react';
import dayjs from 'dayjs';
import { Button, Spin, Tabs } from 'antd';
import { PlusOutlined } from '@ant-design/icons';
import { useSearchParams } from 'react-router';
import { SHIFTS, type Shift } from '../../../core/medication/schema.ts';
import { ORDER_WRITERS } from '../../../core/medication/access.ts';
import { useApiQuery } from '../../api/hooks.ts';
import { useSession } from '../../app/session.tsx';
import { ShiftRound } from './ShiftRound.tsx';
import { ExceptionsPanel } from './ExceptionsPanel.tsx';
import { OrdersPanel } from './OrdersPanel.tsx';
import { MarPanel } from './MarPanel.tsx';
import { OrderFormDrawer } from './OrderFormDrawer.tsx';
import { currentShift, previousShift } from './shift.ts';

const TABS = ['round', 'report', 'orders', 'mar'] as const;
type Tab = (typeof TABS)[number];

/**
 * 用药管理: 本班给药 (the shift's due list of a floor, recorded by keyboard), 交班报告 (late and missed doses of a
 * shift), 医嘱 (orders, prescribed and stopped by the doctor) and 给药记录单 (a resident's month, printable).
 */
export function MedicationPage() {
  const { can, user } = useSession();
  const [params, setParams] = useSearchParams();
  const options = useApiQuery('medication.options', {});
  const tab: Tab = (TABS as readonly string[]).includes(params.get('tab') ?? '') ? (params.get('tab') as Tab) : 'round';
  const now = currentShift();
  // ?floor=2 (without a tab) opens that floor's due list for the shift in progress (the nurse's 总览 links so).
  const [round, setRound] = useState<{ date: string; shift: Shift; floor: number | null }>({ ...now, floor: tab === 'round' && params.get('floor') ? Number(params.get('floor')) : null });
  // ?tab=report&floor=2&date=2026-11-22&shift=day opens that shift's report (the 待办期限's missed doses link so).
  const [report, setReport] = useState<{ date: string; shift: Shift; floor: number | null }>(() => reportFromLink(params) ?? { ...previousShift(now), floor: null });
  const [mar, setMar] = useState<{ residentId: number | null; month: string }>({ residentId: null, month: dayjs().format('YYYY-MM') });
  const [prescribing, setPrescribing] = useState<{ residentId: number | null } | null>(null);
  const floors = options.data?.floors ?? [];
  const floor = round.floor ?? floors[0] ?? null;
  if (options.isPending) return <Spin />;
  return (
    <div className="page">
      <div className="page-title">
        <h1>用药管理</h1>
        {can(ORDER_WRITERS) && (
          <Button type="primary" icon={<PlusOutlined />} onClick={() => setPrescribing({ residentId: null })}>
            开医嘱
          </Button>
        )}
      </div>
      <Tabs
        activeKey={tab}
        onChange={(key) => setParams(key === 'round' ? {} : { tab: key }, { replace: true })}
        items={[
          {
            key: 'round',
            label: '本班给药',
            children:
              floor === null ? null : (
                <ShiftRound key={`${floor} ${round.date} ${round.shift}`} floors={floors} date={round.date} shift={round.shift} floor={floor} onChange={(v) => setRound((r) => ({ ...r, floor, ...v }))} />
              ),
          },
          { key: 'report', label: '交班报告', children: <ExceptionsPanel floors={floors} {...report} onChange={(v) => setReport((r) => ({ ...r, ...v }))} /> },
          { key: 'orders', label: '医嘱', children: <OrdersPanel floors={floors} onPrescribe={(residentId) => setPrescribing({ residentId })} /> },
          { key: 'mar', label: '给药记录单', children: <MarPanel {...mar} onChange={(v) => setMar((m) => ({ ...m, ...v }))} /> },
        ]}
      />
      {prescribing && options.data && (
        <OrderFormDrawer
          drugs={options.data.drugs}
          note={options.data.catalogueNote}
          allergiesRecorded={options.data.allergiesRecorded}
          isDoctor={user.role === 'doctor'}
          residentId={prescribing.residentId}
          onClose={() => setPrescribing(null)}
          onSaved={() => setPrescribing(null)}
        />
      )}
    </div>
  );
}

/** The shift report asked for by the address, if it names a valid date and shift. */
function reportFromLink(params: URLSearchParams): { date: string; shift: Shift; floor: number | null } | null {
  const date = params.get('date') ?? '';
  const shift = params.get('shift') ?? '';
  if (!/^\d{4}-\d{2}-\d{2}$/.test(date) || !(shift in SHIFTS)) return null;
  const floor = Number(params.get('floor'));
  return { date, shift: shift as Shift, floor: params.get('floor') && Number.isInteger(floor) ? floor : null };
}
