import { useState } from 'react';
import { Alert, Card, Col, Row, Select, Statistic, Tag } from 'antd';
import { useNavigate } from 'react-router';
import dayjs from 'dayjs';
import { ASSESSORS } from '../../../core/assessments/access.ts';
import { ORDER_READERS } from '../../../core/medication/access.ts';
import { SHIFTS as DOSE_SHIFTS } from '../../../core/medication/schema.ts';
import { VITALS_RECORDERS } from '../../../core/vitals/access.ts';
import { SHIFTS as ROUND_SHIFTS, type Shift as RoundShift } from '../../../core/vitals/schema.ts';
import { useApiQuery } from '../../api/hooks.ts';
import { useSession } from '../../app/session.tsx';
import { currentShift } from '../medication/shift.ts';

/** The floor each user looks after, remembered in this browser per user (as the 大字 switch is): users have no floor. */
const floorKey = (userId: number) => `ylywt.myFloor.${userId}`;

function useMyFloor(userId: number) {
  const floors = useApiQuery('beds.floors', {});
  const [saved, setSaved] = useState<number | null>(() => {
    const v = localStorage.getItem(floorKey(userId));
    return v === null ? null : Number(v);
  });
  const list = floors.data ?? [];
  // Default: the first floor with residents, so a new user sees a floor with work on it.
  const floor = list.some((f) => f.floor === saved) ? saved : (list.find((f) => f.occupied > 0) ?? list[0])?.floor ?? null;
  const choose = (f: number) => {
    localStorage.setItem(floorKey(userId), String(f));
    setSaved(f);
  };
  return { floors: list, floor, choose, pending: floors.isPending };
}

/**
 * 我的楼层: what a nurse (or caregiver) must do on her floor now — today's vital-signs rounds done or not yet, the doses
 * due in the shift in progress and how many are recorded, and the assessments due on the floor. Each opens its screen.
 */
export function MyFloorCard() {
  const navigate = useNavigate();
  const { user, can } = useSession();
  const { floors, floor, choose, pending } = useMyFloor(user.id);
  const today = dayjs().format('YYYY-MM-DD');
  const shiftNow = currentShift();
  const enabled = floor !== null;
  const am = useApiQuery('vitals.round', { floor: floor ?? 1, date: today, shift: 'am' }, { enabled: enabled && can(VITALS_RECORDERS) });
  const pm = useApiQuery('vitals.round', { floor: floor ?? 1, date: today, shift: 'pm' }, { enabled: enabled && can(VITALS_RECORDERS) });
  const doses = useApiQuery('medication.due', { floor: floor ?? 1, date: shiftNow.date, shift: shiftNow.shift }, { enabled: enabled && can(ORDER_READERS) });
  const due = useApiQuery('assessments.due', { floor, q: '', track: null, offset: 0, limit: 5 }, { enabled: enabled && can(ASSESSORS) });
  if (!pending && floor === null) return <Alert type="info" showIcon title="还没有床位：请院长先在“机构信息”中设置楼层和床位。" />;
  const allDoses = (doses.data ?? []).flatMap((r) => r.doses);
  const recorded = allDoses.filter((d) => d.status !== null).length;
  const dueCounts = due.data?.counts;
  const roundTag = (q: typeof am, shift: RoundShift) =>
    q.data?.round ? (
      <Tag color="green">{`${ROUND_SHIFTS[shift]}已测（${q.data.round.time} ${q.data.round.recordedBy}）`}</Tag>
    ) : (
      <Tag color={shift === 'am' || dayjs().format('HH:mm') >= '16:00' ? 'red' : 'default'}>{`${ROUND_SHIFTS[shift]}未测`}</Tag>
    );
  return (
    <Card
      loading={pending}
      title={
        <span style={{ display: 'flex', alignItems: 'center', gap: 12, flexWrap: 'wrap' }}>
          我的楼层
          <Select
            id="my-floor"
            value={floor ?? undefined}
            onChange={choose}
            style={{ width: '7em' }}
            aria-label="我的楼层"
            options={floors.map((f) => ({ value: f.floor, label: `${f.floor} 楼` }))}
          />
          <span className="muted" style={{ fontWeight: 'normal', fontSize: '0.9em' }}>
            选一次即可，本机记住
          </span>
        </span>
      }
    >
      <Row gutter={[16, 16]}>
        {can(VITALS_RECORDERS) && (
          <Col xs={24} md={8}>
            <Card size="small" hoverable title="今日生命体征测量" onClick={() => void navigate(`/vitals?floor=${floor}`)} aria-label="今日生命体征测量">
              <div style={{ display: 'flex', gap: 8, flexWrap: 'wrap' }}>
                {roundTag(am, 'am')}
                {roundTag(pm, 'pm')}
              </div>
            </Card>
          </Col>
        )}
        {can(ORDER_READERS) && (
          <Col xs={24} md={8}>
            <Card size="small" hoverable title={`本班给药（${DOSE_SHIFTS[shiftNow.shift].label}）`} onClick={() => void navigate(`/medication?floor=${floor}`)} aria-label="本班给药">
              <Statistic value={allDoses.length - recorded} suffix={`次待给（共 ${allDoses.length} 次）`} />
              <div className="muted">{`${(doses.data ?? []).length} 位老人有药，已记录 ${recorded} 次`}</div>
            </Card>
          </Col>
        )}
        {can(ASSESSORS) && (
          <Col xs={24} md={8}>
            <Card size="small" hoverable title="本层待评估" onClick={() => void navigate('/care?tab=due')} aria-label="本层待评估">
              <Statistic value={(dueCounts?.never ?? 0) + (dueCounts?.overdue ?? 0) + (dueCounts?.due ?? 0)} suffix="项已到期或逾期" />
              <div className="muted">{dueCounts ? `从未评估 ${dueCounts.never} · 已逾期 ${dueCounts.overdue} · 今天 ${dueCounts.due} · 7 天内 ${dueCounts.soon}` : ' '}</div>
            </Card>
          </Col>
        )}
      </Row>
    </Card>
  );
}
