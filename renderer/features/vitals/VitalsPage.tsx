import { Alert, Spin, Tabs } from 'antd';
import { useSearchParams } from 'react-router';
import { VITALS_RECORDERS } from '../../../core/vitals/access.ts';
import { useApiQuery } from '../../api/hooks.ts';
import { useSession } from '../../app/session.tsx';
import { EmptyState } from '../../ui/EmptyState.tsx';
import { RoundGrid } from './RoundGrid.tsx';
import { TodayAbnormalVitals } from './TodayAbnormalVitals.tsx';

/** 生命体征: a floor's round entered as one grid (those who record), and today's abnormal list (everyone who reads). */
export function VitalsPage() {
  const { can } = useSession();
  const [params, setParams] = useSearchParams();
  const recorder = can(VITALS_RECORDERS);
  const tab = params.get('tab') === 'abnormal' || !recorder ? 'abnormal' : 'round';
  const floors = useApiQuery('beds.floors', {});
  const floorNumbers = (floors.data ?? []).map((f) => f.floor);

  const round = floors.isPending ? (
    <Spin style={{ display: 'block', margin: 40 }} />
  ) : floors.isError ? (
    <Alert type="error" showIcon title={floors.error.message} />
  ) : floorNumbers.length === 0 ? (
    <EmptyState title="还没有床位" hint="请先在“机构信息”中设置楼层和床位，再录入测量。" />
  ) : (
    // ?floor=2 starts on that floor (the nurse's 总览 links to her floor's round so).
    <RoundGrid floors={floorNumbers} initialFloor={params.get('floor') ? Number(params.get('floor')) : null} />
  );

  return (
    <div className="page">
      <div className="page-title">
        <h1>生命体征</h1>
      </div>
      <Tabs
        activeKey={tab}
        onChange={(key) => setParams({ tab: key }, { replace: true })}
        items={[
          ...(recorder ? [{ key: 'round', label: '测量录入', children: round }] : []),
          { key: 'abnormal', label: '今日异常', children: <TodayAbnormalVitals title="今日异常（全院）" /> },
        ]}
      />
    </div>
  );
}
