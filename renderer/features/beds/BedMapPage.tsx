import { useState } from 'react';
import { App, Button, Dropdown, Empty, Result, Space, Spin, Tabs, Tag } from 'antd';
import { PlusOutlined } from '@ant-design/icons';
import type { MethodOutput } from '../../../core/api/methods.ts';

/** A bed of the map as the core sends it: its occupant carries the health tags (core/records). */
type BedCell = MethodOutput<'beds.map'>['beds'][number];
import { careLevelLabel } from '../../../core/residents/schema.ts';
import { HealthTags } from '../records/HealthTags.tsx';
import { BED_EDITORS } from '../../../core/beds/access.ts';
import { qty } from '../../ui/qty.ts';
import { useApiMutation, useApiQuery } from '../../api/hooks.ts';
import { useSession } from '../../app/session.tsx';
import { errorMessage } from '../../ui/serverErrors.ts';
import { EmptyState } from '../../ui/EmptyState.tsx';
import { ResidentFormDrawer } from '../residents/ResidentFormDrawer.tsx';
import { ResidentDrawer } from '../residents/ResidentDrawer.tsx';
import { AddBedsDialog } from './AddBedsDialog.tsx';

function groupByRoom(beds: BedCell[]): [string, BedCell[]][] {
  const rooms = new Map<string, BedCell[]>();
  for (const b of beds) rooms.set(b.room, [...(rooms.get(b.room) ?? []), b]);
  return [...rooms];
}

/** 床位图: one tab per floor, rooms as cards; an empty bed admits, an occupied bed opens the resident. */
export function BedMapPage() {
  const { message } = App.useApp();
  const { can } = useSession();
  const editor = can(BED_EDITORS);
  const all = useApiQuery('beds.map', { floor: null });
  const [floor, setFloor] = useState<number | null>(null);
  const [adding, setAdding] = useState(false);
  const [admitBed, setAdmitBed] = useState<number | null>(null);
  const [residentId, setResidentId] = useState<number | null>(null);
  const setActive = useApiMutation('beds.setActive');

  if (all.isPending) return <Spin style={{ margin: 40 }} />;
  if (all.isError) return <Result status="error" title={all.error.message} />;
  const floors = all.data.floors;
  const current = floor ?? floors[0]?.floor ?? 1;
  const beds = all.data.beds.filter((b) => b.floor === current);
  const totalBeds = floors.reduce((s, f) => s + f.beds, 0);
  const occupied = floors.reduce((s, f) => s + f.occupied, 0);

  const toggle = async (bed: BedCell) => {
    try {
      await setActive.mutateAsync({ bedId: bed.bedId, active: !bed.active });
      void message.success(`${bed.label} 床已${bed.active ? '停用' : '启用'}`);
    } catch (error) {
      void message.error(errorMessage(error));
    }
  };

  const bedButton = (bed: BedCell) => {
    const state = !bed.active ? 'inactive' : bed.occupant ? 'occupied' : 'free';
    const body = (
      <button
        type="button"
        className={`bed-cell ${state}`}
        aria-label={`${bed.label} 床，${bed.occupant ? `${bed.occupant.name}` : bed.active ? '空床' : '停用'}`}
        onClick={() => {
          if (bed.occupant) setResidentId(bed.occupant.residentId);
          else if (bed.active && editor) setAdmitBed(bed.bedId);
        }}
      >
        <div style={{ fontWeight: 600 }}>{bed.label} 床</div>
        {bed.occupant ? (
          <div>
            {bed.occupant.name} · {bed.occupant.sex} · {qty(bed.occupant.age, '岁')}
            <div className="muted" style={{ fontSize: '0.85em' }}>
              {careLevelLabel(bed.occupant.careLevel)} <HealthTags tags={bed.occupant.tags} compact />
            </div>
          </div>
        ) : (
          <div className="muted">{bed.active ? (editor ? '空床 · 点击办理入住' : '空床') : '已停用'}</div>
        )}
      </button>
    );
    if (!editor || bed.occupant) return <div key={bed.bedId}>{body}</div>;
    return (
      <Dropdown key={bed.bedId} trigger={['contextMenu']} menu={{ items: [{ key: 't', label: bed.active ? '停用此床位' : '启用此床位', onClick: () => void toggle(bed) }] }}>
        {body}
      </Dropdown>
    );
  };

  return (
    <div className="page">
      <div className="page-title">
        <h1>床位图</h1>
        <Space>
          <span>
            共 {totalBeds} 张床位，在住 <Tag color="blue">{occupied}</Tag>空床 <Tag color="green">{totalBeds - occupied}</Tag>
          </span>
          {editor && (
            <Button icon={<PlusOutlined />} onClick={() => setAdding(true)}>
              添加床位
            </Button>
          )}
        </Space>
      </div>
      {floors.length === 0 ? (
        <EmptyState
          title="还没有床位"
          hint="先按楼层添加房间和床位，之后才能办理入住。"
          action={editor ? <Button type="primary" onClick={() => setAdding(true)}>添加床位</Button> : undefined}
        />
      ) : (
        <>
          <Tabs
            activeKey={String(current)}
            onChange={(k) => setFloor(Number(k))}
            items={floors.map((f) => ({ key: String(f.floor), label: `${f.floor} 楼（${f.occupied}/${f.beds}）` }))}
          />
          {editor && <p className="muted">点空床办理入住，点有人的床位查看老人；在空床上按右键可停用或启用床位。</p>}
          {beds.length === 0 ? (
            <Empty description="这一层没有床位" />
          ) : (
            <div className="bed-grid">
              {groupByRoom(beds).map(([room, roomBeds]) => (
                <div className="room-card" key={room}>
                  <h3>{room} 室</h3>
                  {roomBeds.map(bedButton)}
                </div>
              ))}
            </div>
          )}
        </>
      )}
      {adding && <AddBedsDialog defaultFloor={floors.length ? Math.max(...floors.map((f) => f.floor)) + 1 : 1} onClose={() => setAdding(false)} />}
      {admitBed !== null && <ResidentFormDrawer presetBedId={admitBed} onClose={() => setAdmitBed(null)} onSaved={() => setAdmitBed(null)} />}
      {residentId !== null && <ResidentDrawer id={residentId} onClose={() => setResidentId(null)} />}
    </div>
  );
}
